import { beforeAll, describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createTeiValidator, type TeiValidator } from '../../src/validate/index.js'
import { projectRules } from '../../src/validate/rules/project-rules.js'
import { formatDiagnostic } from '../../src/core/diagnostic.js'
import type { Registers } from '../../src/core/registers.js'

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
const registers: Registers = { persons: [{ id: 'reg-anna', name: 'Anna' } as Registers['persons'][number]], places: [], orgs: [] }

function problems(xml: string, options = {}) {
  return validator.validate(xml, 'case.xml', options).map(formatDiagnostic)
}

/** The broken cases of one rule, in test/fixtures/validate/rules/<rule>.xml. */
function fixture(rule: string, options = {}) {
  const file = join('test/fixtures/validate/rules', `${rule}.xml`)
  return validator.validate(readFileSync(file, 'utf8'), `${rule}.xml`, options).map(formatDiagnostic)
}

describe('project rules', () => {
  it('are all documented in schema/lectio-rules.json, with the same severity', () => {
    const documented = (JSON.parse(readFileSync('schema/lectio-rules.json', 'utf8')) as { rules: { id: string; severity: string }[] }).rules
    expect(projectRules.map((r) => [r.id, r.severity])).toEqual(documented.map((r) => [r.id, r.severity]))
  })

  it('every schema error code the validator can emit is documented in schema/lectio-rules.json', () => {
    const documented = (JSON.parse(readFileSync('schema/lectio-rules.json', 'utf8')) as { schemaCodes: { id: string }[] }).schemaCodes.map((c) => c.id)
    const sources = ['src/validate/relaxng.ts', ...readdirSync('src/validate/relaxng').filter((f) => f.endsWith('.ts')).map((f) => `src/validate/relaxng/${f}`), ...readdirSync('src/core/xml').map((f) => join('src/core/xml', f))]
    const emitted = [...new Set(sources.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/'((?:rng|xml)-[a-z-]+)'/g)].map((m) => m[1])))]
    expect(emitted.length).toBeGreaterThan(5)
    for (const code of emitted) expect(documented, code).toContain(code)
  })

  it('ref-unresolved: with registers, a #pointer to no xml:id of the document or the registers; other files and XPointers are left alone', () => {
    expect(fixture('ref-unresolved', { registers })).toEqual([
      'ref-unresolved.xml:12:34: error: [ref-unresolved] @ref="#nobody" points to no xml:id in the document or the registers',
      'ref-unresolved.xml:14:20: error: [ref-unresolved] @ref="#nowhere" points to no xml:id in the document or the registers',
      'ref-unresolved.xml:15:14: error: [ref-unresolved] @target="#gone" points to no xml:id in the document or the registers',
      'ref-unresolved.xml:16:14: error: [ref-unresolved] @resp="#ed" points to no xml:id in the document or the registers',
    ])
    // registers without the entry: it is unresolved too
    expect(fixture('ref-unresolved', { registers: { persons: [], places: [], orgs: [] } })).toContain('ref-unresolved.xml:13:23: error: [ref-unresolved] @ref="#reg-anna" points to no xml:id in the document or the registers')
  })

  it('ref-unchecked: without registers, the pointers to ids the file lacks are one warning, with their count', () => {
    expect(fixture('ref-unresolved')).toEqual([
      'ref-unresolved.xml:12:34: warning: [ref-unchecked] 5 pointers to ids this file does not hold (#nobody, #reg-anna, #nowhere, … (5 different)): they may name entries of registers kept elsewhere; give the registers with --register FILE to check them',
    ])
    expect(problems(tei('      <p><persName ref="#p1">A</persName> and <persName ref="#p1">A again</persName></p>'))).toEqual([
      'case.xml:12:20: warning: [ref-unchecked] 2 pointers to ids this file does not hold (#p1): they may name entries of registers kept elsewhere; give the registers with --register FILE to check them',
    ])
  })

  it('id-duplicate: at the repeated xml:id, naming the line of the first use (the schema\'s own message is not repeated)', () => {
    expect(fixture('id-duplicate')).toEqual([
      'id-duplicate.xml:15:10: error: [id-duplicate] xml:id "p1" is used again (first on line 12)',
    ])
  })

  it('date-invalid: impossible days and months, non-ISO forms; page ranges and BCE or recurring dates are fine', () => {
    expect(fixture('date-invalid')).toEqual([
      'date-invalid.xml:12:16: error: [date-invalid] @when="1921-02-30" is not a real date: 1921-02 has no day 30',
      'date-invalid.xml:12:60: error: [date-invalid] @when="1900-02-29" is not a real date: 1900-02 has no day 29',
      'date-invalid.xml:13:15: error: [date-invalid] @notBefore="1890-13" is not a real date: there is no month 13',
      'date-invalid.xml:13:58: error: [date-invalid] @when="14.3.1890" is not a real date: it is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD, or with a time)',
      'date-invalid.xml:15:90: error: [date-invalid] @from="1890-03-00" is not a real date: there is no day 00',
    ])
  })

  it('date-range-reversed: @from after @to and @notBefore after @notAfter, at any precision and before the common era', () => {
    expect(fixture('date-range-reversed')).toEqual([
      'date-range-reversed.xml:12:16: error: [date-range-reversed] @from="1920" is after @to="1919-12"',
      'date-range-reversed.xml:13:15: error: [date-range-reversed] @notBefore="1891-01-02" is after @notAfter="1891-01-01"',
      'date-range-reversed.xml:13:90: error: [date-range-reversed] @from="-0044" is after @to="-0100"',
    ])
  })

  it('note-n-missing: numbered notes of the text (foot, end, unplaced), not marginal ones', () => {
    expect(fixture('note-n-missing')).toEqual([
      'note-n-missing.xml:12:14: warning: [note-n-missing] a footnote has no @n (its number or mark)',
      'note-n-missing.xml:13:12: warning: [note-n-missing] a note has no @n (its number or mark)',
      'note-n-missing.xml:13:86: warning: [note-n-missing] an endnote has no @n (its number or mark)',
    ])
  })

  it('note-n-missing: notes in the header and standOff need no mark', () => {
    const standOff = header.replace('</teiHeader>', '</teiHeader>\n  <standOff><listPerson><person xml:id="a"><persName>A</persName><note>about A</note></person></listPerson></standOff>')
    expect(problems(tei('      <p>x</p>', standOff))).toEqual([])
  })

  it('corresp-desc-missing (a warning): each letter of a corpus needs its own correspDesc', () => {
    expect(fixture('corresp-desc-missing')).toEqual([
      'corresp-desc-missing.xml:24:5: warning: [corresp-desc-missing] this document is a letter but its teiHeader has no correspDesc (sender, addressee, place and date)',
    ])
  })

  it('corresp-desc-missing: a letter by its div type or by the caller\'s word, not otherwise', () => {
    expect(problems(tei('      <div type="letter"><p>x</p></div>'))).toEqual([
      'case.xml:3:3: warning: [corresp-desc-missing] this document is a letter but its teiHeader has no correspDesc (sender, addressee, place and date)',
    ])
    expect(problems(tei('      <p>x</p>'))).toEqual([])
    expect(problems(tei('      <p>x</p>'), { letter: true })).toHaveLength(1)
  })

  it('name-empty: names without text, but not names made of parts', () => {
    expect(fixture('name-empty')).toEqual([
      'name-empty.xml:12:10: error: [name-empty] <persName> is empty: a name needs its text',
      'name-empty.xml:12:35: error: [name-empty] <placeName> is empty: a name needs its text',
      'name-empty.xml:12:74: error: [name-empty] <orgName> is empty: a name needs its text',
    ])
  })

  it('work on prefixed TEI (tei:note, tei:persName)', () => {
    const xml = `<tei:TEI xmlns:tei="http://www.tei-c.org/ns/1.0">
  <tei:teiHeader><tei:fileDesc><tei:titleStmt><tei:title>T</tei:title></tei:titleStmt><tei:publicationStmt><tei:p>P</tei:p></tei:publicationStmt><tei:sourceDesc><tei:p>S</tei:p></tei:sourceDesc></tei:fileDesc></tei:teiHeader>
  <tei:text><tei:body><tei:p>x<tei:note place="foot">n</tei:note> <tei:persName ref="#nobody"/></tei:p></tei:body></tei:text>
</tei:TEI>`
    expect(problems(xml)).toEqual([
      'case.xml:3:31: warning: [note-n-missing] a footnote has no @n (its number or mark)',
      'case.xml:3:67: error: [name-empty] <persName> is empty: a name needs its text',
      'case.xml:3:81: warning: [ref-unchecked] 1 pointer to ids this file does not hold (#nobody): they may name entries of registers kept elsewhere; give the registers with --register FILE to check them',
    ])
  })
})

describe('ill-formed and hostile XML', () => {
  it('ill-formed XML: one located diagnostic, no exception', () => {
    expect(problems('<TEI>\n  <p>\n</TEI>')).toHaveLength(1)
    expect(problems('<TEI>\n  <p>\n</TEI>')[0]).toMatch(/^case\.xml:3:\d+: error: \[xml-not-well-formed\]/)
    expect(problems('')).toHaveLength(1)
    expect(problems('not xml at all')[0]).toMatch(/\[xml-not-well-formed\]/)
  })

  it.each([
    ['an external entity (XXE, a local file)', '<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<TEI>&x;</TEI>', '2:16', 'the DOCTYPE declares &x; as an external entity (SYSTEM "file:///etc/passwd"); Lectio never reads external entities: put the text into the file, or declare the entity with its value'],
    ['an external entity over the network', '<?xml version="1.0"?>\n<!DOCTYPE TEI [\n  <!ENTITY x SYSTEM "http://127.0.0.1:9/x">\n]>\n<TEI>&x;</TEI>', '3:3', 'the DOCTYPE declares &x; as an external entity (SYSTEM "http://127.0.0.1:9/x"); Lectio never reads external entities: put the text into the file, or declare the entity with its value'],
    ['an unparsed entity', '<!DOCTYPE TEI [\n<!NOTATION png SYSTEM "image/png">\n<!ENTITY fig PUBLIC "-//X//PNG" "f.png" NDATA png>\n]>\n<TEI/>', '3:1', 'the DOCTYPE declares &fig; as an external entity (PUBLIC "-//X//PNG"); Lectio never reads external entities: put the text into the file, or declare the entity with its value'],
    ['a parameter entity loading a DTD', '<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p.dtd"> %p;]>\n<TEI/>', '2:16', 'the DOCTYPE declares %p; as an external entity (SYSTEM "http://127.0.0.1:9/p.dtd"); Lectio never reads external entities: put the text into the file, or declare the entity with its value'],
    ['a parameter entity reference', '<!DOCTYPE TEI [\n  <!ENTITY % decl "<!ENTITY x \'y\'>">\n  %decl;\n]>\n<TEI/>', '3:3', 'the DOCTYPE uses the parameter entity %decl; Lectio never follows parameter entities (they load or build declarations); declare the entities the text needs directly, e.g. <!ENTITY mdash "&#x2014;">'],
  ])('refuses %s at the declaration, with one diagnostic', (_what, xml, place, message) => {
    expect(problems(xml)).toEqual([`case.xml:${place}: error: [xml-doctype-refused] ${message}`])
  })

  it('refuses the billion laughs at the reference that exceeds the budget', () => {
    const levels = Array.from({ length: 9 }, (_v, i) => ` <!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('\n')
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol0 "lol">\n${levels}\n]>\n<TEI>&lol9;</TEI>`
    expect(problems(xml)).toEqual([
      'case.xml:14:6: error: [xml-entity-budget-exceeded] the entities of this file expand to more than 10,000,000 characters (at &lol9;): refused, as an entity expansion attack would be',
    ])
  })

  it('expands internal entities, with markup and nested references; schema errors inside one are reported at its reference', () => {
    const minimal = readFileSync('test/fixtures/validate/valid/minimal.xml', 'utf8')
    const dtd = '<!DOCTYPE TEI [\n  <!ENTITY ed "the editor">\n  <!ENTITY sig "<signed>&ed;</signed>">\n  <!ENTITY mdash "&#x2014;">\n]>\n'
    const withEntities = minimal.replace('?>\n', `?>\n${dtd}`).replace('<p>Hello.</p>', '<p>Text &mdash; by &ed;.</p>')
    expect(withEntities).toContain('&mdash;')
    expect(problems(withEntities)).toEqual([])
    const misplaced = withEntities.replace('<p>Text &mdash; by &ed;.</p>', '<p>Text &sig;</p>')
    expect(problems(misplaced)).toEqual([
      'case.xml:17:15: error: [rng-element-not-allowed] <signed> is not allowed here inside <p>',
    ])
  })

  it('notes an external DTD (never fetched) and validates the file as TEI', () => {
    const minimal = readFileSync('test/fixtures/validate/valid/minimal.xml', 'utf8')
    const xml = minimal.replace('?>\n', '?>\n<!-- c -->\n<!DOCTYPE TEI PUBLIC "-//TEI//DTD TEI P5//EN" "http://127.0.0.1:9/tei_all.dtd">\n')
    expect(problems(xml)).toEqual([
      'case.xml:3:1: info: [xml-dtd-ignored] the DOCTYPE names the external DTD PUBLIC "-//TEI//DTD TEI P5//EN" "http://127.0.0.1:9/tei_all.dtd"; Lectio never fetches it, so nothing it declares applies (the file is checked against TEI P5 instead)',
    ])
    expect(problems(xml.replace('<p>Hello.</p>', '<p>Text &mdash;</p>'))).toEqual([
      'case.xml:14:15: error: [xml-not-well-formed] &mdash; is not declared in the file: it may be declared in the external DTD "http://127.0.0.1:9/tei_all.dtd", which Lectio does not read; declare it in the DOCTYPE (<!ENTITY mdash "…">) or write the character itself',
    ])
  })

  it('an entity with no DTD is an error, not an expansion', () => {
    expect(problems('<?xml version="1.0"?>\n<TEI>\n  &nbsp;</TEI>')).toEqual([
      'case.xml:3:3: error: [xml-not-well-formed] undefined entity or stray "&": "&nbsp;" (write &amp; for an ampersand, or declare the entity in a DOCTYPE)',
    ])
  })

  it('a harmless DOCTYPE (no entities, no external DTD) is read like any TEI file', () => {
    const minimal = readFileSync('test/fixtures/validate/valid/minimal.xml', 'utf8')
    expect(problems(minimal.replace('?>\n', '?>\n<!DOCTYPE TEI>\n'))).toEqual([])
  })
})
