/**
 * The document's language, when the source does not declare it: from the frequencies of the
 * commonest function words of each language (articles, pronouns, prepositions, conjunctions,
 * auxiliaries), which make up a large share of any running text and differ between languages.
 * A word listed for several languages counts for each a share (1/n). The detector decides only
 * with enough evidence and a clear lead; otherwise the edition's language (or English) stands.
 * Only the body is read: a title block, page furniture or editorial notes in another language
 * do not sway it.
 */
import { report, type ImportPass } from '../draft.js'

const FUNCTION_WORDS: Record<string, string> = {
  en: 'the of and to in is was that it for with as his her he she you my i have had not be this but by at from which are were we they will would been all me your our very an upon shall',
  de: 'der die das und ich nicht ist zu den mit sich des auf für von dem ein eine einen einem auch es an als wie so sie mir mich mein meine wir war hat haben aber noch nach bei wenn daß dass nur um oder werden wird doch schon ihr ihre ihnen sind bin uns habe',
  fr: 'le la les de des et à un une est que qui dans pour pas ne je vous il elle nous au aux du sur avec mais ce cette mon ma mes votre vos sont été ai en par plus se sa son ses leur comme très y',
  it: 'il di che e la le per un una non è sono del della con mi ti si ma come anche questo gli nel alla ho ha io lei lo',
  es: 'el la de que y en los las del se por con no una su para es al lo como más pero sus le ya muy yo mi usted',
  nl: 'de het een en van ik te dat die in is niet op zijn met voor maar hij ze wij ook aan er als bij dan nog naar was heb mijn',
  la: 'et in est non ad cum quod qui quae sed ut ex de per si nec enim autem esse atque quam sunt etiam vel hoc eius ab tamen',
}

/** Each word's weight per language: 1 / the number of languages that list it. */
const WEIGHTS: Map<string, Map<string, number>> = (() => {
  const byWord = new Map<string, string[]>()
  for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
    for (const w of new Set(words.split(' '))) byWord.set(w, [...(byWord.get(w) ?? []), lang])
  }
  const out = new Map<string, Map<string, number>>()
  for (const [w, langs] of byWord) out.set(w, new Map(langs.map((l) => [l, 1 / langs.length])))
  return out
})()

export interface LanguageGuess {
  language: string
  /** The leader's score and the runner-up's (weighted function-word hits). */
  score: number
  second: number
  words: number
}

/** The language whose function words the text uses most; undefined when the evidence is thin or split. */
export function detectLanguage(text: string): LanguageGuess | undefined {
  const scores = new Map<string, number>()
  let words = 0
  for (const m of text.toLowerCase().matchAll(/\p{L}+(?:['’]\p{L}+)?/gu)) {
    words++
    // "l'homme", "j'ai", "qu'il": the elided article or pronoun counts as a French function word
    const token = /^(?:l|d|j|qu|n|s|c|m)['’]/.test(m[0]) ? 'le' : m[0]
    for (const [lang, weight] of WEIGHTS.get(token) ?? []) scores.set(lang, (scores.get(lang) ?? 0) + weight)
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  const [first, second] = ranked
  if (!first) return undefined
  const guess = { language: first[0], score: first[1], second: second?.[1] ?? 0, words }
  // at least a handful of hits, a tenth of the words, and a clear lead
  return guess.score >= 4 && guess.score >= 0.1 * words && guess.score >= 1.5 * guess.second ? guess : undefined
}

export const language: ImportPass = {
  name: 'structure/language',
  run(draft) {
    if (draft.options.language) return
    const text = draft.body.map((b) => b.block.lines.map((l) => l.text).join('\n')).join('\n\n')
    const guess = detectLanguage(text)
    if (!guess) return
    // the edition's language stands unless the text clearly reads otherwise
    const fallback = draft.language
    if (guess.language === fallback) return
    draft.language = guess.language
    draft.inline.language = guess.language
    const offset = draft.body[0]?.block.lines[0].start ?? 0
    report(draft, 'language-detected', 'info', `the text reads as "${guess.language}" (function words: ${guess.score.toFixed(0)} of ${guess.words} words, next best ${guess.second.toFixed(0)}), not "${fallback}": xml:lang="${guess.language}"; set "language" of the source in edition.json to override`, offset)
  },
}
