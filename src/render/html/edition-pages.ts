/**
 * The edition pages (home, persons, places, organisations, chronology, about) for an edition of
 * any size, in memory that does not grow with it. Each document's digest is turned into the rows
 * the pages list for it (xslt/tei-to-site.xsl, part "rows": a table row, its dates, the
 * occurrences of each register entry), once, when the document is built, and the rows are kept
 * with the document. Making the pages then needs no transform over the corpus: the rows are
 * spilled to a temporary file and only their places are kept; the pages are made with a slot where
 * each list goes (part "pages") and written out piece by piece, each slot filled from the spill
 * file in edition order, or sorted by its rows' keys as xsl:sort would (codepoint order, stable).
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Diagnostic } from '../../core/diagnostic.js'
import { transformXml } from '../saxon.js'
import { SearchIndexWriter } from '../search/index-writer.js'
import type { SearchRecord } from '../search/record.js'

/** What the edition pages need of one document: its rows (siteRows), the register entries it carries, its search record. */
export interface DocumentRows { rows: string; entries: Iterable<[string, string]>; search?: SearchRecord }
/** Where the pages go: one writer per page, written in pieces. */
export interface PageSink { open(path: string): { write(text: string): void; close(): void } }

const SITE_NS = 'xmlns:lx="urn:lectio" xmlns="http://www.tei-c.org/ns/1.0"'
const ROW = /<!--lx:row ([^|>]*)(?:\|([^>]*))?-->/g
const SLOT = /<!--lx:slot ([^>]*)-->/g
/** The slots whose rows are listed once however many documents give them. */
const DISTINCT_SLOTS = new Set(['decl'])

const decodeName = (s: string) => s.split(' ').map(decodeURIComponent).join(' ')

/** Codepoint order, as XPath's default collation compares strings (UTF-16 order differs above U+FFFF). */
function compareCodepoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!
    const y = b.codePointAt(i)!
    if (x !== y) return x - y
    if (x > 0xffff) i++
  }
  return a.length - b.length
}

interface Slot { starts: number[]; lengths: number[]; keys?: string[] }

/** Rows kept in a temporary file; only where each is (and its sort key) stays in memory. */
class RowSpill {
  private readonly dir = mkdtempSync(join(tmpdir(), 'lectio-site-'))
  private readonly fd = openSync(join(this.dir, 'rows.html'), 'w+')
  private size = 0
  readonly slots = new Map<string, Slot>()
  private readonly seen = new Map<string, Set<string>>()

  add(slotName: string, html: string, sortKey?: string): void {
    if (DISTINCT_SLOTS.has(slotName)) {
      const seen = this.seen.get(slotName) ?? new Set<string>()
      this.seen.set(slotName, seen)
      if (seen.has(html)) return
      seen.add(html)
    }
    let slot = this.slots.get(slotName)
    if (!slot) this.slots.set(slotName, (slot = { starts: [], lengths: [], ...(sortKey === undefined ? {} : { keys: [] }) }))
    const bytes = Buffer.from(html, 'utf8')
    writeSync(this.fd, bytes, 0, bytes.length, this.size)
    slot.starts.push(this.size)
    slot.lengths.push(bytes.length)
    slot.keys?.push(sortKey ?? '')
    this.size += bytes.length
  }

  /** How many rows a slot has. */
  count(slotName: string): number {
    return this.slots.get(slotName)?.starts.length ?? 0
  }

  /** The rows of a slot, in order, read back one at a time. */
  *rows(slotName: string): Generator<string> {
    const slot = this.slots.get(slotName)
    if (!slot) return
    let order = slot.starts.map((_, i) => i)
    const keys = slot.keys
    if (keys) order = order.sort((i, j) => compareCodepoints(keys[i], keys[j]) || i - j)
    for (const i of order) {
      const buffer = Buffer.alloc(slot.lengths[i])
      readSync(this.fd, buffer, 0, buffer.length, slot.starts[i])
      yield buffer.toString('utf8')
    }
  }

  dispose(): void {
    closeSync(this.fd)
    rmSync(this.dir, { recursive: true, force: true })
  }
}

/** The rows the edition pages list for one document, from its digest (xslt/tei-to-digest.xsl). */
export function siteRows(digest: string, file: string): { rows: string; diagnostics: Diagnostic[] } {
  const r = transformXml('tei-to-site', `<lx:site ${SITE_NS}>${digest}</lx:site>`, file, { part: 'rows' })
  return { rows: r.output, diagnostics: r.diagnostics }
}

/** Splits rows at their row comments into the spill. */
function spillRows(html: string, spill: RowSpill): void {
  const marks = [...html.matchAll(ROW)]
  marks.forEach((m, k) => {
    const end = k + 1 < marks.length ? marks[k + 1].index : html.length
    const row = html.slice(m.index + m[0].length, end)
    spill.add(decodeName(m[1]), row, m[2] === undefined ? undefined : decodeName(m[2]))
  })
}

/**
 * What the correspondence page and the timeline must know before their lists are filled in
 * (xslt/html/browse.xsl): each correspondent with the number of letters from and to them, each
 * month with its number of documents, the number of undated documents. Slot order is the
 * documents' order, so the lines are sorted, for the same pages whatever order the rows came in.
 */
function browseParams(spill: RowSpill): { correspondents: string; months: string; undated: number } {
  const letters = new Map<string, [number, number]>()
  const months: string[] = []
  for (const name of spill.slots.keys()) {
    const m = /^(from|to) (.+)$/.exec(name)
    if (m) {
      const counts = letters.get(m[2]) ?? [0, 0]
      counts[m[1] === 'from' ? 0 : 1] = spill.count(name)
      letters.set(m[2], counts)
    } else if (name.startsWith('month ')) months.push(`${name.slice('month '.length)}\t${spill.count(name)}`)
  }
  const correspondents = [...letters].map(([key, [from, to]]) => `${key}\t${from}\t${to}`)
  return { correspondents: correspondents.sort(compareCodepoints).join('\n'), months: months.sort(compareCodepoints).join('\n'), undated: spill.count('undated') }
}

/** Writes one page, each slot comment replaced by its rows. */
function writePage(sink: PageSink, path: string, html: string, spill: RowSpill): void {
  const out = sink.open(path)
  let at = 0
  for (const m of html.matchAll(SLOT)) {
    out.write(html.slice(at, m.index))
    for (const row of spill.rows(decodeName(m[1]))) out.write(row)
    at = m.index + m[0].length
  }
  out.write(html.slice(at))
  out.close()
}

/**
 * Writes the edition pages for the published documents (in edition order; read one at a time, so
 * they may come from disk). A register entry carried by several documents is shown once (the
 * first copy). `params` are the stylesheet parameters (edition title, editors…).
 */
export function writeEditionPages(documents: Iterable<DocumentRows>, params: Record<string, unknown>, sink: PageSink): Diagnostic[] {
  const entries = new Map<string, string>()
  const spill = new RowSpill()
  // the search index, from the same pass over the documents (none when the edition has no search)
  const search = params.search === false ? undefined : new SearchIndexWriter(sink)
  try {
    for (const d of documents) {
      spillRows(d.rows, spill)
      for (const [id, xml] of d.entries) if (!entries.has(id)) entries.set(id, xml)
      if (d.search) search?.add(d.search)
    }
    search?.finish()
    const named = [...spill.slots.keys()].filter((k) => k.startsWith('mention ')).map((k) => k.slice('mention '.length))
    const site = `<lx:site ${SITE_NS}><lx:entries>${[...entries.values()].join('')}</lx:entries></lx:site>`
    const r = transformXml('tei-to-site', site, 'edition', { ...params, part: 'pages', 'has-dated': spill.slots.has('dated'), named: named.join('\n'), ...browseParams(spill) })
    writePage(sink, 'index.html', r.output, spill)
    for (const [path, html] of [...r.documents].sort(([a], [b]) => (a < b ? -1 : 1))) writePage(sink, path, html, spill)
    return r.diagnostics
  } finally {
    spill.dispose()
    search?.dispose()
  }
}
