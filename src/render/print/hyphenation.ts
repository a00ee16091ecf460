/**
 * Hyphenation for the print edition. Debian's Chromium has no hyphenation dictionaries, so CSS
 * `hyphens: auto` does nothing there; instead soft hyphens (U+00AD) are put into long words before
 * Paged.js lays the pages out, and Chromium breaks lines at them (showing a hyphen only where it
 * breaks). The break points come from Liang's algorithm with the TeX patterns of the word's
 * language (npm `hyphen`). This module is the Node side: language tag → patterns, word → word
 * with soft hyphens. Which words are hyphenated is decided in the page (hyphenate-page.ts).
 */
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

export const SOFT_HYPHEN = '\u00AD'
/** Letters kept together at the start and at the end of a word (TeX's \lefthyphenmin and
 * \righthyphenmin for English; a break leaving two letters on the next line looks wrong). */
export const LEFT_MIN = 2
export const RIGHT_MIN = 3
/** Shorter words are never broken. */
export const MIN_WORD = 6

type Patterns = unknown[]
type Hyphenator = (text: string) => string
type CreateHyphenator = (patterns: Patterns, options: { html?: boolean; minWordLength?: number; hyphenChar?: string }) => Hyphenator

const cache = new Map<string, ((word: string) => string) | undefined>()

/** The `hyphen` package's folder for a language tag: the tag itself ("en-gb", "de-ch-1901",
 * "la-x-classic"), else its primary language ("de-AT" → "de", which is 1996 orthography). */
function patternModule(tag: string): string | undefined {
  const lower = tag.trim().toLowerCase().replace(/_/g, '-')
  const candidates = [lower, lower.split('-')[0]]
  for (const c of candidates) {
    // only names that can be package folders (a lang attribute is editor input)
    if (!/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/.test(c)) continue
    try {
      return require.resolve(`hyphen/${c}/index.js`)
    } catch {
      // not this one
    }
  }
  return undefined
}

/** A function hyphenating one word in language `tag`, or undefined if there are no patterns for it. */
export function wordHyphenator(tag: string): ((word: string) => string) | undefined {
  const key = tag.trim().toLowerCase()
  if (cache.has(key)) return cache.get(key)
  const module = patternModule(key)
  let result: ((word: string) => string) | undefined
  if (module) {
    const patterns = (require(module) as { patterns: Patterns }).patterns
    const create = require('hyphen') as CreateHyphenator
    // html: false, every word handed over is a word; the package's own minimum is ours below
    const hyphenate = create(patterns, { html: false, minWordLength: 1, hyphenChar: SOFT_HYPHEN })
    result = (word) => keepMinimums(hyphenate(word))
  }
  cache.set(key, result)
  return result
}

/** Drops breaks that would leave fewer than LEFT_MIN letters before or RIGHT_MIN after them. */
function keepMinimums(hyphenated: string): string {
  const parts = hyphenated.split(SOFT_HYPHEN)
  const word = parts.join('')
  if (parts.length === 1 || word.length < MIN_WORD) return word
  let out = ''
  let at = 0
  for (let i = 0; i < parts.length; i++) {
    at += parts[i].length
    out += parts[i]
    if (i < parts.length - 1 && at >= LEFT_MIN && word.length - at >= RIGHT_MIN) out += SOFT_HYPHEN
  }
  return out
}

/**
 * Hyphenates the words the page collected, by language. Returns for each language the words with
 * their soft hyphens (only those that gained any), and the languages that have no patterns.
 */
export function hyphenateWords(byLanguage: Record<string, string[]>): { words: Record<string, Record<string, string>>; unavailable: string[] } {
  const words: Record<string, Record<string, string>> = {}
  const unavailable: string[] = []
  for (const lang of Object.keys(byLanguage).sort()) {
    const hyphenate = wordHyphenator(lang)
    if (!hyphenate) {
      unavailable.push(lang)
      continue
    }
    const out: Record<string, string> = {}
    for (const w of byLanguage[lang]) {
      if (w.length < MIN_WORD) continue
      const h = hyphenate(w)
      if (h !== w) out[w] = h
    }
    words[lang] = out
  }
  return { words, unavailable }
}
