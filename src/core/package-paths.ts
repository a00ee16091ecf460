/** Where Lectio's own files are, wherever it is installed (src/ under vitest, dist/ when built). */
import { fileURLToPath } from 'node:url'
import { dirname, join, resolve } from 'node:path'
import { readFileSync } from 'node:fs'

const here = dirname(fileURLToPath(import.meta.url))
/** The package root: two levels above src/core or dist/core. */
export const packageRoot = resolve(here, '..', '..')
export const schemaDir = join(packageRoot, 'schema')
export const xsltDir = join(packageRoot, 'xslt')
/** Compiled stylesheets (SEF), written by `npm run build`. */
export const sefDir = join(packageRoot, 'dist', 'sef')

let cachedVersion: string | undefined
export function toolVersion(): string {
  cachedVersion ??= (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version
  return cachedVersion
}
