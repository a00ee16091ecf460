// The search index the build writes into the site (src/render/search/): each document's record,
// made with its digest (xslt/search/search-record.xsl), and the index assembled from the records.
import { beforeAll, describe, expect, test } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { digestDocument } from '../../src/render/html/index.js'
import type { PageSink } from '../../src/render/html/edition-pages.js'
import { SearchIndexWriter, shardCount } from '../../src/render/search/index-writer.js'
import type { SearchRecord } from '../../src/render/search/record.js'
import { decodeNumbers, shardOf, termsOf } from '../../src/render/search/terms.js'
import { stemmersFor } from '../../src/render/search/stemmers.js'
import { compileStylesheets, fixtureEdition } from './render-fixtures.js'

const dir = join(process.cwd(), 'test', 'fixtures', 'render-html', 'search')
const ids = ['letter-a', 'letter-b', 'letter-c', 'notes']
const records = () => ids.map((id) => digestDocument(id, readFileSync(join(dir, `${id}.xml`), 'utf8'), fixtureEdition).search!)

/** Writes an index in memory: path → text. */
function writeIndex(rs: SearchRecord[]): Map<string, string> {
  const files = new Map<string, string>()
  const sink: PageSink = { open(path) { const parts: string[] = []; return { write: (t) => parts.push(t), close: () => files.set(path, parts.join('')) } } }
  const writer = new SearchIndexWriter(sink)
  for (const r of rs) writer.add(r)
  writer.finish()
  return files
}

/** The documents (by number) a term is in, with its counts, read back from the written shard. */
function postingsOf(files: Map<string, string>, term: string): [number, number][] {
  const meta = JSON.parse(files.get('search/meta.json')!) as { shards: number }
  const shard = JSON.parse(files.get(`search/t/${shardOf(term, meta.shards)}.json`)!) as Record<string, string>
  const numbers = decodeNumbers(shard[term] ?? '')
  const out: [number, number][] = []
  for (let i = 0, doc = -1; i + 1 < numbers.length; i += 2) out.push([(doc += numbers[i]), numbers[i + 1]])
  return out
}

beforeAll(() => compileStylesheets())

describe('a document\'s search record', () => {
  test('holds its language, type, date, named entries, correspondents and terms with counts', () => {
    const [a, b, c, notes] = records()
    expect(a).toMatchObject({ page: 'letter-a.html', lang: 'en', type: 'letter', title: 'Clara Vogt to Tomas Rieder, from the lake', date: '1887-04-02' })
    expect(a.person).toEqual([['rieder', 'Tomas Rieder'], ['mueller', 'Anton Müller'], ['vogt', 'Clara Vogt']])
    expect(a.place).toEqual([['zuerich', 'Zürich']])
    expect(a.sender).toEqual([['ref:vogt', 'Clara Vogt']])
    expect(a.addressee).toEqual([['ref:rieder', 'Tomas Rieder']])
    expect(c.addressee).toEqual([['name:Ida Lenz', 'Ida Lenz']])
    expect(b.lang).toBe('de')
    expect(notes).toMatchObject({ type: 'essay', date: '', sender: [], addressee: [] })
    // the title, the text and the notes are indexed; "steamers" under its stem
    const counts = new Map(a.terms.match(/\S+ \d+/g)!.map((p) => p.split(' ') as [string, string]))
    expect(counts.get('steamer')).toBe('1')
    expect(counts.get('almanac')).toBe('2')
    expect(counts.get('zurich')).toBe('1')
  })
})

describe('the search index', () => {
  test('lists every document with its facets, and finds each word where it is', () => {
    const files = writeIndex(records())
    const meta = JSON.parse(files.get('search/meta.json')!)
    expect(meta).toMatchObject({ format: 1, documents: 4, shards: 1, languages: ['en', 'de'], types: ['letter', 'essay'] })
    expect(meta.facets.sender).toEqual([['ref:vogt', 'Clara Vogt'], ['ref:rieder', 'Tomas Rieder']])
    const docs = JSON.parse(files.get('search/docs.json')!)
    expect(docs.map((d: unknown[]) => d[0])).toEqual(ids.map((id) => `${id}.html`))
    expect(docs[2].slice(1, 3)).toEqual(['Clara Vogt to Ida Lenz', '1890-06'])
    const stem = (w: string, lang = 'en') => termsOf(w, lang, stemmersFor([lang]))[0]
    expect(postingsOf(files, stem('almanac'))).toEqual([[0, 2], [2, 1], [3, 2]])
    // Zürich (English letter a), Zurich (letter c); the German letter's Müller also as "Mueller"
    expect(postingsOf(files, stem('Zurich')).map(([d]) => d)).toEqual([0, 2])
    expect(postingsOf(files, stem('Mueller', 'de')).map(([d]) => d)).toEqual([1])
    expect(files.get('assets/search-terms.js')).toContain('export function termsOf')
    expect(files.has('assets/stem-en.js') && files.has('assets/stem-de.js') && files.has('assets/stem-LICENSE.md')).toBe(true)
  })

  test('is the same bytes for the same records, and a changed record changes only its own postings', () => {
    const before = writeIndex(records())
    expect(writeIndex(records())).toEqual(before)
    const changed = records()
    changed[1] = { ...changed[1], terms: `${changed[1].terms} kometen 3` }
    const after = writeIndex(changed)
    expect(postingsOf(after, 'kometen')).toEqual([[1, 3]])
    expect(after.get('search/docs.json')).toBe(before.get('search/docs.json'))
  })

  test('has more shards as the edition grows, about 24 KB each, never more than 4096', () => {
    expect(shardCount(0)).toBe(1)
    expect(shardCount(100_000)).toBe(16)
    expect(shardCount(1_500_000)).toBe(256)
    expect(shardCount(1e9)).toBe(4096)
  })
})
