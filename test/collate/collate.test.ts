import { beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { collateWitnesses, type Witness } from '../../src/collate/index.js'
import { align } from '../../src/collate/align.js'
import { createTeiValidator, type TeiValidator } from '../../src/validate/index.js'
import { loadEdition } from '../../src/core/edition.js'
import { decodeSource } from '../../src/core/read-source.js'
import { importText } from '../../src/import/index.js'
import { serializeTei } from '../../src/core/xml/serialize.js'

let validator: TeiValidator
beforeAll(async () => { validator = await createTeiValidator() }, 60_000)

const tei = (...paragraphs: string[]) =>
  `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader><text><body>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</body></text></TEI>`
const wit = (siglum: string, ...ps: string[]): Witness => ({ siglum, id: siglum.toLowerCase(), title: `Witness ${siglum}`, teiXml: tei(...ps) })
const body = (xml: string) => /<body>[\s\S]*<\/body>/.exec(xml)![0].replace(/\s*\n\s*/g, '')

describe('align', () => {
  it('finds the common skeleton and leaves moved words out of it', () => {
    expect(align('a b c d e'.split(' '), 'a c b d e'.split(' '))).toEqual([[0, 0], [2, 1], [3, 3], [4, 4]])
    expect(align([], ['x'])).toEqual([])
  })
})

describe('collateWitnesses', () => {
  it('encodes substitution, omission and addition as parallel segmentation', () => {
    const r = collateWitnesses([wit('A', 'The quick brown fox jumps over the dog.'), wit('B', 'The quick red fox jumps the lazy dog.')], { workId: 'w', title: 'Fox', base: 'A' })
    expect(body(r.teiXml)).toBe('<body><div type="collation" n="3"><p>The quick <app><lem wit="#A">brown</lem><rdg wit="#B">red</rdg></app> fox jumps <app><lem wit="#A">over</lem><rdg wit="#B"/></app> the <app><lem wit="#A"/><rdg wit="#B">lazy</rdg></app> dog.</p></div></body>')
    expect(validator.validate(r.teiXml, 'w.xml').filter((d) => d.severity === 'error')).toEqual([])
    expect(r.teiXml).toContain('<witness xml:id="A">Witness A</witness>')
  })

  it('records paragraph breaks that differ', () => {
    const r = collateWitnesses([wit('A', 'One two three. Four five six.'), wit('B', 'One two three.', 'Four five six.')], { workId: 'w', title: 'P', base: 'A' })
    expect(body(r.teiXml)).toContain('three. <app type="paragraph"><lem wit="#A"/><rdg wit="#B"><milestone unit="paragraph"/></rdg></app> Four')
  })

  it('can ignore differences of case and punctuation', () => {
    const a = wit('A', 'Yes, the River flows.')
    const b = wit('B', 'yes the river flows')
    expect(body(collateWitnesses([a, b], { workId: 'w', title: 'x', base: 'A' }).teiXml)).toContain('<app>')
    expect(body(collateWitnesses([a, b], { workId: 'w', title: 'x', base: 'A', ignoreCase: true, ignorePunctuation: true }).teiXml)).not.toContain('<app')
  })

  it('groups witnesses that agree, and lists those that read as the base on the lemma', () => {
    const r = collateWitnesses([wit('A', 'a black cat sat'), wit('B', 'a white cat sat'), wit('C', 'a white cat sat'), wit('D', 'a black cat sat')], { workId: 'w', title: 'x', base: 'A' })
    expect(body(r.teiXml)).toContain('<app><lem wit="#A #D">black</lem><rdg wit="#B #C">white</rdg></app>')
  })

  it('keeps a transposed passage as an omission and an addition, the rest aligned', () => {
    const r = collateWitnesses([wit('A', 'one two three four five six seven eight'), wit('B', 'one two six seven three four five eight')], { workId: 'w', title: 'x', base: 'A' })
    const b = body(r.teiXml)
    expect(b.startsWith('<body><div type="collation" n="2"><p>one two ')).toBe(true)
    expect(b).toContain('eight</p>')
  })

  it('collates the two witnesses of the sample letter into a valid apparatus', () => {
    const { edition } = loadEdition('editions/kropotkin')
    const work = edition.config.works![0]
    const witnesses = work.witnesses.map((id, k) => {
      const s = edition.config.sources.find((x) => x.id === id)!
      const { source } = decodeSource(readFileSync(edition.sourcePath(s)), s.file)
      return { siglum: s.witness ?? String(k), id, title: s.title, teiXml: serializeTei(importText(source, { id, kind: s.kind, metadata: s, edition: edition.config }).doc.tree) }
    })
    const r = collateWitnesses(witnesses, { workId: work.id, title: work.title, base: 'A', edition: edition.config })
    expect(r.diagnostics).toEqual([])
    expect(validator.validate(r.teiXml, 'app.xml').filter((d) => d.severity === 'error')).toEqual([])
    const apps = (r.teiXml.match(/<app[ >]/g) ?? []).length
    expect(apps).toBeGreaterThanOrEqual(5)
    // both transcriptions share the slip "say an learn": no variant there
    expect(r.teiXml).toContain('plenty to say an learn of the actual events')
    expect(r.teiXml).toContain('<app type="paragraph"><lem wit="#A"/><rdg wit="#B"><milestone unit="paragraph"/></rdg></app> In short, it is high time')
  })
})
