import { beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
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

describe('witness tokens', () => {
  it('reads private-use characters and pilcrows in the text as words, not as the collation\'s own marks', () => {
    const r = collateWitnesses([wit('A', 'one \uE000 two \uE001 three ¶ four'), wit('B', 'one \uE000 two \uE001 three ¶ five')], { workId: 'w', title: 'P', base: 'A' })
    const b = body(r.teiXml)
    expect(b).toContain('one \uE000 two \uE001 three ¶ <app><lem wit="#A">four</lem><rdg wit="#B">five</rdg></app>')
    expect(b).not.toContain('milestone')
  })
})

describe('align', () => {
  it('finds the common skeleton and leaves moved words out of it', () => {
    expect(align('a b c d e'.split(' '), 'a c b d e'.split(' '))).toEqual([[0, 0], [2, 1], [3, 3], [4, 4]])
    expect(align([], ['x'])).toEqual([])
  })

  it('pairs only equal tokens, in order in both texts (any input)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 60 }), fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 60 }), (a, b) => {
      const pairs = align(a, b)
      pairs.forEach(([i, j], k) => {
        expect(a[i]).toBe(b[j])
        if (k) expect(i > pairs[k - 1][0] && j > pairs[k - 1][1]).toBe(true)
      })
      if (a.join() === b.join()) expect(pairs).toHaveLength(a.length)
    }))
  })

  it('aligns long periodic texts (no unique word or run) that differ little', () => {
    // a period of 50 words: every run of up to 4 words recurs, so only Myers' diff can place the edits
    const a = Array.from({ length: 2000 }, (_, i) => `p${i % 50}`)
    const b = a.slice()
    b.splice(1500, 1)
    b.splice(1000, 0, 'NEW')
    b.splice(300, 1)
    b[10] = 'X'
    b[1990] = 'Y'
    const pairs = align(a, b)
    expect(pairs.length).toBe(2000 - 4)
    pairs.forEach(([i, j]) => expect(a[i]).toBe(b[j]))
    expect(pairs.some(([i]) => i === 10)).toBe(false)
  })

  it('still aligns long repetitive texts that differ a lot, slice by slice', () => {
    const a = Array.from({ length: 6000 }, (_, i) => `p${i % 50}`)
    const b = a.map((t, i) => (i % 3 === 0 ? `q${i % 7}` : t))
    const pairs = align(a, b)
    expect(pairs.length).toBeGreaterThan(3000)
    pairs.forEach(([i, j], k) => {
      expect(a[i]).toBe(b[j])
      if (k) expect(i > pairs[k - 1][0] && j > pairs[k - 1][1]).toBe(true)
    })
  })
})

describe('collateWitnesses', () => {
  it('encodes substitution, omission and addition as parallel segmentation', () => {
    const r = collateWitnesses([wit('A', 'The quick brown fox jumps over the dog.'), wit('B', 'The quick red fox jumps the lazy dog.')], { workId: 'w', title: 'Fox', base: 'A' })
    expect(body(r.teiXml)).toBe('<body><div type="collation" n="3"><p>The quick <app><lem wit="#A">brown</lem><rdg wit="#B">red</rdg></app> fox jumps <app><lem wit="#A">over</lem><rdg wit="#B"/></app> the <app><lem wit="#A"/><rdg wit="#B">lazy</rdg></app> dog.</p></div></body>')
    expect(validator.validate(r.teiXml, 'w.xml').filter((d) => d.severity === 'error')).toEqual([])
    // each witness points to its own TEI document (a sibling file in the edition's tei/ folder)
    expect(r.teiXml).toContain('<witness xml:id="A" corresp="a.xml">Witness A</witness>')
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

  it('links the two halves of a transposed passage with @corresp', () => {
    const r = collateWitnesses([wit('A', 'one two three four five six seven eight'), wit('B', 'one two six seven three four five eight')], { workId: 'w', title: 'x', base: 'A' })
    expect(body(r.teiXml)).toBe('<body><div type="collation" n="2"><p>one two <app type="transposition" xml:id="app1" corresp="#app2"><lem wit="#A"/><rdg wit="#B">six seven</rdg></app> three four five <app type="transposition" xml:id="app2" corresp="#app1"><lem wit="#A">six seven</lem><rdg wit="#B"/></app> eight</p></div></body>')
    expect(validator.validate(r.teiXml, 'w.xml').filter((d) => d.severity === 'error')).toEqual([])
  })

  it('does not call a single moved word a transposition', () => {
    const r = collateWitnesses([wit('A', 'and so the end came and went'), wit('B', 'so the end came and and went')], { workId: 'w', title: 'x', base: 'A' })
    expect(body(r.teiXml)).not.toContain('transposition')
  })

  it('keeps headings and other blocks of the base as paragraphs named by @rend', () => {
    const a: Witness = { siglum: 'A', id: 'a', title: 'A', teiXml: tei('x').replace('<p>x</p>', '<div><head>A Heading</head><p>Some text here.</p></div>') }
    const b = wit('B', 'A Heading', 'Some text there.')
    const r = collateWitnesses([a, b], { workId: 'w', title: 'x', base: 'A' })
    expect(body(r.teiXml)).toBe('<body><div type="collation" n="1"><p rend="head">A Heading</p><p>Some text <app><lem wit="#A">here.</lem><rdg wit="#B">there.</rdg></app></p></div></body>')
    expect(validator.validate(r.teiXml, 'w.xml').filter((d) => d.severity === 'error')).toEqual([])
  })

  it('reads the text of hand-encoded witnesses: corrections, line breaks, no notes, running heads or deletions', () => {
    const a = wit('A', 'The <choice><sic>qiuck</sic><corr>quick</corr></choice> brown fox<note>a note</note> jumps over<lb/>the dog, and <del>then</del> runs a<lb break="no"/>way.<fw type="header">RUNNING HEAD</fw>')
    const b = wit('B', 'The quick brown fox jumps over the dog, and runs away.')
    const r = collateWitnesses([a, b], { workId: 'w', title: 'x', base: 'A' })
    expect(body(r.teiXml)).toBe('<body><div type="collation" n="0"><p>The quick brown fox jumps over the dog, and runs away.</p></div></body>')
  })

  it('treats verse lines and list items as blocks; a base break another witness lacks stays in the lemma', () => {
    const a: Witness = { siglum: 'A', id: 'a', title: 'A', teiXml: tei('x').replace('<p>x</p>', '<lg><l>first line here</l><l>second line</l></lg><list><item>one item</item></list>') }
    const b = wit('B', 'first line here second line', 'one item')
    const r = collateWitnesses([a, b], { workId: 'w', title: 'x', base: 'A' })
    expect(body(r.teiXml)).toBe('<body><div type="collation" n="1"><p rend="l">first line here <app type="paragraph"><lem wit="#A"><milestone unit="paragraph"/></lem><rdg wit="#B"/></app> second line</p><p rend="item">one item</p></div></body>')
  })

  it('treats a pilcrow in the text as a word, not as a paragraph break', () => {
    const r = collateWitnesses([wit('A', 'see ¶ 4 below'), wit('B', 'see § 4 below')], { workId: 'w', title: 'x', base: 'A' })
    expect(body(r.teiXml)).toContain('<p>see <app><lem wit="#A">¶</lem><rdg wit="#B">§</rdg></app> 4 below</p>')
  })

  it('warns and falls back to the first witness when the base is unknown; refuses duplicate sigla', () => {
    const r = collateWitnesses([wit('A', 'a b c'), wit('B', 'a x c')], { workId: 'w', title: 'x', base: 'Z' })
    expect(r.diagnostics).toMatchObject([{ code: 'collation-base-unknown', severity: 'warning', file: 'w.apparatus.xml', line: 1, column: 1 }])
    expect(r.diagnostics[0].message).toBe('the base "Z" is not among the witnesses (A, B): collated against A instead')
    expect(body(r.teiXml)).toContain('<lem wit="#A">b</lem><rdg wit="#B">x</rdg>')
    expect(() => collateWitnesses([wit('A', 'a'), wit('A', 'b')], { workId: 'w', title: 'x', base: 'A' })).toThrow(/siglum "A" is given to two witnesses/)
    expect(collateWitnesses([wit('A', 'a b')], { workId: 'w', title: 'x', base: 'A' }).diagnostics.map((d) => d.code)).toEqual(['collation-single'])
  })

  it('aligns long texts: a 20,000-word witness with scattered changes gives exactly those variants', () => {
    // pseudo-random but fixed vocabulary of 300 words: many repeats, as in real prose
    const words: string[] = []
    let x = 7
    for (let i = 0; i < 20_000; i++) { x = (x * 1103515245 + 12345) % 2147483648; words.push(`w${x % 300}`) }
    const changed = words.slice()
    const at = [1000, 5000, 9000, 13000, 17000]
    for (const i of at) changed[i] = 'CHANGED'
    const r = collateWitnesses([wit('A', words.join(' ')), wit('B', changed.join(' '))], { workId: 'w', title: 'x', base: 'A' })
    const apps = [...r.teiXml.matchAll(/<app><lem wit="#A">([^<]*)<\/lem><rdg wit="#B">([^<]*)<\/rdg><\/app>/g)].map((m) => [m[1], m[2]])
    expect(apps).toEqual(at.map((i) => [words[i], 'CHANGED']))
  })

  it('finds a passage moved far away in a long text as one linked transposition', () => {
    const words: string[] = []
    let x = 3
    for (let i = 0; i < 20_000; i++) { x = (x * 1103515245 + 12345) % 2147483648; words.push(`w${x % 300}`) }
    const moved = words.slice()
    const passage = moved.splice(3000, 30)
    moved.splice(15_000, 0, ...passage)
    const r = collateWitnesses([wit('A', words.join(' ')), wit('B', moved.join(' '))], { workId: 'w', title: 'x', base: 'A' })
    const apps = [...r.teiXml.matchAll(/<app[ >][\s\S]*?<\/app>/g)].map((m) => m[0])
    expect(apps).toHaveLength(2)
    expect(apps.every((a) => a.startsWith('<app type="transposition"'))).toBe(true)
    expect(apps.join('')).toContain(`<lem wit="#A">${passage.join(' ')}</lem><rdg wit="#B"/>`)
  })

  it('anchors on runs of words when no single word is unique (repetitive text)', () => {
    // every word occurs many times; only word pairs tell the places apart
    const a: string[] = []
    for (let i = 0; i < 700; i++) a.push(`x${i % 10}`, `y${Math.floor(i / 10) % 70}`)
    const b = a.slice()
    // changes at both ends leave a middle too long for the table, with no word unique in it
    const at = [100, 700, 1300]
    for (const i of at) b[i] = 'NEW'
    expect((1300 - 100) ** 2).toBeGreaterThan(250_000)
    const r = collateWitnesses([wit('A', a.join(' ')), wit('B', b.join(' '))], { workId: 'w', title: 'x', base: 'A' })
    const apps = [...r.teiXml.matchAll(/<app><lem wit="#A">([^<]*)<\/lem><rdg wit="#B">([^<]*)<\/rdg><\/app>/g)].map((m) => [m[1], m[2]])
    expect(apps).toEqual(at.map((i) => [a[i], 'NEW']))
    expect((r.teiXml.match(/<app[ >]/g) ?? []).length).toBe(3)
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
