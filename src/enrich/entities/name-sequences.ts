/**
 * The runs of capitalised words in a text that could be names: words with a capital (also in
 * capitals, hyphenated, with an elided `d'`), initials (`J.`), and lower-case particles between
 * them (`Helmina von Chézy`, `Isle of Wight`, `von der Marwitz`). Leading function words are
 * left out (`The Jacobins` → `Jacobins`), and a possessive `'s` is not part of the name.
 */
import { FUNCTION_WORDS, SECOND_PARTICLES, WEEKDAYS, particlesOf } from './name-words.js'
import { monthNumber } from '../../core/month-names.js'
import { ALL_ROLE_NOUNS, ALL_TITLES } from './name-conventions.js'

/** Titles and ranks: before a name, never its first word. */
const TITLE_WORDS = new Set([...ALL_TITLES, ...ALL_ROLE_NOUNS])
const TITLE_BEFORE = new RegExp(`(^|[^\\p{L}])(?:${[...TITLE_WORDS].sort((a, b) => b.length - a.length).join('|')})\\.?\\s+$`, 'u')

export interface NameSequence {
  /** Start and length in the text. */
  index: number
  length: number
  text: string
  /** The capitalised words, without particles and initials. */
  words: string[]
  initials: number
  /** At the start of a sentence (or of the text node). */
  sentenceStart: boolean
  /** A title or rank right before the name (`Dr.`, `Herrn`, `le Président`), as written. */
  title?: string
  /** Where the title starts in the text. */
  titleIndex?: number
}

const TOKEN = /(?:St|Ste|Sta|Sto|Mt)\.(?=\s+\p{Lu})|\p{Lu}\.(?!\p{L})|(?:[dDlL]['’])?\p{Lu}[\p{L}\p{M}'’-]*|[\p{Ll}][\p{L}\p{M}'’-]*/gu
const isCapitalised = (w: string) => /^(?:[dDlL]['’])?\p{Lu}/u.test(w)
const isInitial = (w: string) => /^\p{Lu}\.$/u.test(w)
/** `St. Pauls`, `Mt. Blanc`: an abbreviated saint or mount is the name's first word. */
const isSaint = (w: string) => /^(?:St|Ste|Sta|Sto|Mt)\.$/.test(w)

interface Token { text: string; index: number }

/** The tokens of a text: words and initials, with where each starts. */
function tokens(text: string): Token[] {
  const out: Token[] = []
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    // (two hyphens are a dash between words, as typed: "to Ashby--Met a friend")
    const dash = m[0].search(/-{2,}/)
    if (dash > 0) TOKEN.lastIndex = m.index + dash
    let t = (dash > 0 ? m[0].slice(0, dash) : m[0]).replace(/['’]s$/u, '').replace(/[-'’]+$/u, '')
    if (t) out.push({ text: t, index: m.index })
  }
  return out
}

/** Only white space (a line break too) between two tokens. */
const adjacent = (text: string, a: Token, b: Token) => /^\s+$/.test(text.slice(a.index + a.text.length, b.index))

/** The runs: capitalised tokens, joined over particles, each run ending on a capitalised word. */
function runs(text: string, toks: Token[], particles: ReadonlySet<string>): Token[][] {
  const out: Token[][] = []
  let run: Token[] = []
  let pending: Token[] = []
  const close = () => {
    if (run.length) out.push(run)
    run = []
    pending = []
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]
    const prev = pending.length ? pending[pending.length - 1] : run[run.length - 1]
    if (prev && !adjacent(text, prev, t)) close()
    if (breaksName(t.text)) {
      // a capitalised function word, a month or a weekday starts afresh ("Tag Ihrer Ankunft")
      close()
      run.push(t)
    } else if (isCapitalised(t.text) || isInitial(t.text)) {
      run.push(...pending, t)
      pending = []
    } else if (run.length && !isInitial(run[run.length - 1].text) && joins(pending, t.text, particles)) pending.push(t)
    else close()
  }
  close()
  return out
}

/** Words that no name runs across: function words, months and weekdays, with a capital. */
function breaksName(word: string): boolean {
  if (!isCapitalised(word) || isInitial(word)) return false
  const lower = word.toLowerCase().replace(/\.$/, '')
  return FUNCTION_WORDS.has(lower) || monthNumber.has(lower) || monthNumber.has(`${lower}.`) || WEEKDAYS.has(lower)
}

/** Whether a lower-case word may continue a name: a particle, or an article after one. */
function joins(pending: Token[], word: string, particles: ReadonlySet<string>): boolean {
  if (!pending.length) return particles.has(word)
  return pending.length === 1 && SECOND_PARTICLES.has(word) && particles.has(pending[0].text)
}

const isTitleWord = (w: string) => TITLE_WORDS.has(w.replace(/\.$/, ''))

/** The name sequences of a text written in `language` (which decides the particles: German `des` is an article). */
export function nameSequences(text: string, language = 'en'): NameSequence[] {
  const particles = particlesOf(language)
  const out: NameSequence[] = []
  for (let run of runs(text, tokens(text), particles)) {
    // function words do not start a name: "The Jacobins" → "Jacobins"; titles and ranks are the
    // title before it: "Monsieur le Président Butler"
    let titled: Token | undefined
    for (;;) {
      const w = run[0]?.text
      if (w === undefined) break
      if (isTitleWord(w)) titled ??= run[0]
      else if (!breaksName(w) && !particles.has(w)) break
      run = run.slice(1)
    }
    // nor does a name end with initials, a particle or a title (`Hochverehrter Herr Professor`)
    while (run.length && (isInitial(run[run.length - 1].text) || !isCapitalised(run[run.length - 1].text) || isTitleWord(run[run.length - 1].text))) run = run.slice(0, -1)
    if (!run.length) continue
    const first = run[0]
    const last = run[run.length - 1]
    // an elided article or preposition is not the name's (`l'Allemagne`, `d'Angleterre`)
    const elided = /^[dl]['’](?=\p{Lu})/u.exec(first.text)?.[0].length ?? 0
    const index = first.index + elided
    const length = last.index + last.text.length - index
    // only the words just before matter (and a long note would make every look slow)
    const from = Math.max(0, (titled?.index ?? index) - 60)
    const before = TITLE_BEFORE.exec(text.slice(from, titled?.index ?? index))
    const titleIndex = before ? from + before.index + before[1].length : titled?.index
    const words = run.filter((t) => isCapitalised(t.text) && !isInitial(t.text) && !isSaint(t.text) && t.text.length > 1).map((t) => t.text)
    if (!words.length) continue
    out.push({
      index, length, text: text.slice(index, index + length),
      words,
      initials: run.filter((t) => isInitial(t.text)).length,
      sentenceStart: startsSentence(text.slice(Math.max(0, (titleIndex ?? index) - 60), titleIndex ?? index), (titleIndex ?? index) <= 60),
      ...(titleIndex === undefined ? {} : { title: text.slice(titleIndex, index).trim(), titleIndex }),
    })
  }
  return out
}

const ABBREVIATION_BEFORE = new RegExp(`(?<![\\p{L}])(?:${[...ALL_TITLES, 'St', 'S', 'Messrs'].join('|')})\\.\\s*$`, 'u')

/** Whether what comes after `before` starts a sentence: nothing before, or a full stop that is not a title's. */
function startsSentence(before: string, fromStart: boolean): boolean {
  if (!before.trim()) return fromStart
  if (ABBREVIATION_BEFORE.test(before)) return false
  return /[.!?:;"“”(—–]\s*$/.test(before)
}
