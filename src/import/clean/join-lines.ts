/**
 * Joins the lines of a hard-wrapped paragraph into one text with exact origins. A line-end
 * hyphen is resolved with the document's own vocabulary: `revo-` + `lution` → `revolution` when
 * the document knows "revolution" (or nothing speaks for a hyphen), `so-` + `called` → `so-called`
 * when the document writes it so or knows both parts as words. Every join is reported as a note.
 */
import type { TeiText } from '../../core/tree.js'
import { concatText, generatedText, sourceOffsetAt, sourceText } from '../../core/text-origin.js'
import type { Line } from '../lines.js'
import { PB, PB_IN_WORD } from '../structure/inline.js'

export interface JoinReport { kind: 'hyphen-joined' | 'hyphen-kept'; word: string; offset: number; /** the hyphen's offset in the source */ hyphenOffset: number }

/** The words of the document, leaving out the pieces of words broken at line ends ("revo-", "lution"). */
export function documentVocabulary(text: string): Set<string> {
  const whole = text.replace(/[\p{L}]+-[ \t]*\n\s*[\p{L}]+/gu, ' ')
  return new Set((whole.toLowerCase().match(/[\p{L}]+(?:-[\p{L}]+)*/gu) ?? []).flatMap((w) => [w, ...w.split('-')]))
}

/** Prefixes written with a hyphen whatever follows, by language (self-appointed, self-evident). */
const HYPHENATED_PREFIXES: Record<string, Set<string>> = { en: new Set(['self']) }

/** Is a line-end hyphen between `a` and `b` part of the word (so-called) or a soft hyphen? */
export function keepHyphen(a: string, b: string, vocabulary: Set<string>, language = 'en'): boolean {
  const la = a.toLowerCase()
  const lb = b.toLowerCase()
  if (vocabulary.has(`${la}-${lb}`)) return true
  if (vocabulary.has(la + lb)) return false
  if (HYPHENATED_PREFIXES[language.toLowerCase().split('-')[0]]?.has(la) || /^\p{Lu}/u.test(b) || /\d$/.test(a)) return true
  return la.length >= 2 && vocabulary.has(la) && vocabulary.has(lb) && /^[a-z]/.test(lb) && (la.length <= 4 || lb.length <= 4)
}

/**
 * `pageBreaks`: line indexes before which a page changed. Returns the joined text (page changes
 * as PB / PB_IN_WORD sentinels) and what was done at each hyphen.
 */
export function joinLines(lines: Line[], vocabulary: Set<string>, pageBreaks: readonly number[] = [], language = 'en'): { text: TeiText; joins: JoinReport[] } {
  const parts: TeiText[] = []
  const joins: JoinReport[] = []
  lines.forEach((line, k) => {
    const lead = line.text.length - line.text.trimStart().length
    let body = line.text.trim()
    let bodyStart = line.start + lead
    const pageBreak = pageBreaks.includes(line.index)
    if (k > 0) {
      const prev = parts[parts.length - 1]
      const hy = /([\p{L}]+)-$/u.exec(prev.value)
      const next = /^([\p{L}]+)/u.exec(body)
      if (hy && next && /^\p{Ll}/u.test(next[1])) {
        const keep = keepHyphen(hy[1], next[1], vocabulary, language)
        const hyphenOffset = sourceOffsetAt(prev, prev.value.length - 1) ?? line.start
        if (!keep) parts[parts.length - 1] = { ...prev, value: prev.value.slice(0, -1), origin: trimOrigin(prev, prev.value.length - 1) }
        joins.push({ kind: keep ? 'hyphen-kept' : 'hyphen-joined', word: keep ? `${hy[1]}-${next[1]}` : hy[1] + next[1], offset: line.start + lead, hyphenOffset })
        if (pageBreak) parts.push(generatedText(PB_IN_WORD))
      } else {
        parts.push(generatedText(pageBreak ? ` ${PB}` : ' '))
      }
    } else if (pageBreak) parts.push(generatedText(`${PB} `))
    parts.push(sourceText(body, bodyStart))
  })
  return { text: concatText(parts), joins }
}

function trimOrigin(t: TeiText, length: number): TeiText['origin'] {
  return t.origin?.flatMap((s) => (s.index >= length ? [] : [{ ...s, length: Math.min(s.length, length - s.index) }]))
}
