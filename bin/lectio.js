#!/usr/bin/env node
// Entry point of the `lectio` command: runs the compiled CLI (npm run build makes dist/).
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const main = new URL('../dist/cli/main.js', import.meta.url)
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('lectio: the compiled program is missing: run `npm run build` first\n')
  process.exit(2)
}
const { run } = await import(main.href)
process.exitCode = await run(process.argv.slice(2))
