import { beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { createTeiValidator, type TeiValidator } from '../../src/validate/index.js'
import { projectRules } from '../../src/validate/rules/project-rules.js'
import { formatDiagnostic } from '../../src/core/diagnostic.js'

let validator: TeiValidator
beforeAll(async () => { validator = await createTeiValidator() }, 60_000)

const header = `<teiHeader>
    <fileDesc>
      <titleStmt><title>T</title></titleStmt>
      <publicationStmt><p>P</p></publicationStmt>
      <sourceDesc><p>S</p></sourceDesc>
    </fileDesc>
  </teiHeader>`
const tei = (body: string, head = header) => `<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  ${head}\n  <text>\n    <body>\n${body}\n    </body>\n  </text>\n</TEI>\n`

function problems(xml: string, options = {}) {
  return validator.validate(xml, 'case.xml', options).map(formatDiagnostic)
}

describe('project rules', () => {
  it('are all documented in schema/lectio-rules.json', () => {
    const documented = (JSON.parse(readFileSync('schema/lectio-rules.json', 'utf8')) as { rules: { id: string; severity: string }[] }).rules
    expect(projectRules.map((r) => [r.id, r.severity])).toEqual(documented.map((r) => [r.id, r.severity]))
  })

  it('ref-unresolved: a #ref to no xml:id, unless a register has it', () => {
    const xml = tei('      <p><persName ref="#nobody">N</persName> <persName ref="#anna">A</persName></p>')
    expect(problems(xml)).toEqual([
      'case.xml:12:10: error: [ref-unresolved] @ref="#nobody" points to no xml:id in the document or the registers',
      'case.xml:12:47: error: [ref-unresolved] @ref="#anna" points to no xml:id in the document or the registers',
    ])
    expect(problems(xml, { registers: { persons: [{ id: 'anna', name: 'Anna' }], places: [], orgs: [] } })).toEqual([
      'case.xml:12:10: error: [ref-unresolved] @ref="#nobody" points to no xml:id in the document or the registers',
    ])
  })

  it('id-duplicate: names the line of the first use', () => {
    // the schema knows xml:id is an ID too; the rule adds where the first one is
    expect(problems(tei('      <p xml:id="a">x</p>\n      <p xml:id="a">y</p>'))).toEqual([
      'case.xml:13:7: error: [id-duplicate] xml:id "a" is used again (first on line 12)',
      'case.xml:13:7: error: [tei-schema] ID "a" has already been declared.',
    ])
  })

  it('date-invalid: a day that does not exist, reported by the rule and the schema', () => {
    expect(problems(tei('      <p><date when="1921-02-30">x</date></p>'))).toEqual([
      'case.xml:12:10: error: [date-invalid] @when="1921-02-30" is not a real ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)',
      'case.xml:12:10: error: [tei-schema] @when="1921-02-30" is not a valid value for this attribute',
    ])
  })

  it('date-range-reversed: compares dates of different precision correctly', () => {
    expect(problems(tei('      <p><date from="1920" to="1919-12">x</date> <date from="1920-05" to="1920">ok</date></p>'))).toEqual([
      'case.xml:12:10: error: [date-range-reversed] @from="1920" is after @to="1919-12"',
    ])
  })

  it('note-n-missing', () => {
    expect(problems(tei('      <p>x<note place="foot">n</note></p>'))).toEqual([
      'case.xml:12:11: warning: [note-n-missing] a footnote has no @n (its number or mark)',
    ])
  })

  it('corresp-desc-missing: for letters only', () => {
    const letter = tei('      <div type="letter"><p>x</p></div>')
    expect(problems(letter)).toEqual([
      'case.xml:3:3: error: [corresp-desc-missing] this document is a letter but its teiHeader has no correspDesc (sender, addressee, place and date)',
    ])
    expect(problems(tei('      <p>x</p>'))).toEqual([])
    expect(problems(tei('      <p>x</p>'), { letter: true })).toHaveLength(1)
  })

  it('name-empty', () => {
    expect(problems(tei('      <p xml:id="x"><placeName ref="#x"/> and <persName></persName></p>'))).toEqual([
      'case.xml:12:21: error: [name-empty] <placeName> is empty',
      'case.xml:12:47: error: [name-empty] <persName> is empty',
    ])
  })

  it('ill-formed and hostile XML give one located diagnostic, no exception', () => {
    expect(problems('<TEI>\n  <p>\n</TEI>')).toHaveLength(1)
    expect(problems('<TEI>\n  <p>\n</TEI>')[0]).toMatch(/^case\.xml:3:\d+: error: \[xml-not-well-formed\]/)
    expect(problems('<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<TEI>&x;</TEI>')).toEqual([
      'case.xml:2:1: error: [xml-doctype-refused] DOCTYPE declaring entities or an external DTD is refused: Lectio never fetches or expands entities; remove the DOCTYPE',
    ])
  })
})
