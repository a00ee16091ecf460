/**
 * In-process RelaxNG validation against the official TEI P5 schema (schema/tei_all.rng), with
 * Lectio's own validator (relaxng/: derivatives as in jing, cached per pattern, and XML Schema
 * datatypes as jing checks them), driven by saxes. `npm run build` compiles the schema once
 * into dist/schema/tei_all.json (scripts/compile-schema.mjs); without it, the schema is
 * simplified on first use with salve-annos (slower, the same result).
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { packageRoot, schemaDir } from '../core/package-paths.js'
import type { Diagnostic } from '../core/diagnostic.js'
import { checkDocument, type SchemaCheck } from './relaxng/check-document.js'
import { compileSimplified, type SimplifiedNode } from './relaxng/compile.js'
import { COMPILED_FORMAT, loadSchema, type CompiledSchema, type Schema } from './relaxng/schema.js'

export type { SchemaCheck } from './relaxng/check-document.js'
export type Grammar = Schema

export const TEI_SCHEMA = join(schemaDir, 'tei_all.rng')
export const TEI_SCHEMA_CACHE = join(packageRoot, 'dist', 'schema', 'tei_all.json')

let grammar: Promise<Grammar> | undefined

/** The TEI schema, loaded once per process (or worker). */
export function loadTeiGrammar(): Promise<Grammar> {
  grammar ??= (async () => loadSchema(readCompiled(TEI_SCHEMA_CACHE, TEI_SCHEMA) ?? (await compileRng(TEI_SCHEMA))))()
  return grammar
}

/** The compiled schema at `cache`, if it is of this version and newer than the RelaxNG source. */
export function readCompiled(cache: string, rng: string): CompiledSchema | undefined {
  if (!existsSync(cache) || statSync(cache).mtimeMs < statSync(rng).mtimeMs) return undefined
  const json = JSON.parse(readFileSync(cache, 'utf8')) as CompiledSchema
  return json.format === COMPILED_FORMAT ? json : undefined
}

/** Simplifies a RelaxNG schema (XML syntax, includes resolved) with salve-annos and compiles it. */
export async function compileRng(rng: string): Promise<CompiledSchema> {
  const salve = (await import('salve-annos')).default
  const { simplified } = await salve.convertRNGToPattern(pathToFileURL(rng))
  return compileSimplified(simplified as SimplifiedNode)
}

/** Validates `xml` against the grammar; one diagnostic per problem, where it shows. */
export function validateRelaxNG(g: Grammar, xml: string, file: string): Diagnostic[] {
  return checkAgainstSchema(g, xml, file).diagnostics
}

/**
 * One saxes pass that validates against the schema and builds the tree the project rules read,
 * so a large file is parsed once (a second parse cost as much as the validation itself).
 */
export function checkAgainstSchema(g: Grammar, xml: string, file: string): SchemaCheck {
  return checkDocument(g, xml, file)
}
