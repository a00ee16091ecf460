/**
 * Our in-process TEI validation must give jing's verdict (the reference RelaxNG validator) on every
 * file of the corpus, and report each schema error where jing also sees one. jing's verdicts and
 * error lines are recorded in jing-verdicts.json (by record-jing.mjs); where jing is installed it is
 * run live once over the corpus and must still agree with the record, so the test means the same
 * without it.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createTeiValidator, type TeiValidator } from '../../src/validate/index.js'
import type { Diagnostic } from '../../src/core/diagnostic.js'

const dir = 'test/fixtures/validate'
type Verdict = { verdict: 'valid' | 'invalid'; lines: number[] }
const recorded = JSON.parse(readFileSync(join(dir, 'jing-verdicts.json'), 'utf8')) as Record<string, Verdict>
const hasJing = spawnSync('sh', ['-c', 'command -v jing']).status === 0
let validator: TeiValidator

beforeAll(async () => {
  validator = await createTeiValidator()
}, 60_000)

/** What the schema decides: its own errors, and the project rules that restate schema errors better. */
function schemaErrors(ds: Diagnostic[]): Diagnostic[] {
  return ds.filter((d) => d.severity === 'error' && (d.code.startsWith('rng-') || d.code.startsWith('xml-') || d.code === 'date-invalid' || d.code === 'id-duplicate'))
}

/** Lines from a diagnostic to the end of the markup it points into (jing reports at a tag's end). */
function spanLines(xml: string, line: number, column: number): [number, number] {
  const lines = xml.split('\n')
  let offset = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1
  const end = xml.slice(offset + 1).search(/[<>]/)
  offset = end < 0 ? xml.length : offset + 1 + end
  return [line, xml.slice(0, offset).split('\n').length]
}

describe('TEI P5 validation agrees with jing', () => {
  it('covers 30+ files, valid and invalid', () => {
    expect(Object.keys(recorded).length).toBeGreaterThanOrEqual(30)
    expect(Object.values(recorded).filter((v) => v.verdict === 'invalid').length).toBeGreaterThanOrEqual(15)
    expect(Object.values(recorded).filter((v) => v.verdict === 'valid').length).toBeGreaterThanOrEqual(15)
  })

  it.runIf(hasJing)('the recorded verdicts are still jing\'s (live run)', () => {
    const files = Object.keys(recorded)
    const r = spawnSync('jing', ['schema/tei_all.rng', ...files.map((f) => join(dir, f))], { encoding: 'utf8' })
    const live: Record<string, Verdict> = Object.fromEntries(files.map((f) => [f, { verdict: 'valid', lines: [] as number[] }]))
    for (const m of r.stdout.matchAll(/^(.*?):(\d+):\d+: error:/gm)) {
      const f = m[1].slice(m[1].indexOf(dir) + dir.length + 1)
      live[f].verdict = 'invalid'
      if (!live[f].lines.includes(Number(m[2]))) live[f].lines.push(Number(m[2]))
    }
    for (const v of Object.values(live)) v.lines.sort((a, b) => a - b)
    expect(live).toEqual(recorded)
  })

  for (const [file, jing] of Object.entries(recorded)) {
    it(`${file}: ${jing.verdict}`, () => {
      const path = join(dir, file)
      const xml = readFileSync(path, 'utf8')
      const errors = schemaErrors(validator.validate(xml, path))
      const shown = errors.map((d) => `${d.line}:${d.column} [${d.code}] ${d.message}`).join('\n')
      expect(errors.length === 0 ? 'valid' : 'invalid', shown).toBe(jing.verdict)
      for (const d of errors) {
        const [from, to] = spanLines(xml, d.line!, d.column!)
        expect(jing.lines.some((l) => l >= from && l <= to), `jing sees no error at ${d.line}:${d.column} (${d.message}); jing: ${jing.lines.join(', ')}`).toBe(true)
      }
    })
  }

  it('locates a schema error at the offending tag, attribute or text', () => {
    const at = (file: string) => validator.validate(readFileSync(join(dir, file), 'utf8'), file).map((d) => [d.line, d.column, d.code])
    expect(at('invalid/unknown-element.xml')).toEqual([[12, 12, 'rng-element-unknown']])
    expect(at('invalid/unknown-attribute.xml')).toEqual([[12, 10, 'rng-attribute-not-allowed']])
    expect(at('invalid/multiline-tag.xml')).toEqual([[14, 9, 'rng-attribute-not-allowed']])
    expect(at('invalid/text-in-body.xml')).toEqual([[12, 7, 'rng-text-not-allowed']])
    expect(at('invalid/empty-body.xml')).toEqual([[13, 5, 'rng-element-missing']])
  })

  it('says what is wrong as an editor names it', () => {
    const messages = (file: string) => validator.validate(readFileSync(join(dir, file), 'utf8'), file).map((d) => `[${d.code}] ${d.message}`)
    expect(messages('invalid/unknown-element.xml')).toEqual(['[rng-element-unknown] <foo> is not a TEI element (found inside <p>)'])
    expect(messages('invalid/missing-header.xml')).toEqual(['[rng-element-not-allowed] <text> is not allowed here inside <TEI> (<TEI> lacks <teiHeader>)'])
    expect(messages('invalid/missing-title-stmt.xml')).toEqual(['[rng-element-not-allowed] <publicationStmt> is not allowed here inside <fileDesc> (<fileDesc> lacks <titleStmt>)'])
    expect(messages('invalid/no-namespace.xml')).toEqual(['[rng-namespace-wrong] <TEI> is in no namespace; TEI elements belong to http://www.tei-c.org/ns/1.0'])
    expect(messages('invalid/wrong-root.xml')).toEqual(['[rng-element-not-allowed] <text> cannot be the root element: a TEI file starts with <TEI> or <teiCorpus>'])
    expect(messages('invalid/graphic-without-url.xml')[0]).toBe('[rng-attribute-missing] <graphic> needs @url')
    expect(messages('invalid/foreign-element-in-p.xml')).toEqual(['[rng-element-unknown] <h:b> (namespace http://www.w3.org/1999/xhtml) is not a TEI element (found inside <p>)'])
    expect(messages('invalid/date-cert-bad.xml')).toEqual(['[rng-attribute-value-invalid] @cert="sure" is not a valid value for @cert on <date>'])
    expect(messages('invalid/pb-with-text.xml')).toEqual(['[rng-text-not-allowed] text "x" is not allowed directly inside <pb>'])
  })

  it('covers what salve gets wrong: recurring dates (--MM-DD) are accepted, 24:00:00 is refused, as by jing', () => {
    expect(validator.validate(readFileSync(join(dir, 'valid/recurring-dates.xml'), 'utf8'), 'r.xml')).toEqual([])
    expect(validator.validate(readFileSync(join(dir, 'invalid/time-24.xml'), 'utf8'), 't.xml').map((d) => d.code)).toEqual(['date-invalid'])
  })
})
