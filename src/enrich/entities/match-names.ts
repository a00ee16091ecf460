/**
 * Finds register names in a run of text, as an editor reads: at each word, the longest register
 * form that starts there; case, diacritics, curly quotes and dashes folded; any white space between
 * the words of a name (a name broken over a line). A form the register writes with a capital must
 * start with a capital in the text (`western Europe` is no mention of `Western Europe`); a form it
 * writes in lower case (`the farm`) is found in that case, or capitalised at a sentence start.
 * A name ends where the word ends, or, in a language that writes the genitive as a joined `s`
 * (`Boeckhs`, `Harriets`), before that `s`, which is inside or outside the match as the
 * language's editors do.
 */
import { foldText, originalSpan, type FoldedText } from './fold-text.js'
import { targetsOf, type NameForm, type NameIndex, type NameTarget } from './name-index.js'
import type { NameConventions } from './name-conventions.js'

export interface NameMatch {
  /** Start and length in the original text. */
  index: number
  length: number
  form: NameForm
  targets: NameTarget[]
  text: string
}

const WORD_CHAR = /[\p{L}\p{N}]/u
const WORD = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+/gu
const isWordChar = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c)
const firstToken = (key: string) => /^[\p{L}\p{N}]+/u.exec(key)?.[0] ?? key[0]

/** Forms grouped by their first word, longest first. */
function byFirstToken(index: NameIndex): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const key of index.keys()) {
    const t = firstToken(key)
    const list = out.get(t) ?? []
    list.push(key)
    out.set(t, list)
  }
  for (const list of out.values()) list.sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  return out
}

/** Case kept but length kept too: lower-casing that would change the length leaves the character. */
function lowerSameLength(s: string): string {
  let out = ''
  for (const c of s) {
    const l = c.toLowerCase()
    out += l.length === c.length ? l : c
  }
  return out
}

/** The variant of a form that the text's case admits, if any. */
function admitted(variants: NameForm[], written: string): NameForm | undefined {
  const capitalised = /^\p{Lu}/u.test(written) || !/^\p{L}/u.test(written)
  for (const v of variants) {
    if (!v.lowerCase) {
      if (capitalised) return v
      continue
    }
    if (v.written.some((w) => w === written || w.charAt(0).toUpperCase() + w.slice(1) === written)) return v
  }
  return undefined
}

export function compileMatcher(index: NameIndex, conventions: Pick<NameConventions, 'genitiveS'>): (text: string) => NameMatch[] {
  const starts = byFirstToken(index)
  if (!starts.size) return () => []
  return (text: string) => {
    const keep = foldText(text, { keepCase: true })
    const lower = lowerSameLength(keep.text)
    const found: { start: number; end: number; form: NameForm }[] = []
    // each word: where it starts, and its letters and digits (the first token of a form)
    for (const w of lower.matchAll(WORD)) {
      const keys = formsAt(starts, w[0], conventions.genitiveS)
      if (!keys.length) continue
      const f = matchAt(w.index, lower, keep, index, keys, conventions)
      if (f) found.push({ start: w.index, ...f })
    }
    return longestFirst(found).map((f) => {
      const span = originalSpan(keep, f.start, f.end)
      return { ...span, form: f.form, targets: targetsOf(f.form), text: text.slice(span.index, span.index + span.length) }
    })
  }
}

/**
 * Of overlapping matches, the longest: `the Contessa Contardone` is the Contessa Contardone even
 * where the register also lists `the Contessa`. The kept matches in text order.
 */
function longestFirst<T extends { start: number; end: number }>(found: T[]): T[] {
  const kept: T[] = []
  for (const f of [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f)
  }
  return kept.sort((a, b) => a.start - b.start)
}

/** The forms that may start with the word `token` (also that word less a genitive `s`). */
function formsAt(starts: Map<string, string[]>, token: string, genitiveS: NameConventions['genitiveS']): string[] {
  const forms = starts.get(token) ?? []
  if (genitiveS === 'none' || !token.endsWith('s')) return forms
  const less = starts.get(token.slice(0, -1))
  return less ? [...forms, ...less].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)) : forms
}

/** The longest form admitted at folded index `i`, and where its match ends (folded index). */
function matchAt(i: number, lower: string, keep: FoldedText, index: NameIndex, keys: string[], conventions: Pick<NameConventions, 'genitiveS'>): { form: NameForm; end: number } | undefined {
  for (const key of keys) {
    if (!lower.startsWith(key, i)) continue
    let end = i + key.length
    const form = admitted(index.get(key)!, keep.text.slice(i, end))
    if (!form) continue
    if (isWordChar(key[key.length - 1]) && isWordChar(lower[end])) {
      if (!joinedGenitive(lower, keep.text, i, end, form, conventions)) continue
      if (conventions.genitiveS === 'inside') end++
    }
    return { form, end }
  }
  return undefined
}

/**
 * Whether the `s` right after a name at `start`..`end` is its genitive (`Boeckhs Vorlesungen`,
 * `Harriets letter`): one letter, then the word ends; not a compound name that goes on with a
 * capital (`Edgeworths Town`), and in English not a family's plural (`the Nicols`).
 */
function joinedGenitive(lower: string, kept: string, start: number, end: number, form: NameForm, conventions: Pick<NameConventions, 'genitiveS'>): boolean {
  if (conventions.genitiveS === 'none' || lower[end] !== 's' || isWordChar(lower[end + 1]) || end - start < 3) return false
  if (conventions.genitiveS === 'outside') {
    if (/^\s+\p{Lu}/u.test(kept.slice(end + 1, end + 3))) return false
    const oneWord = !/\s/.test(lower.slice(start, end))
    if (oneWord && form.targets.some((t) => t.type === 'person') && /(?:^|\s)the\s$/.test(lower.slice(Math.max(0, start - 5), start))) return false
  }
  return true
}
