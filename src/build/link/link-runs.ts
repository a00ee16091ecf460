/**
 * The text of a TEI source that `lectio link` may tag: runs of character data inside `<text>`,
 * with the offsets each character was read from. A run is the text between two pieces of markup,
 * except that line, page and column breaks (`lb`, `pb`, `cb`) stay inside it, so a name broken
 * over a line in a diplomatic transcription is still found (`break="no"` joins the word).
 *
 * Never tagged (an editor's decision, or not reading text):
 * - anything outside `<text>`: the header, `standOff`, `facsimile`;
 * - the text of names and referring strings (`persName`, `placeName`, `orgName`, `name`, `rs`
 *   and their parts), dates and times, titles, links, numbers and measures;
 * - alternatives and apparatus (`choice`, `app`), deleted and surplus text, forme work (`fw`),
 *   tokens an editor has marked one by one (`w`), code and descriptions;
 * - what the editor marked as no name: `<seg type="no-name">…</seg>`;
 * - elements named in edition.json `"link": { "skip": ["note", "q[type=spoken]"] }`.
 */
import { decodeTextSpan, localName, type ElementSpan, type XmlLayout } from '../tei/xml-spans.js'

export interface TextRun { value: string; /** File offset of each character's first byte. */ from: number[]; /** Just after it. */ to: number[] }

export interface SkipRule { name: string; attribute?: string; value?: string }

const NEVER_INSIDE = new Set([
  'persName', 'placeName', 'orgName', 'name', 'rs', 'geogName', 'roleName', 'forename', 'surname', 'addName', 'genName', 'nameLink',
  'date', 'time', 'title', 'ref', 'ptr', 'idno', 'num', 'measure', 'w', 'choice', 'app', 'del', 'surplus', 'fw', 'gap',
  'sic', 'orig', 'abbr', 'code', 'formula', 'figDesc', 'desc', 'teiHeader', 'standOff',
])

/** The "not a name" wrapper an editor puts around a word that looks like a register name. */
export const NO_NAME: SkipRule = { name: 'seg', attribute: 'type', value: 'no-name' }

const MILESTONES = new Set(['lb', 'pb', 'cb'])

/** `note` → every note; `note[type=editorial]` → notes of that type. */
export function parseSkipRules(list: readonly string[] = []): SkipRule[] {
  return list.map((s) => {
    const m = /^([^[\]]+)(?:\[([^=\]]+)=([^\]]*)\])?$/.exec(s.trim())
    return m ? { name: m[1], attribute: m[2], value: m[3]?.replace(/^["']|["']$/g, '') } : { name: s }
  })
}

export function skippedBy(el: ElementSpan, rules: readonly SkipRule[]): boolean {
  const name = localName(el.name)
  if (NEVER_INSIDE.has(name)) return true
  return [NO_NAME, ...rules].some((r) => r.name === name && (r.attribute === undefined || (el.attributes[r.attribute] ?? '').split(/\s+/).includes(r.value ?? '')))
}

/** Every run of taggable text in the source, in document order. */
export function linkableRuns(layout: XmlLayout, rules: readonly SkipRule[]): TextRun[] {
  const runs: TextRun[] = []
  const visit = (el: ElementSpan, inText: boolean) => {
    const here = inText || localName(el.name) === 'text'
    if (here && skippedBy(el, rules)) return
    if (!here) {
      for (const c of el.children) if (c.type === 'element') visit(c, false)
      return
    }
    let run: TextRun = { value: '', from: [], to: [] }
    const flush = () => { if (/\S/.test(run.value)) runs.push(run); run = { value: '', from: [], to: [] } }
    for (const c of el.children) {
      if (c.type === 'text') {
        const t = decodeTextSpan(layout.text, c)
        run.value += t.value
        for (let k = 0; k < t.from.length; k++) { run.from.push(t.from[k]); run.to.push(t.to[k]) }
      } else if (c.type === 'element' && c.selfClosing && MILESTONES.has(localName(c.name))) {
        // a break inside a word joins it; any other break is a space between words
        if (c.attributes.break !== 'no') { run.value += ' '; run.from.push(c.start); run.to.push(c.end) }
      } else {
        flush()
        if (c.type === 'element') visit(c, true)
      }
    }
    flush()
  }
  visit(layout.root, false)
  return runs
}
