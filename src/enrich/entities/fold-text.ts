/**
 * The comparison form of running text, with a map back to the original characters: diacritics
 * and combining marks off (`Pom̄ern` → `pomern`), curly quotes and dashes unified, every run of
 * white space one space (a name broken over a line), case folded or kept. Register forms are
 * compared in the same form (core `normaliseForm`), so a match in the folded text is a match of
 * the original span `origin[start]` to `origin[end]`.
 */
export interface FoldedText {
  /** The folded text. */
  text: string
  /** For each folded index, and one past the end, the index in the original text. */
  origin: number[]
}

const QUOTE = /[\u2018\u2019\u02BC`´]/
const DASH = /[\u2010-\u2015\u2212]/

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0)
  // most characters are plain ASCII: no need to decompose them
  if (code < 128) return ch === '`' ? "'" : code <= 32 && /\s/.test(ch) ? ' ' : ch
  if (QUOTE.test(ch)) return "'"
  if (DASH.test(ch)) return '-'
  if (/\s/.test(ch)) return ' '
  return ch.normalize('NFKD').replace(/\p{M}/gu, '')
}

export function foldText(s: string, options: { keepCase?: boolean } = {}): FoldedText {
  let text = ''
  const origin: number[] = []
  let i = 0
  for (const ch of s) {
    let f = foldChar(ch)
    if (!options.keepCase) f = f.toLowerCase()
    // one space for a run of white space, so that forms compare with single spaces
    if (f === ' ' && text.endsWith(' ')) f = ''
    for (const c of f) {
      text += c
      origin.push(i)
    }
    i += ch.length
  }
  origin.push(s.length)
  return { text, origin }
}

/** The original span of folded characters `start`..`end`, taking in combining marks after it. */
export function originalSpan(folded: FoldedText, start: number, end: number): { index: number; length: number } {
  const index = folded.origin[start]
  // the end is where the next folded character starts: marks folded away stay with the name
  const stop = folded.origin[end]
  return { index, length: stop - index }
}
