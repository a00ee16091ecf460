// The search's words → terms (src/render/search/terms.ts), the same code in the build and in the
// browser: folding, stemming by language, German umlauts, and the compact number encoding.
import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { decodeNumbers, encodeNumbers, fold, shardOf, termsOf, wordsOf } from '../../src/render/search/terms.js'
import { stemmersFor } from '../../src/render/search/stemmers.js'
import { searchText } from '../../src/render/search/search-text.js'

const stemmers = stemmersFor(['en', 'de', 'fr'])
const term = (word: string, lang = 'en') => termsOf(word, lang, stemmers)

describe('search terms', () => {
  test('case, diacritics, ligatures, special letters and apostrophes fold', () => {
    expect(fold('Zürich')).toBe('zurich')
    expect(fold('MÜLLER')).toBe('muller')
    expect(fold('Æsop Œuvre Straße Søren Łódź ﬁnal')).toBe('aesop oeuvre strasse soren lodz final')
    expect(fold('don’t')).toBe(fold("don't"))
    expect(fold('ſeine')).toBe('seine')
  })

  test('Zurich finds Zürich and Muller finds Müller, in any language', () => {
    for (const lang of ['en', 'de', 'fr', 'it']) {
      expect(term('Zurich', lang)[0]).toBe(term('Zürich', lang)[0])
      expect(term('Muller', lang)[0]).toBe(term('Müller', lang)[0])
    }
  })

  test('in German an umlaut is also written with e: Mueller finds Müller, and Häuser is found as Haeuser', () => {
    expect(term('Müller', 'de')).toContain(term('Mueller', 'de')[0])
    expect(term('Häuser', 'de')).toContain(term('Haeuser', 'de')[0])
    // not in English, where "ue" is no umlaut
    expect(term('Müller', 'en')).toEqual([term('Muller', 'en')[0]])
  })

  test('words are stemmed by their language', () => {
    expect(term('letters')).toEqual(term('letter'))
    expect(term('corrections')).toEqual(term('correction'))
    expect(term('Briefe', 'de')).toEqual(term('Brief', 'de'))
    expect(term('lettres', 'fr')).toEqual(term('lettre', 'fr'))
    // a language without a stemmer is folded only
    expect(termsOf('Häuser', 'xx', stemmers)).toEqual(['hauser'])
    expect(termsOf('Häuser', 'de-AT', stemmers)).toEqual(term('Häuser', 'de'))
  })

  test('words: letters, marks and digits, with inner apostrophes; punctuation and markup signs split', () => {
    expect(wordsOf('“Don’t,” said Müller—in 1887 (so-called).').map((w) => w.word)).toEqual(['Don’t', 'said', 'Müller', 'in', '1887', 'so', 'called'])
    const text = 'a Zürich b'
    const w = wordsOf(text)[1]
    expect(text.slice(w.start, w.end)).toBe('Zürich')
  })

  test('numbers encode compactly and decode to themselves (property)', () => {
    expect(encodeNumbers([1, 2, 31])).toHaveLength(3)
    expect(encodeNumbers([32])).toHaveLength(2)
    fc.assert(fc.property(fc.array(fc.nat({ max: 2 ** 40 })), (xs) => {
      expect(decodeNumbers(encodeNumbers(xs))).toEqual(xs)
      expect(encodeNumbers(xs)).toMatch(/^[A-Za-z0-9_-]*$/)
    }))
  })

  test('a term keeps its shard when the index has fewer shards (the mask of a power of two)', () => {
    fc.assert(fc.property(fc.string({ minLength: 1 }), fc.integer({ min: 0, max: 11 }), (t, k) => {
      expect(shardOf(t, 4096) & (2 ** k - 1)).toBe(shardOf(t, 2 ** k))
    }))
    expect(shardOf('almanac', 1)).toBe(0)
  })

  test('the searchable text: the text with notes and both readings, blocks apart, words split by markup whole, no running heads', () => {
    const tei = '<TEI><teiHeader><title>Not this</title></teiHeader><text><body><head>Part</head><p>mem<pb n="2" break="no"/>ber of <hi rend="italic">W</hi>ord<note>see &amp; compare&#x2014;x</note></p>' +
      '<fw type="header">Running head</fw><p>line<lb/>break, <choice><sic>recieved</sic><corr>received</corr></choice> it<lb break="no"/>self</p><!-- a comment --></body></text></TEI>'
    expect(searchText(tei)).toBe('Part member of Word see & compare—x line break, recieved received itself')
  })
})
