#!/usr/bin/env node
// Compiles schema/tei_all.rng once into Lectio's validator form (dist/schema/tei_all.json): the
// schema simplified (salve-annos, build time only) and its equal sub-patterns written once, so
// every process loads the TEI schema in a fraction of the time a conversion takes.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const { TEI_SCHEMA, TEI_SCHEMA_CACHE, compileRng, readCompiled } = await import(pathToFileURL(join(root, 'dist', 'validate', 'relaxng.js')).href)
if (readCompiled(TEI_SCHEMA_CACHE, TEI_SCHEMA)) process.exit(0)
mkdirSync(dirname(TEI_SCHEMA_CACHE), { recursive: true })
process.stderr.write('compiling schema/tei_all.rng → dist/schema/tei_all.json\n')
const compiled = await compileRng(TEI_SCHEMA)
writeFileSync(TEI_SCHEMA_CACHE, JSON.stringify(compiled) + '\n')
