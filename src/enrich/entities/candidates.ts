/**
 * Names that are not in the registers, for the editor: runs of capitalised words (with particles
 * and initials) that are not common words of the text, each with its kind and the evidence for it
 * (a title before it, a preposition of place, a dateline …), counted over the document. They are
 * reported (`name-candidate`, `lectio suggest`, the draft register), never tagged: accepting the
 * draft register and rebuilding tags them.
 *
 * A capitalised word is no name when the text also writes it in lower case (`Spice`, `spice`), when
 * it is a function word, a month, a weekday, a title or a rank alone, an adjective of a people
 * (`Russian`), or, in German, where every noun has a capital, when it follows a determiner or has a
 * noun's ending (`die Freundschaft`). A single word at the start of a sentence, or in German
 * without other evidence, is no candidate.
 */
import type { TeiDocument } from '../../core/document.js'
import type { Diagnostic } from '../../core/diagnostic.js'
import { rootElement, textContent, type TeiNode } from '../../core/tree.js'
import { locateMatch } from '../locate-match.js'
import { MONTH_PATTERN, monthNumber } from '../../core/month-names.js'
import { textNodes, type TextVisit } from '../wrap-matches.js'
import { nameSequences, type NameSequence } from './name-sequences.js'
import { mentionEvidence, weighEvidence, type Evidence, type Kind } from './candidate-evidence.js'
import { conventionsFor, NOBLE_TITLE } from './name-conventions.js'
import { languageOf } from './tag-names.js'
import { FUNCTION_WORDS, FUNCTION_WORDS_BY_LANGUAGE, PERIODICAL_WORDS, WEEKDAYS, WORDS_OF_FAITH, GERMAN_DETERMINERS, GERMAN_NOUN_ENDING, PLACE_NOUNS_AFTER, PLACE_NOUNS_BEFORE } from './name-words.js'

export interface Candidate { kind: 'person' | 'place' | 'org' | 'unknown'; text: string; count: number; lines: number[]; tagged: boolean; evidence: string }

// adjectives and demonyms, singular or plural ("Russian", "Americans", "English"), are not names
const ADJECTIVAL = /(?:ians?|eans?|ese|ish|ic|ists?|ism|ans?|ied|ies|isch|ische[nmrs]?|ais|aise|aises|ois|oise|oises)$/

interface Mention { seq: NameSequence; text: string; index: number; visit: TextVisit; language: string; germanNoun: boolean; evidence: Evidence[] }

type Language = keyof typeof FUNCTION_WORDS_BY_LANGUAGE
const LANGUAGES = Object.keys(FUNCTION_WORDS_BY_LANGUAGE) as Language[]

/** The language whose function words a passage uses most (clearly), if any. */
function voteLanguage(text: string, least: number): Language | undefined {
  const votes: Record<string, number> = {}
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) for (const l of LANGUAGES) if (FUNCTION_WORDS_BY_LANGUAGE[l].has(w)) votes[l] = (votes[l] ?? 0) + 1
  const [best, second] = [...LANGUAGES].sort((a, b) => (votes[b] ?? 0) - (votes[a] ?? 0))
  return (votes[best] ?? 0) >= least && (votes[best] ?? 0) > (votes[second] ?? 0) ? best : undefined
}

/** The sentences of a text (a full stop after a word of three lower-case letters or more). */
function sentenceSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  let start = 0
  for (const m of text.matchAll(/(?<=\p{Ll}{3}[.!?])\s+/gu)) {
    out.push({ start, end: m.index })
    start = m.index
  }
  out.push({ start, end: text.length })
  return out
}

/**
 * The name sequences of a text, each read in the language of its sentence (the notes of an
 * edition often give each sentence in another language).
 */
function sequencesByLanguage(text: string, fallback: string): { seq: NameSequence; language: string }[] {
  return sentenceSpans(text).flatMap(({ start, end }) => {
    const sentence = text.slice(start, end)
    const language = voteLanguage(sentence, 2) ?? fallback
    return nameSequences(sentence, language).map((seq) => ({ seq: shift(seq, start), language }))
  })
}

/** A sequence found in a part of a text, placed in the whole text. */
function shift(seq: NameSequence, by: number): NameSequence {
  return by ? { ...seq, index: seq.index + by, ...(seq.titleIndex === undefined ? {} : { titleIndex: seq.titleIndex + by }) } : seq
}

/** The words the document writes in lower case: a capitalised one of them is a common word. */
function lowerCaseVocabulary(visits: readonly TextVisit[]): Set<string> {
  const out = new Set<string>()
  for (const v of visits) for (const w of v.node.value.match(/(?<![\p{L}'’-])\p{Ll}[\p{L}\p{M}]*/gu) ?? []) out.add(w)
  return out
}

function isCommonWord(word: string, vocabulary: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase()
  return vocabulary.has(lower) || FUNCTION_WORDS.has(lower) || monthNumber.has(lower) || WEEKDAYS.has(lower)
}

/** Every possible name of the document, with its evidence. */
function mentions(doc: TeiDocument, visits: readonly TextVisit[]): Mention[] {
  // the language the text itself shows, else the one it is declared in
  const declared = languageOf([rootElement(doc.tree)], 'en') ?? 'en'
  const documentLanguage = voteLanguage(visits.map((v) => v.node.value).join(' '), 20) ?? declared
  return visits.flatMap((visit) => nodeMentions(visit, documentLanguage))
}

function nodeMentions(visit: TextVisit, documentLanguage: string): Mention[] {
  const text = visit.node.value
  const listed = listedWith(visit)
  const out: Mention[] = []
  for (const { seq, language } of sequencesByLanguage(text, documentLanguage)) {
    const before = text.slice(Math.max(0, (seq.titleIndex ?? seq.index) - 30), seq.titleIndex ?? seq.index)
    const evidence = mentionEvidence(seq, before, visit.ancestors.map((a) => a.name), language)
    // "at Haugen's hall": the possessive names an owner, not the place
    if (/^['’]s(?!\p{L})/u.test(text.slice(seq.index + seq.length))) {
      const i = evidence.findIndex((e) => e.kind === 'place' && e.why.startsWith('after'))
      if (i >= 0) evidence.splice(i, 1)
      evidence.push({ kind: 'person', weight: 1, why: 'with a possessive' })
    }
    const neighbour = seq.index === listed.first?.at ? listed.first : seq.index + seq.length === listed.last?.at ? listed.last : undefined
    if (neighbour) evidence.push({ kind: neighbour.kind, weight: 2, why: `listed with a ${neighbour.kind}` })
    if (BEFORE_DATE.test(text.slice(seq.index + seq.length, seq.index + seq.length + 20))) evidence.push({ kind: 'place', weight: 3, why: 'before a date' })
    if (endsAddress(visit, text.slice(seq.index + seq.length))) evidence.push({ kind: 'place', weight: 3, why: 'ending an address' })
    const span = placeSpan(text, seq, evidence) ?? titledSpan(seq, conventionsFor(language).titlesInside)
    out.push({ seq, text: text.slice(span.index, span.end).replace(/\s+/g, ' '), index: span.index, visit, language, germanNoun: language === 'de' && isGermanNoun(seq, before), evidence })
  }
  spreadOverLists(out, text)
  return out
}

/** In a list of names (`Bergen, Alta and Vardø`), what one is listed with goes for the others. */
function spreadOverLists(ms: Mention[], text: string): void {
  const listed = (m: Mention) => m.evidence.find((e) => e.why.startsWith('listed with'))
  const inList = (a: Mention, b: Mention) => LIST_GAP.test(text.slice(a.seq.index + a.seq.length, b.seq.index))
  for (const order of [ms, [...ms].reverse()]) {
    for (let i = 1; i < order.length; i++) {
      const from = listed(order[i - 1])
      const [a, b] = order === ms ? [order[i - 1], order[i]] : [order[i], order[i - 1]]
      if (from && !listed(order[i]) && inList(a, b)) order[i].evidence.push({ ...from })
    }
  }
}

const KIND_OF: Record<string, Kind> = { persName: 'person', placeName: 'place', orgName: 'org' }
const LIST_START = /^(?:\s*,\s*(?:(?:and|und|et|or|oder|ou)\s+)?|\s*&\s*|\s+(?:and|und|et|or|oder|ou)\s+)/u
const LIST_GAP = /^(?:\s*,\s*(?:(?:and|und|et|or|oder|ou)\s+)?|\s*&\s*|\s+(?:and|und|et|or|oder|ou)\s+)$/u
const LIST_END = /(?:\s*,\s*(?:(?:and|und|et|or|oder|ou)\s+)?|\s*&\s*|\s+(?:and|und|et|or|oder|ou)\s+)$/u

/**
 * A name in a list with a tagged name (`Halle, <placeName>Königsberg</placeName>, Breslau`) is
 * likely of the same kind: where the text after a tagged name, or before one, is such a name.
 */
function listedWith(visit: TextVisit): { first?: { at: number; kind: Kind }; last?: { at: number; kind: Kind } } {
  const siblings = visit.parent.children
  const i = siblings.indexOf(visit.node)
  const kindOf = (n: TeiNode | undefined) => (n?.type === 'element' ? KIND_OF[n.name] : undefined)
  const text = visit.node.value
  const out: { first?: { at: number; kind: Kind }; last?: { at: number; kind: Kind } } = {}
  const before = kindOf(siblings[i - 1])
  const start = LIST_START.exec(text)
  if (before && start) out.first = { at: start[0].length, kind: before }
  const after = kindOf(siblings[i + 1])
  const end = LIST_END.exec(text)
  if (after && end) out.last = { at: end.index, kind: after }
  return out
}

/**
 * A name that ends the last line of an address (`Mrs. Hale / Queen Square / Bristol.`,
 * `à Monsieur X, / PORTLAND.`) is the town or country the letter went to.
 */
function endsAddress(visit: TextVisit, after: string): boolean {
  const line = visit.parent
  const address = visit.ancestors[visit.ancestors.length - 2]
  if (line.name !== 'addrLine' || address?.name !== 'address' || !/^[\s.,;]*$/.test(after)) return false
  const lastOf = (e: { children: TeiNode[] }) => [...e.children].reverse().find((c) => c.type === 'element' || c.value.trim() !== '')
  return lastOf(line) === visit.node && lastOf(address) === line
}

/** `Wien, den 3. Mai`, `Paris ce 4 juin`, `Bath, Feby 3d`: a place before the date of a dateline. */
const BEFORE_DATE = new RegExp(`^,?\\s*(?:(?:den|am|le|ce|the)\\s+)?(?:\\d{1,2}(?:st|nd|rd|th|d|ten|er|\\.)?\\s*(?:${MONTH_PATTERN})|(?:${MONTH_PATTERN})\\.?\\s*\\d)`, 'iu')

/** A German noun: after a determiner, or with a noun's ending. */
function isGermanNoun(seq: NameSequence, before: string): boolean {
  // after an article also a phrase of capitals is a noun's (`einem Wiener Arzt`)
  if (GERMAN_DETERMINERS.has(/(\p{L}+)\s+$/u.exec(before)?.[1]?.toLowerCase() ?? '')) return true
  return seq.words.length === 1 && GERMAN_NOUN_ENDING.test(seq.words[0])
}

/** The name, with the title before it where the language's editors put the title inside (a rank of nobility always). */
function titledSpan(seq: NameSequence, titlesInside: boolean): { index: number; end: number } {
  const end = seq.index + seq.length
  // a title of one word or abbreviation (`Dr.`, `Mrs`, `Madame`), not a rank (`le Président`)
  if (seq.title && seq.titleIndex !== undefined && ((titlesInside && !/\s/.test(seq.title)) || NOBLE_TITLE.test(seq.title))) return { index: seq.titleIndex, end }
  return { index: seq.index, end }
}

/**
 * A place named with a lower-case noun of place before or after it (`rue Molitor`, `the church
 * of S. Sabina`, `the Kasr-el-Nil bridge`) takes the noun in, as editors do.
 */
function placeSpan(text: string, seq: NameSequence, evidence: Evidence[]): { index: number; end: number } | undefined {
  const end = seq.index + seq.length
  const after = /^\s+(\p{Ll}+)(?!\p{L})/u.exec(text.slice(end))
  const from = Math.max(0, seq.index - 40)
  const before = /(?<!\p{L})(\p{Ll}+)(?:\s+of(?:\s+the)?)?\s+$/u.exec(text.slice(from, seq.index))
  const nounAfter = after !== null && PLACE_NOUNS_AFTER.has(after[1])
  const nounBefore = before !== null && PLACE_NOUNS_BEFORE.has(before[1])
  if (!nounAfter && !nounBefore) return undefined
  evidence.push({ kind: 'place', weight: 3, why: 'with a noun of place' })
  return { index: nounBefore ? from + before.index : seq.index, end: nounAfter ? end + after[0].length : end }
}

/** German inflections a noun takes (`Freund`, `Freundes`, `Freunden`): compared by the stem. */
const germanStem = (w: string) => w.toLowerCase().replace(/(?:ern|en|er|es|e|n|s)$/, '')

/** The stems of the capitalised words the document writes after a German determiner: nouns. */
function germanNouns(visits: readonly TextVisit[]): Set<string> {
  const out = new Set<string>()
  for (const v of visits) {
    for (const m of v.node.value.matchAll(/(?<!\p{L})(\p{Ll}+)\s+(\p{Lu}\p{Ll}+)/gu)) if (GERMAN_DETERMINERS.has(m[1])) out.add(germanStem(m[2]))
  }
  return out
}

/** Whether a name is more likely a common word of the text than a name. */
function isNoise(m: Mention[], vocabulary: ReadonlySet<string>, nouns: ReadonlySet<string>): boolean {
  const first = m[0].seq
  const strong = m.some((x) => x.evidence.some((e) => e.weight >= 2))
  if (first.words.every((w) => WORDS_OF_FAITH.has(w.toLowerCase().replace(/s$/, '')) || WORDS_OF_FAITH.has(w.toLowerCase()))) return true
  if (PERIODICAL_WORDS.has(first.words[first.words.length - 1].toLowerCase())) return true
  if (m.some((x) => x.germanNoun) && !strong) return true
  if (first.words.every((w) => isCommonWord(w, vocabulary)) && !strong) return true
  if (m.every(inCapitals) && !m.some((x) => x.evidence.length)) return true
  if (first.words.length > 1 || first.initials) return false
  const word = first.words[0]
  const lower = word.toLowerCase()
  if (word.length < 3 || ADJECTIVAL.test(word) || FUNCTION_WORDS.has(lower) || monthNumber.has(lower) || WEEKDAYS.has(lower)) return true
  // German capitalises every noun: one the text writes after an article, or with a noun's ending
  if (m.every((x) => x.language === 'de') && nouns.has(germanStem(word))) return true
  if (m.every((x) => x.seq.sentenceStart) && !strong) return true
  // and a German word alone is a name only with some evidence, or where a sentence in another
  // language (a note's translation) also writes it with a capital
  return m.every((x) => x.language === 'de') && !m.some((x) => x.evidence.length)
}

/** A name in capitals only (`OPEN LETTER`, `NEW-YORK`) is a heading's word unless something says it is a name. */
const inCapitals = (m: Mention) => m.seq.words.every((w) => !/\p{Ll}/u.test(w))

/** The texts of the names already tagged in the document, and their last words. */
function taggedNames(doc: TeiDocument): Set<string> {
  const out = new Set<string>()
  const walk = (n: TeiNode) => {
    if (n.type !== 'element') return
    if (n.name in KIND_OF) {
      const text = textContent(n).replace(/\s+/g, ' ').trim()
      out.add(text).add(text.split(' ').pop()!)
    }
    else n.children.forEach(walk)
  }
  walk(rootElement(doc.tree))
  return out
}

export function findCandidates(doc: TeiDocument): { candidates: Candidate[]; diagnostics: Diagnostic[] } {
  const visits = textNodes(doc.tree).filter(({ ancestors }) => !ancestors.some((a) => a.name === 'docAuthor' || a.name === 'bibl'))
  const vocabulary = lowerCaseVocabulary(visits)
  const nouns = germanNouns(visits)
  const byText = new Map<string, Mention[]>()
  for (const m of mentions(doc, visits)) byText.set(m.text, [...(byText.get(m.text) ?? []), m])
  const candidates: Candidate[] = []
  const diagnostics: Diagnostic[] = []
  const tagged = taggedNames(doc)
  for (const [text, ms] of byText) {
    // a family by its tagged name (`the Pellows`, `les Rivières`) is no new name
    if (isNoise(ms, vocabulary, nouns) || tagged.has(text.replace(/s$/u, '')) || tagged.has(text.replace(/es$/u, ''))) continue
    const { kind, reasons } = weighEvidence(ms.flatMap((m) => m.evidence))
    const points = ms.map((m) => locateMatch(m.visit.node, m.visit.parent, m.index, doc.source))
    const evidence = reasons.length ? reasons.join(', ') : ms[0].seq.words.length > 1 ? 'a sequence of capitalised words' : 'a capitalised word mid-sentence'
    candidates.push({ kind, text, count: ms.length, lines: [...new Set(points.map((p) => p.line))], tagged: false, evidence })
    diagnostics.push({ code: 'name-candidate', severity: kind === 'unknown' ? 'info' : 'warning', stage: 'enrich', file: doc.source.path, line: points[0].line, column: points[0].column, message: `"${text}" looks like a ${kind === 'unknown' ? 'name' : `${kind}'s name`} (${evidence}) but is not in the registers — add it to a register or ignore it` })
  }
  candidates.sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1))
  return { candidates, diagnostics }
}
