/**
 * End to end, the TEI-first way of working: a converted letter is adopted as the edition's TEI
 * master, edited as an editor edits TEI (a word, a new persName, a corrected @when), rebuilt —
 * the edits reach the HTML and the PDF, survive the rebuilds and need no --force — and, when
 * the registers grow, `lectio link` tags the new name and leaves every editor element as it was.
 * One edition copy goes through the whole loop; PDFs are made where the test needs them.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { copyEdition, lectio, type RunResult } from '../helpers/run-lectio.js'
import { pdfPages } from '../helpers/pdf-text.js'

const id = 'benn-1887-05-02'
let ed: string
let tei: string
let adopted: RunResult
let convertedOnly: string

beforeAll(() => {
  ed = copyEdition('test/fixtures/editions/adopt-loop')
  tei = join(ed, 'sources', `${id}.xml`)
  adopted = lectio(['adopt', ed, id])
  convertedOnly = existsSync(tei) ? readFileSync(tei, 'utf8') : ''
}, 120_000)

const words = (s: string) => s.replace(/-\n\s*/g, '').replace(/\s+/g, ' ')
const html = () => readFileSync(join(ed, 'dist', 'html', `${id}.html`), 'utf8')
const pdf = () => words(pdfPages(join(ed, 'dist', 'pdf', `${id}.pdf`)).join(' '))

describe('lectio adopt → edit → build → link', () => {
  it('adopts the text: the TEI goes to sources/, edition.json points at it, the text stays, the header says so', () => {
    expect(adopted.status, adopted.stderr).toBe(0)
    expect(adopted.stderr).toMatch(new RegExp(`wrote .*sources/${id}\\.xml`))
    const config = readFileSync(join(ed, 'edition.json'), 'utf8')
    expect(config).toContain(`"file": "sources/${id}.xml",`)
    // only the file changed: the rest of edition.json is as the editor wrote it
    expect(config.replace(`${id}.xml`, `${id}.txt`)).toBe(readFileSync('test/fixtures/editions/adopt-loop/edition.json', 'utf8'))
    expect(existsSync(join(ed, 'sources', `${id}.txt`))).toBe(true)
    expect(convertedOnly).toMatch(new RegExp(`<bibl type="transcription">.*<ref target="${id}\\.txt">.*<idno type="sha256">[0-9a-f]{64}</idno></bibl>`))
    expect(convertedOnly).toMatch(/<change when="2025-04-01" type="adopted">Adopted as the edition's TEI master/)
    expect(convertedOnly).not.toMatch(/<standOff>/)
    const again = lectio(['adopt', ed, id])
    expect(again.status).toBe(1)
    expect(again.stderr).toMatch(/\[adopt-already-tei\]/)
  })

  it('publishes the editor\'s edits (a word, a new persName, a corrected @when) in HTML and PDF, without --force', () => {
    const edited = convertedOnly
      .replace('in the garden', 'in the orchard')
      .replace('and Edwin Hollis came', 'and <persName>Edwin Hollis</persName> came')
      .replace('<date when="1887-05-02">', '<date when="1887-05-03">')
    expect(edited).not.toBe(convertedOnly)
    writeFileSync(tei, edited)
    const r = lectio(['build', ed])
    expect(r.status, r.stderr).toBe(0)
    expect(r.stderr).not.toMatch(/output-hand-edited/)
    expect(html()).toMatch(/apple trees in the orchard/)
    expect(html()).toMatch(/datetime="1887-05-03"/)
    expect(readFileSync(join(ed, 'dist', 'tei', `${id}.xml`), 'utf8')).toContain('and <persName>Edwin Hollis</persName> came')
    expect(pdf()).toMatch(/apple trees in the orchard/)
    expect(readFileSync(tei, 'utf8')).toBe(edited)
  }, 300_000)

  it('keeps them through a rebuild with nothing changed', () => {
    const r = lectio(['build', ed])
    expect(r.status, r.stderr).toBe(0)
    expect(r.stderr).toMatch(/nothing changed since the last build/)
    expect(html()).toMatch(/apple trees in the orchard/)
  }, 120_000)

  it('links the new name once the registers know it, leaving every editor element byte-identical, and the next build shows it', () => {
    const before = readFileSync(tei, 'utf8')
    const registers = join(ed, 'registers', 'persons.json')
    const reg = JSON.parse(readFileSync(registers, 'utf8')) as { persons: { id: string; name: string }[] }
    reg.persons.push({ id: 'ehollis', name: 'Edwin Hollis' })
    writeFileSync(registers, JSON.stringify(reg, null, 2))
    const dry = lectio(['link', ed, '--dry-run'])
    expect(dry.status, dry.stderr).toBe(0)
    expect(readFileSync(tei, 'utf8')).toBe(before)
    const r = lectio(['link', ed])
    expect(r.status, r.stderr).toBe(0)
    expect(r.stderr).toMatch(/info: \[name-ref-added\] <persName>Edwin Hollis<\/persName> now points to #ehollis/)
    expect(r.stderr).toMatch(/info: \[name-linked\] tagged "Edwin Hollis" as <persName ref="#ehollis">/)
    const after = readFileSync(tei, 'utf8')
    expect(readFileSync(`${tei}.bak`, 'utf8')).toBe(before)
    // taking out exactly what link inserted gives the file back, byte for byte
    expect(after.replace('<persName ref="#ehollis">Edwin Hollis</persName>, if', 'Edwin Hollis, if').replace('<persName ref="#ehollis">', '<persName>')).toBe(before)
    const b = lectio(['build', ed])
    expect(b.status, b.stderr).toBe(0)
    expect((html().match(/href="persons\.html#ehollis"/g) ?? []).length).toBe(2)
    expect(html()).toMatch(/apple trees in the orchard/)
    expect(pdf()).toMatch(/apple trees in the orchard/)
    expect(pdf()).toMatch(/Edwin Hollis/)
  }, 300_000)
})
