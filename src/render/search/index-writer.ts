/**
 * The edition's search index, written into the site as static files (search/), assembled from
 * the documents' records (record.ts) read one at a time, in memory that does not grow with the
 * edition: the postings go to a temporary file (posting-spill.ts) and come back shard by shard.
 *
 *   search/meta.json     format, number of documents, shards, languages, mean length, and the
 *                        facets' values ([key, name], in order of first appearance)
 *   search/docs.json     one row per document: page, title, date, type, language, length, and
 *                        the numbers of its facet values (persons, places, organisations,
 *                        senders, addressees)
 *   search/t/<n>.json    shard n: term → its postings (document-number gaps and counts,
 *                        terms.ts encodeNumbers); a term is in shard shardOf(term, shards)
 *
 * The browser (assets/search-app.js) loads meta and docs, then only the shards of the words
 * searched for. Snippets come from the document pages themselves, so the index holds no text.
 */
import type { PageSink } from '../html/edition-pages.js'
import { BUCKETS, PostingSpill } from './posting-spill.js'
import type { FacetValue, SearchRecord } from './record.js'
import { encodeNumbers } from './terms.js'
import { searchScripts } from './scripts.js'

export const SEARCH_FORMAT = 1
const FACETS = ['person', 'place', 'org', 'sender', 'addressee'] as const
/** The size a shard is aimed at: small enough to load at once, large enough to keep files few. */
const SHARD_BYTES = 24 * 1024

/** Values of one facet by key, numbered in order of first appearance. */
class Dictionary {
  private readonly numbers = new Map<string, number>()
  readonly values: FacetValue[] = []
  number(key: string, name: string): number {
    let n = this.numbers.get(key)
    if (n === undefined) {
      n = this.values.length
      this.numbers.set(key, n)
      this.values.push([key, name])
    }
    return n
  }
}

const byCodepoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** The number of shards for this many postings: a power of two, about SHARD_BYTES each. */
export function shardCount(postings: number): number {
  const wanted = Math.ceil((postings * 2.2) / SHARD_BYTES)
  let s = 1
  while (s < wanted && s < BUCKETS) s *= 2
  return s
}

export class SearchIndexWriter {
  private readonly spill = new PostingSpill()
  private readonly dictionaries = Object.fromEntries(FACETS.map((f) => [f, new Dictionary()])) as Record<(typeof FACETS)[number], Dictionary>
  private readonly types = new Dictionary()
  private readonly languages = new Dictionary()
  private documents = 0
  private totalLength = 0
  private readonly docs: { write(text: string): void; close(): void }

  constructor(private readonly sink: PageSink) {
    this.docs = sink.open('search/docs.json')
    this.docs.write('[')
  }

  /** Adds the next document (in edition order). */
  add(r: SearchRecord): void {
    const n = this.documents++
    this.totalLength += r.length
    const facets = FACETS.map((f) => r[f].map(([key, name]) => this.dictionaries[f].number(key, name)))
    const row = [r.page, r.title, r.date, this.types.number(r.type, r.type), this.languages.number(r.lang, r.lang), r.length, ...facets]
    this.docs.write(`${n ? ',\n' : '\n'}${JSON.stringify(row)}`)
    const t = r.terms ? r.terms.split(' ') : []
    for (let i = 0; i + 1 < t.length; i += 2) this.spill.add(t[i], n, Number(t[i + 1]))
  }

  /** Writes the shards and the meta file, and removes the temporary file. */
  finish(): { documents: number; shards: number } {
    try {
      this.docs.write('\n]\n')
      this.docs.close()
      const shards = shardCount(this.spill.postings)
      for (let s = 0; s < shards; s++) this.writeShard(s, shards)
      const meta = {
        format: SEARCH_FORMAT, documents: this.documents, shards,
        averageLength: this.documents ? +(this.totalLength / this.documents).toFixed(2) : 0,
        languages: this.languages.values.map(([k]) => k), types: this.types.values.map(([k]) => k),
        facets: Object.fromEntries(FACETS.map((f) => [f, this.dictionaries[f].values])),
      }
      const out = this.sink.open('search/meta.json')
      out.write(`${JSON.stringify(meta)}\n`)
      out.close()
      for (const [path, text] of searchScripts(meta.languages)) {
        const script = this.sink.open(path)
        script.write(text)
        script.close()
      }
      return { documents: this.documents, shards }
    } finally {
      this.spill.dispose()
    }
  }

  private writeShard(s: number, shards: number): void {
    const postings = this.spill.shard(s, shards)
    const out = this.sink.open(`search/t/${s}.json`)
    out.write('{')
    let first = true
    for (const term of [...postings.keys()].sort(byCodepoint)) {
      const { docs, counts } = postings.get(term)!
      const numbers: number[] = []
      docs.forEach((d, i) => numbers.push(d - (i ? docs[i - 1] : -1), counts[i]))
      out.write(`${first ? '' : ','}\n${JSON.stringify(term)}:"${encodeNumbers(numbers)}"`)
      first = false
    }
    out.write('\n}\n')
    out.close()
  }

  /** Drops everything (on error). */
  dispose(): void {
    this.spill.dispose()
  }
}
