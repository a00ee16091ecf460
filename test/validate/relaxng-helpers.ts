/** Shared by the RelaxNG validator tests: schemas from text, and jing's and Lectio's error lines. */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { compileRng } from '../../src/validate/relaxng.js'
import { checkDocument } from '../../src/validate/relaxng/check-document.js'
import { loadSchema, type Schema } from '../../src/validate/relaxng/schema.js'

export const hasJing = spawnSync('sh', ['-c', 'command -v jing']).status === 0

function inTempDir<T>(run: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'lectio-relaxng-'))
  try {
    return run(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A RelaxNG schema (XML syntax) given as text, compiled and loaded as Lectio does. */
export async function schemaFromText(rng: string): Promise<Schema> {
  const dir = mkdtempSync(join(tmpdir(), 'lectio-relaxng-'))
  try {
    writeFileSync(join(dir, 'schema.rng'), rng)
    return loadSchema(await compileRng(join(dir, 'schema.rng')))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The lines of Lectio's schema errors in `xml`. */
export function lectioErrorLines(schema: Schema, xml: string): number[] {
  return [...new Set(checkDocument(schema, xml, 'doc.xml').diagnostics.map((d) => d.line!))].sort((a, b) => a - b)
}

/** jing's error lines for each document (one jing run); `schema` is RelaxNG text or a path. */
export function jingErrorLines(schema: string, docs: string[]): number[][] {
  return inTempDir((dir) => {
    const rng = schema.trimStart().startsWith('<') ? join(dir, 'schema.rng') : schema
    if (rng !== schema) writeFileSync(rng, schema)
    const files = docs.map((xml, i) => {
      const f = join(dir, `doc-${i}.xml`)
      writeFileSync(f, xml)
      return f
    })
    const r = spawnSync('jing', [rng, ...files], { encoding: 'utf8', maxBuffer: 1 << 28 })
    if (r.error) throw r.error
    if (/fatal:/.test(r.stdout)) throw new Error(`jing: ${r.stdout}`)
    const lines = files.map(() => new Set<number>())
    for (const m of r.stdout.matchAll(/^(.*?):(\d+):\d+: error:/gm)) lines[files.indexOf(m[1])].add(Number(m[2]))
    return lines.map((s) => [...s].sort((a, b) => a - b))
  })
}
