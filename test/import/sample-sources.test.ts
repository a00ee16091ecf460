/** The structure the importer gives the four sample sources (as the edition configures them). */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { loadEdition } from '../../src/core/edition.js'
import { decodeSource } from '../../src/core/read-source.js'
import { importText, checkFidelity } from '../../src/import/index.js'
import { serializeTei } from '../../src/core/xml/serialize.js'

const { edition } = loadEdition('editions/kropotkin')
function imported(prefix: string) {
  const s = edition.config.sources.find((x) => x.id.startsWith(prefix))!
  const { source } = decodeSource(readFileSync(edition.sourcePath(s)), s.file)
  const r = importText(source, { id: s.id, kind: s.kind, metadata: s, edition: edition.config, pageOrder: s.pageOrder })
  const xml = serializeTei(r.doc.tree)
  const body = /<body>[\s\S]*<\/body>/.exec(xml)![0]
  const count = (re: RegExp) => (body.match(re) ?? []).length
  return { r, xml, body, count, fidelity: checkFidelity(r.doc) }
}

describe('sample sources', () => {
  it('000 (PDF extraction, blank line after every line): paragraphs restored, page changes marked, the title note placed', () => {
    const { xml, body, count, fidelity } = imported('000')
    expect(fidelity).toEqual([])
    expect(count(/<p>/g)).toBeGreaterThanOrEqual(20)
    expect(count(/<p>/g)).toBeLessThanOrEqual(35)
    expect(body).toMatch(/<head>WHAT TO DO\?<\/head>/)
    expect(count(/<pb\/>/g)).toBeGreaterThanOrEqual(4)
    expect(xml).toMatch(/<titlePart type="main">LETTER TO THE WORKERS OF WESTERN EUROPE<note place="foot" n="\*"><p>Dmitrov, Russia, April 28, 1919/)
    expect(body).toContain('<div type="letter">')
    // the colophon went to the header, not into the text
    expect(body).not.toMatch(/Transcription\/Markup/)
    expect(xml).toMatch(/<bibl type="colophon">Source: “Anarchy Archives”/)
  })

  it('001 (clean paragraphs, no title): one paragraph per source paragraph', () => {
    const { count, fidelity } = imported('001')
    expect(fidelity).toEqual([])
    // one per non-blank line of the source: 35 paragraphs and a heading
    expect(count(/<p>/g)).toBe(35)
    expect(count(/<head>/g)).toBe(1)
  })

  it('002 (two letters): both fully structured, supplied words, the colophon in the header', () => {
    const { xml, body, count, fidelity } = imported('002')
    expect(fidelity).toEqual([])
    expect(count(/<div type="letter">/g)).toBe(2)
    expect(count(/<opener>/g)).toBe(2)
    expect(count(/<closer>/g)).toBe(2)
    expect(body).toContain('<dateline>Dmitrov, 4 March 1920</dateline>')
    expect(body).toContain('<salute>Esteemed Vladimir Ilich,</salute>')
    expect(body).toContain('<salute>With comradely greetings,</salute>')
    expect(count(/<signed>P\. Kropotkin<\/signed>/g)).toBe(2)
    expect(count(/<supplied>/g)).toBe(12)
    expect(body).toContain('<supplied>salary</supplied>')
    expect(xml).toMatch(/<bibl type="colophon">Source: The Anarchist Library; Transcription\\Markup: by Zdravko Saveski, 2021\.<\/bibl>/)
  })

  it('003 (article from a PDF): furniture removed, pages in the configured order, notes at their anchors', () => {
    const { xml, body, count, fidelity } = imported('003')
    expect(fidelity).toEqual([])
    // the running head block and the journal citation are gone from the text, kept in the header
    expect(body).not.toMatch(/pp\. 227–234/)
    expect(xml).toMatch(/<bibl type="citation">\*The Russian Review\*, Vol\. 12/)
    expect(body).toContain('than so-<pb break="no"/>called “bourgeois liberalism.”')
    // the configured page order joins sentences cut by the misplaced pages
    expect(body).toMatch(/When Kropotkin was <pb\/> sentenced to five years in prison/)
    expect(body).toMatch(/their subtle <pb\/> demoralization in the face of continued war losses/)
    expect(body).toMatch(/continue much <pb\/> longer, the very word “socialism”/)
    expect(body).toMatch(/talked about Bolshevik methods, <pb\/> about the cooperative movement/)
    expect(body.indexOf('beastly instincts')).toBeGreaterThan(body.indexOf('When Kropotkin died on February 7, 1921'))
    // the footnote, continued on a later page, is one note at its anchor
    expect(count(/<note /g)).toBe(1)
    expect(body).toMatch(/after the revolution\.<note place="foot" n="1"><p>Contrary to this report[\s\S]*<hi rend="italic">The Anarchist Prince<\/hi>, maintain that/)
    expect(body).toContain('<hi rend="italic">Memoirs of a Revolutionist</hi>')
    // paragraphs the extraction cut mid-sentence are whole again
    // …where a page changed that no running head marks: the page break is kept
    expect(body).toContain('only 25 percent for the <pb/> Bolsheviks. The red terror')
    expect(body).toMatch(/would become: "And, <pb\/> citizens,” the great anarchist declared/)
    expect(body).not.toMatch(/<p>citizens,”/)
    // the letters quoted after "he wrote:", "in this manner:" … are block quotations
    expect(count(/<quote>/g)).toBe(5)
    // every page start it can see keeps a <pb/>: the first page and the one after the colophon's
    // wide gap (in the front), the running head's, the five moved pages, the two sentence cuts
    expect((xml.match(/<pb[ /]/g) ?? []).length).toBe(10)
    expect(xml).toMatch(/<front>\s*<pb\/>\s*<pb\/>\s*<titlePage>/)
    expect(body).toMatch(/on the subject of hostages:<\/p>\s*<quote><p>Is it possible that you do not know/)
    expect(body).toMatch(/<quote><p>At every point, people[\s\S]*?<\/p><p>Russia has become a Soviet Republic only in name[\s\S]*?Jacobins\.<\/p><\/quote>/)
  })
})
