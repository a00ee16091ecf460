/**
 * Finds register names in a run of text, as an editor reads: longest match first, case and
 * typographic variants (curly quotes, dashes, diacritics) and line-broken names (any white space
 * between words), an initial or a title before a surname (outside the tag), a possessive 's after
 * (outside the tag). Matches must start with a capital letter: lower-case words are not names.
 */
import type { NameForm } from './name-index.js'

export interface NameMatch { index: number; length: number; form: NameForm; text: string }

/** A same-length folding of text: diacritics off, quotes and dashes unified, case folded. */
export function foldForMatching(s: string): string {
  let out = ''
  for (const ch of s) {
    let c = ch.normalize('NFD').replace(/\p{M}/gu, '')
    if (c.length !== ch.length) c = c.length > ch.length ? c.slice(0, ch.length) : c.padEnd(ch.length, ' ')
    out += c
  }
  return out.replace(/[\u2018\u2019\u02BC`´]/g, "'").replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s/g, ' ').toLowerCase()
}

export function compileMatcher(index: Map<string, NameForm>): (text: string) => NameMatch[] {
  const forms = [...index.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  if (!forms.length) return () => []
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, ' +')
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(esc).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
  return (text: string) => {
    const folded = foldForMatching(text)
    const out: NameMatch[] = []
    re.lastIndex = 0
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const original = text.slice(m.index, m.index + m[0].length)
      // a lower-case start is not a name; look again from the next word ("western Europe" → "Europe")
      if (!/^\p{Lu}/u.test(original)) {
        const next = folded.slice(m.index).search(/ \S/)
        if (next > 0) re.lastIndex = m.index + next + 1
        continue
      }
      const key = m[0].replace(/ +/g, ' ')
      const form = index.get(key)
      if (form) out.push({ index: m.index, length: m[0].length, form, text: original })
    }
    return out
  }
}
