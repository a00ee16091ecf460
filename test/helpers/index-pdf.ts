/**
 * Reads a print edition's indexes and pages with poppler (`pdftotext -bbox-layout`), as a
 * proof-reader checks an index, independently of the code that wrote it: each page's words are
 * sorted into the running head (top margin), the page number (bottom margin), the notes (the
 * smaller type of the footnote area) and the text; each index is read column by column into its
 * letter heads, entries ("Cleyre, Voltairine de (1866–1912) 12, 14–16, 17n") and see-references.
 */
import { execFileSync } from 'node:child_process'

export interface PageText { number: number; head: string; text: string; notes: string }
export interface IndexEntry { name: string; life?: string; refs: string[] }
export interface IndexSee { name: string; target: string }
export interface PrintedIndex { letters: string[]; entries: IndexEntry[]; sees: IndexSee[]; items: string[] }

interface Word { text: string; x: number; end: number; y: number; size: number }

const entity = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
// a word box is 1.3045 times the font size high (EB Garamond's ascent + descent)
const sizeOf = (h: number) => Math.round((h / 1.3045) * 4) / 4

function pagesOf(file: string): { width: number; height: number; words: Word[] }[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 })
  return xml.split('<page ').slice(1).map((p) => ({
    width: Number(/width="([\d.]+)"/.exec(p)![1]),
    height: Number(/height="([\d.]+)"/.exec(p)![1]),
    words: [...p.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
      .map((m) => ({ text: entity(m[5]).replace(/\u00a0/g, ' '), x: Number(m[1]), end: Number(m[3]), y: Number(m[2]), size: sizeOf(Number(m[4]) - Number(m[2])) })),
  }))
}

/** Words into lines (their boxes overlap in height), top to bottom, left to right. */
function lines(words: Word[]): Word[][] {
  const out: Word[][] = []
  for (const w of [...words].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const last = out[out.length - 1]
    if (last && w.y - last[0].y < Math.max(3, last[0].size * 0.6)) last.push(w)
    else out.push([w])
  }
  return out.map((l) => l.sort((a, b) => a.x - b.x))
}

/** A line's text: pieces that touch are one word (small capitals come as "H" + "ester"). */
const lineText = (l: Word[]) => l.map((w, i) => (i && w.x - l[i - 1].end > 0.8 ? ' ' : '') + w.text).join('')
/** Lines as text, a word broken at a line's end joined to the next line. */
const join = (ls: Word[][]) => ls.map(lineText).join(' ').replace(/(\p{L})- (\p{Ll})/gu, '$1$2').replace(/\s+/g, ' ').trim()
/** The size of a line's type: its largest word's. */
const lineSize = (l: Word[]) => Math.max(...l.map((w) => w.size))

/** Every page's running head, text and notes (page margins: 22 mm top, 24 mm bottom). */
export function readPages(file: string): PageText[] {
  return pagesOf(file).map((p, i) => {
    const top = 20 * 72 / 25.4
    const bottom = p.height - 20 * 72 / 25.4
    const inside = lines(p.words.filter((w) => w.y >= top && w.y <= bottom))
    return {
      number: i + 1,
      head: join(lines(p.words.filter((w) => w.y < top))),
      text: join(inside.filter((l) => lineSize(l) > 8.75)),
      notes: join(inside.filter((l) => lineSize(l) <= 8.75)),
    }
  })
}

const ENTRY = /^(.*?)(?: \(([^()]*)\))? ((?:\d+(?:–\d+|n)?)(?:, \d+(?:–\d+|n)?)*)$/
const SEE = /^(.*?), (?:see|siehe|voir|vedi|véase|zie) (.*)$/

/** The index titled `title`: its pages up to the next index, read column by column. */
export function readIndex(file: string, title: string): PrintedIndex {
  const all = pagesOf(file)
  const inside = (p: (typeof all)[number]) => p.words.filter((w) => w.y > 20 * 72 / 25.4 && w.y < p.height - 20 * 72 / 25.4)
  const start = all.findIndex((p) => join(lines(inside(p))).startsWith(title))
  if (start < 0) throw new Error(`no "${title}" in ${file}`)
  const index: PrintedIndex = { letters: [], entries: [], sees: [], items: [] }
  for (let i = start; i < all.length; i++) {
    const p = all[i]
    const body = inside(p)
    if (i > start && join(lines(body)).startsWith('Index of')) break
    const columns = [body.filter((w) => w.x < p.width / 2), body.filter((w) => w.x >= p.width / 2)]
    for (const column of columns) {
      const ls = lines(column).filter((l) => !(i === start && join([l]) === title))
      const left = Math.min(...ls.map((l) => l[0].x))
      // an item starts at the column's edge; its lines after the first are indented
      const items: Word[][][] = []
      for (const l of ls) {
        if (l[0].x > left + 4 && items.length) items[items.length - 1].push(l)
        else items.push([l])
      }
      for (const item of items.map(join)) readItem(item, index)
    }
  }
  return index
}

function readItem(item: string, index: PrintedIndex): void {
  index.items.push(item)
  if (/^(\p{Lu}|0–9)$/u.test(item)) { index.letters.push(item); return }
  const see = SEE.exec(item)
  if (see) { index.sees.push({ name: see[1], target: see[2] }); return }
  const entry = ENTRY.exec(item)
  if (!entry) throw new Error(`not an index item: "${item}"`)
  index.entries.push({ name: entry[1], ...(entry[2] ? { life: entry[2] } : {}), refs: entry[3].split(', ') })
}

/** The pages an index reference stands for: "14–16" → 14, 15, 16 (in the text); "17n" → 17 (in a note). */
export function citedPages(refs: readonly string[]): { page: number; note: boolean }[] {
  return refs.flatMap((r) => {
    const range = /^(\d+)–(\d+)$/.exec(r)
    if (range) return Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, k) => ({ page: Number(range[1]) + k, note: false }))
    return [{ page: parseInt(r, 10), note: r.endsWith('n') }]
  })
}

/** Whether a text names any of the forms (word by word, punctuation aside). */
export function names(text: string, forms: readonly string[]): boolean {
  const words = (s: string) => ` ${s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `
  const t = words(text)
  return forms.some((f) => t.includes(words(f)))
}
