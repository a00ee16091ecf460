/**
 * A document's search record: what the index needs of it (xslt/search/search-record.xsl gives
 * the facts and the text; here the text becomes terms with their counts). Made once, when the
 * document is built, and kept with it in the build cache, so a changed document re-indexes
 * only itself; the index is then assembled from the records (index-writer.ts).
 */
import type { Diagnostic } from '../../core/diagnostic.js'
import { stemmersFor } from './stemmers.js'
import { termFrequencies, wordsOf } from './terms.js'
import { searchText } from './search-text.js'

/** [key, name]: a register entry's id (or a correspondent's key) and the name shown for it. */
export type FacetValue = [string, string]

export interface SearchRecord {
  /** the document's page in the site */
  page: string
  lang: string
  /** letter, article, journal, … (the body's first division type), or text */
  type: string
  title: string
  /** ISO date the document is dated by (its letter's sending, else its source's), or '' */
  date: string
  person: FacetValue[]
  place: FacetValue[]
  org: FacetValue[]
  sender: FacetValue[]
  addressee: FacetValue[]
  /** number of words */
  length: number
  /** "term count term count …", terms in the order they first occur */
  terms: string
}

type RecordFacts = Omit<SearchRecord, 'page' | 'length' | 'terms'>

// the terms of words already met, per language, for this thread; emptied now and then, so it stays small
const seen = new Map<string, Map<string, string[]>>()
function seenWords(lang: string): Map<string, string[]> {
  let words = seen.get(lang)
  if (!words || words.size > 100_000) seen.set(lang, (words = new Map()))
  return words
}

const pairs = (x: unknown): FacetValue[] => (Array.isArray(x) ? x.filter((p): p is FacetValue => Array.isArray(p) && p.length === 2).map(([k, n]) => [String(k), String(n)]) : [])

/** The record of a document from its facts (the stylesheet's JSON) and its TEI (for the text: its title and `<text>`). */
export function searchRecord(page: string, json: string, teiXml: string, file: string): { record?: SearchRecord; diagnostics: Diagnostic[] } {
  let facts: RecordFacts
  try {
    facts = JSON.parse(json) as RecordFacts
  } catch {
    return { diagnostics: [{ code: 'render-failed', severity: 'error', stage: 'render', file, line: 1, column: 1, message: 'the search record of the document could not be read (a bug in xslt/search/search-record.xsl)' }] }
  }
  const lang = String(facts.lang ?? '')
  const text = `${String(facts.title ?? '')} ${searchText(teiXml)}`
  const counts = termFrequencies(text, lang, stemmersFor([lang]), seenWords(lang))
  const record: SearchRecord = {
    page, lang, type: String(facts.type ?? 'text'), title: String(facts.title ?? ''), date: String(facts.date ?? ''),
    person: pairs(facts.person), place: pairs(facts.place), org: pairs(facts.org), sender: pairs(facts.sender), addressee: pairs(facts.addressee),
    length: wordsOf(text).length,
    terms: [...counts].map(([t, n]) => `${t} ${n}`).join(' '),
  }
  return { record, diagnostics: [] }
}
