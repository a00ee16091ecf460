/**
 * Reads an apparatus PDF with poppler (`pdftotext -bbox-layout`) the way a proof-reader checks
 * one, independently of the script that numbered it: the words of the text are matched, in order,
 * with the base text of the apparatus TEI; each page's lines of text are counted from the top
 * (checked against the margin numbers); and each apparatus entry at the foot of a page is read
 * as "N lemma ] …" and compared with the page and line where its lemma stands.
 */
import { execFileSync } from 'node:child_process'

export interface PdfWord { text: string; x: number; y: number; size: number }
export interface PdfPage { body: PdfWord[][]; margin: { n: number; y: number }[]; foot: string[] }
export interface Entry { page: number; line: number; lemma: string[]; text: string; grouped: boolean }
export interface Keyed { key: 'lemma' | 'before' | 'after'; word: number }

const entity = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
// a word box is 1.3045 times the font size high (EB Garamond's ascent + descent)
const sizeOf = (h: number) => Math.round((h / 1.3045) * 2) / 2

/** Groups words into lines by their top (same line: within 3 pt), top to bottom, left to right. */
function lines(words: PdfWord[]): PdfWord[][] {
  const out: PdfWord[][] = []
  for (const w of [...words].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const last = out[out.length - 1]
    if (last && w.y - last[0].y < 3) last.push(w)
    else out.push([w])
  }
  return out.map((l) => l.sort((a, b) => a.x - b.x))
}

/** The pages: lines of running text (11–12 pt), margin numbers (7.5 pt, left of the text), and the words at the foot (8.5 pt, below the first line of text). */
export function readPdf(file: string): PdfPage[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 })
  return xml.split('<page ').slice(1).map((p) => {
    const words: PdfWord[] = [...p.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)]
      .map((m) => ({ text: entity(m[4]).replace(/\u00a0/g, ' '), x: Number(m[1]), y: Number(m[2]), size: sizeOf(Number(m[3]) - Number(m[2])) }))
    const body = lines(words.filter((w) => w.size >= 10.5 && w.size <= 12.5))
    const left = body.length ? Math.min(...body.map((l) => l[0].x)) : 0
    const top = body.length ? body[0][0].y : Infinity
    const margin = words.filter((w) => w.size === 7.5 && w.x < left - 2 && /^\d+$/.test(w.text)).map((w) => ({ n: Number(w.text), y: w.y }))
    const foot = lines(words.filter((w) => w.size === 8.5 && w.y > top)).flat().flatMap((w) => w.text.split(' ')).filter(Boolean)
    return { body, margin, foot }
  })
}

/** The base text of an apparatus TEI as words, and what each app's entry is keyed to (an index into the words). */
export function baseText(teiXml: string): { words: string[]; apps: (Keyed & { lemma: string[]; xml: string })[] } {
  const body = teiXml.slice(teiXml.indexOf('<body>'), teiXml.indexOf('</body>'))
  const apps: { lemma: string[]; xml: string }[] = []
  const strip = (s: string) => s.replace(/<[^>]*>/g, ' ')
  const marked = body
    .replace(/<note\b[\s\S]*?<\/note>/g, ' ')
    .replace(/<app\b[^>]*>([\s\S]*?)<\/app>/g, (xml, inner: string) => {
      const lem = /<lem\b[^>]*?(?:\/>|>([\s\S]*?)<\/lem>)/.exec(inner)?.[1] ?? ''
      apps.push({ lemma: strip(lem).split(/\s+/).filter(Boolean), xml })
      return ` \u0001${apps.length - 1} ${lem} `
    })
    .replace(/<\/p>/g, ' \u0002 ')
  const words: string[] = []
  const keyed: Keyed[] = []
  let inParagraph = false
  let waiting: number[] = []
  for (const t of strip(marked).split(/\s+/).filter(Boolean)) {
    if (t === '\u0002') { inParagraph = false; continue }
    if (t.startsWith('\u0001')) {
      const k = Number(t.slice(1))
      if (apps[k].lemma.length) keyed[k] = { key: 'lemma', word: words.length }
      else if (inParagraph) keyed[k] = { key: 'before', word: words.length - 1 }
      else { keyed[k] = { key: 'after', word: -1 }; waiting.push(k) }
      continue
    }
    for (const k of waiting) keyed[k].word = words.length
    waiting = []
    words.push(entity(t))
    inParagraph = true
  }
  return { words, apps: apps.map((a, k) => ({ ...a, ...keyed[k] })) }
}

/**
 * Where each word of the base text is printed: page (1-based) and line on it, for its first part
 * and its last (a word hyphenated at a line end is in two parts). Matching starts at the first
 * page whose text begins the base text (after the title page and front matter).
 */
export function placeWords(pages: PdfPage[], words: string[], fromPage = 1): { first: { page: number; line: number }; last: { page: number; line: number } }[] {
  const stream: { text: string; page: number; line: number }[] = []
  pages.forEach((p, i) => i + 1 >= fromPage && p.body.forEach((l, j) => { for (const w of l) stream.push({ text: w.text, page: i + 1, line: j + 1 }) }))
  let at = stream.findIndex((w, i) => words.slice(0, 4).every((t, k) => stream[i + k]?.text === t))
  if (at < 0) throw new Error(`the text "${words.slice(0, 4).join(' ')}" is not in the PDF`)
  return words.map((w, k) => {
    const first = stream[at]
    // the word, or the word broken at a line end (a hyphen added there, or one it has), or the
    // word with a note call glued to it
    if (first?.text === w || (first && first.text.startsWith(w) && /^\d+$/.test(first.text.slice(w.length)))) { at++; return { first, last: first } }
    const next = stream[at + 1]
    if (first && next && first.text.endsWith('-') && (first.text.slice(0, -1) + next.text === w || first.text + next.text === w) && next.line !== first.line) {
      at += 2
      return { first, last: next }
    }
    throw new Error(`word ${k} "${w}" of the text: the PDF has "${stream.slice(at, at + 5).map((s) => s.text).join(' ')}" (page ${first?.page}, line ${first?.line})`)
  })
}

/**
 * The apparatus entries at the foot of each page, in order: "N lemma ] rest", or, for a later
 * entry of the same line, "; lemma ] rest" after the one before (`grouped`, with its line).
 */
export function readEntries(pages: PdfPage[], fromPage = 1): Entry[] {
  const out: Entry[] = []
  pages.forEach((p, i) => {
    if (i + 1 < fromPage) return
    const foot = p.foot
    let from = 0
    const last = () => out[out.length - 1]
    for (let b = 0; b < foot.length; b++) {
      if (foot[b] !== ']') continue
      // the entry begins at the last number before its bracket, or after the last "…;" when that
      // is nearer (lemmas here hold no bare numbers and no semicolons)
      let number = b - 1
      while (number >= from && !/^\d+$/.test(foot[number])) number--
      let semi = b - 1
      while (semi >= from && !foot[semi].endsWith(';')) semi--
      const grouped = semi > number && out.length > 0 && last().page === i + 1
      if (!grouped && number < from) throw new Error(`page ${i + 1}: no line number before "${foot.slice(from, b + 1).join(' ')}"`)
      const start = grouped ? semi + 1 : number
      if (out.length && last().page === i + 1) last().text += ' ' + foot.slice(from, start).join(' ')
      const line = grouped ? last().line : Number(foot[number])
      out.push({ page: i + 1, line, lemma: foot.slice(grouped ? start : start + 1, b), text: foot.slice(start, b + 1).join(' '), grouped })
      from = b + 1
    }
    if (out.length && last().page === i + 1) last().text += ' ' + foot.slice(from).join(' ')
  })
  return out
}

/**
 * Every entry against the place of its lemma; returns the entries, with what went wrong. In an
 * edition volume the critical text begins at `fromPage` (its witnesses' documents come first).
 */
export function checkApparatus(file: string, teiXml: string, fromPage = 1): { entries: Entry[]; problems: string[]; pages: PdfPage[] } {
  const pages = readPdf(file)
  const problems: string[] = []
  // the margin numbers stand on the lines counted here
  pages.forEach((p, i) => {
    for (const m of p.margin) {
      const line = p.body[m.n - 1]
      if (!line || Math.abs(line[0].y + 4 - m.y) > 6) problems.push(`page ${i + 1}: margin number ${m.n} is not beside line ${m.n} of the text`)
    }
  })
  const { words, apps } = baseText(teiXml)
  const placed = placeWords(pages, words, fromPage)
  const entries = readEntries(pages, fromPage)
  if (entries.length !== apps.length) problems.push(`${apps.length} apps in the TEI, ${entries.length} entries in the PDF`)
  // the entries of one line stand under one number
  entries.forEach((e, k) => {
    const before = entries[k - 1]
    const sameLine = !!before && before.page === e.page && before.line === e.line
    if (sameLine !== e.grouped) problems.push(`entry ${k + 1} ("${e.text}") ${e.grouped ? 'follows an entry of another line without a number' : 'repeats the line number of the entry before'}`)
  })
  apps.forEach((a, k) => {
    const e = entries[k]
    if (!e) return
    const where = a.key === 'before' ? placed[a.word].last : placed[a.word].first
    const cited = a.key === 'lemma' ? a.lemma[0] : words[a.word]
    if (e.lemma[0] !== cited) problems.push(`entry ${k + 1} ("${e.text}") cites "${e.lemma[0]}", the text has "${cited}"`)
    if (e.page !== where.page) problems.push(`entry ${k + 1} ("${e.text}") is on page ${e.page}, its lemma on page ${where.page}`)
    else if (e.line !== where.line) problems.push(`entry ${k + 1} ("${e.text}") says line ${e.line}, its lemma is on line ${where.line} of page ${where.page}`)
  })
  return { entries, problems, pages }
}
