/**
 * Words → search terms, the same in the build (indexing) and in the reader's browser (queries
 * and snippets): this module imports nothing, and the site carries its compiled copy
 * (assets/search-terms.js). A term is the word folded, stemmed by its language's Snowball
 * stemmer, and folded again. Folding: diacritics dropped (Zürich → zurich, Müller → muller), ligatures and
 * special letters spelled out (æ → ae, ß → ss, ø → o, ł → l, ſ → s), apostrophes removed
 * (don’t = don't = dont). In German a word with an umlaut also gives the term of its spelling
 * with e (Müller → Mueller), so "Mueller" finds "Müller" as "Muller" does.
 */

export type Stemmer = (word: string) => string
/** The stemmers at hand, by primary language subtag ("en", "de"); a language without one is not stemmed. */
export type Stemmers = Record<string, Stemmer>

/** A word of a text and where it is (UTF-16 offsets), for marking hits in snippets. */
export interface WordAt { word: string; start: number; end: number }

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}]+)*/gu
const SPELLED: Record<string, string> = { æ: 'ae', œ: 'oe', ß: 'ss', ø: 'o', đ: 'd', ð: 'd', ł: 'l', ı: 'i', þ: 'th', ħ: 'h', ŧ: 't' }
const SPECIAL = /[æœßøđðłıþħŧ]/g
const MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g
const APOSTROPHES = /['’ʼ]/g
const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue' }

/** The primary subtag of a language tag: "de-AT" → "de". */
export const primaryLanguage = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? ''

/** Case, diacritics, ligatures and apostrophes folded away. */
export function fold(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(MARKS, '').replace(SPECIAL, (c) => SPELLED[c] ?? c).replace(APOSTROPHES, '')
}

/** The words of a text, in order. */
export function wordsOf(text: string): WordAt[] {
  const out: WordAt[] = []
  for (const m of text.matchAll(WORD)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length })
  return out
}

/** The terms a word is indexed and searched under, in a language: one, or two for a German umlaut. */
export function termsOf(word: string, language: string, stemmers: Stemmers): string[] {
  const lang = primaryLanguage(language)
  const stem = stemmers[lang]
  const lower = word.toLowerCase().replace(APOSTROPHES, '')
  // folded before stemming too: a stemmer may treat "ü" and "u" apart (French stems "muller", not "müller")
  const term = (w: string) => (stem ? fold(stem(fold(w))) : fold(w))
  const first = term(lower)
  if (lang !== 'de' || !/[äöü]/.test(lower)) return [first]
  const spelled = term(lower.replace(/[äöü]/g, (c) => UMLAUTS[c]))
  return spelled === first ? [first] : [first, spelled]
}

/**
 * How often each term occurs in a text of a language, in the order the terms first occur.
 * `seen` keeps the terms of words met before (stemming is most of the cost); the caller bounds it.
 */
export function termFrequencies(text: string, language: string, stemmers: Stemmers, seen = new Map<string, string[]>()): Map<string, number> {
  const counts = new Map<string, number>()
  for (const { word } of wordsOf(text)) {
    let terms = seen.get(word)
    if (!terms) seen.set(word, (terms = termsOf(word, language, stemmers)))
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1)
  }
  return counts
}

/**
 * The shard a term's postings are in: FNV-1a over its UTF-16 code units, masked to the number of
 * shards (a power of two, so a term's shard for fewer shards is its shard for more, masked).
 */
export function shardOf(term: string, shards: number): number {
  let h = 0x811c9dc5
  for (let i = 0; i < term.length; i++) {
    h ^= term.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0) & (shards - 1)
}

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/**
 * Numbers ≥ 0 as a compact string: each a varint of 5-bit groups, least significant first, one
 * character of a URL-safe alphabet per group (bit 6 set on all but the last). Numbers below 32,
 * most gaps and counts in a posting list, take one character.
 */
export function encodeNumbers(numbers: Iterable<number>): string {
  let out = ''
  for (let n of numbers) {
    while (n >= 32) {
      out += DIGITS[32 | (n & 31)]
      n = Math.floor(n / 32)
    }
    out += DIGITS[n]
  }
  return out
}

const VALUES = new Int8Array(128).fill(0)
for (let i = 0; i < DIGITS.length; i++) VALUES[DIGITS.charCodeAt(i)] = i

export function decodeNumbers(s: string): number[] {
  const out: number[] = []
  let n = 0
  let scale = 1
  for (let i = 0; i < s.length; i++) {
    const v = VALUES[s.charCodeAt(i) & 127]
    n += (v & 31) * scale
    if (v & 32) scale *= 32
    else {
      out.push(n)
      n = 0
      scale = 1
    }
  }
  return out
}
