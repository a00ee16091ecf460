/**
 * Names that are not in the registers: sequences of capitalised words (with name particles), and
 * a title or honorific followed by a name. They are reported for the editor (lectio suggest), and
 * tagged (without @ref) only on strong evidence: an honorific or title before the name.
 * Precision over recall: sentence-initial single words, months, weekdays and common words are not
 * candidates.
 */
import type { TeiDocument } from '../../core/document.js'
import type { Diagnostic } from '../../core/diagnostic.js'
import { el } from '../../core/tei.js'
import { locateMatch } from '../locate-match.js'
import { monthNumber } from '../dates/month-names.js'
import { textNodes, wrapInText } from '../wrap-matches.js'

export interface Candidate { kind: 'person' | 'place' | 'org' | 'unknown'; text: string; count: number; lines: number[]; tagged: boolean; evidence: string }

const HONORIFIC = '(?:Dr|Mr|Mrs|Ms|Mme|Mlle|Prof|Professor|Sir|Lady|Lord|Tsar|Czar|Tsarina|Prince|Princess|Countess|Baron|Baroness|Herr|Frau|Monsieur|Madame)\\.?'
const CAP = "\\p{Lu}[\\p{Ll}'’-]+"
const PARTICLE = '(?:de|da|di|von|van|der|du|la|le|del|ibn|bin)'
const NAME_SEQ = `${CAP}(?:\\s+(?:${PARTICLE}\\s+)?(?:${CAP}|\\p{Lu}\\.))*(?:\\s+[IVX]{1,4}\\b)?`
const STOP = new Set(('The A An And But Or If In On At To Of For From By With As It Its He She They We I You His Her Their Our This That These Those There Here When Where While What Who Whom Whose Why How Not No Nor Yet So Then Thus Therefore However Even Only Also Both All Any Each Every Some Such Many Much Most More Less Few One Two Three First Second Last Next After Before Since Until During Although Though Because Dear Yours With Mr Mrs Dr Is Was Were Be Been Are Am Do Does Did Has Have Had Let Will Would Should Could Can May Might Must Shall ' +
  'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday P.S. Source Vol No Nevertheless Neither Either Whether Meanwhile Moreover Rather Despite Whoever Nowadays Consider Absurd Certainly Further Unhappily Anything Everything Nothing Far').split(/\s+/))

// adjectives and demonyms, singular or plural ("Russian", "Americans", "Allied"), are not names
const ADJECTIVAL = /(?:ians?|eans?|ese|ish|ic|ist|ists|ism|ans?|ied|ies)$/

/** Italic runs are mostly titles of works ("in *Pravda*"): no evidence of a place. */
function inItalic(ancestors: { name: string }[]): boolean {
  return ancestors.some((a) => a.name === 'hi' || a.name === 'emph' || a.name === 'foreign' || a.name === 'bibl')
}

const PLACE_PREPOSITION = /(?:^|[^\p{L}])(?:in|at|near)\s+$/iu

interface Sequence { text: string; index: number; words: number; sentenceStart: boolean; afterPlacePreposition: boolean }

/** Capitalised sequences of a text that could be names, without leading function words. */
function sequences(v: string, seqRe: RegExp): Sequence[] {
  const out: Sequence[] = []
  seqRe.lastIndex = 0
  for (let m = seqRe.exec(v); m; m = seqRe.exec(v)) {
    const words = m[1].split(/\s+/)
    let index = m.index
    // drop sentence-initial function words: "The Jacobins" → "Jacobins"
    while (words.length && STOP.has(words[0])) { index += words[0].length + 1; words.shift() }
    // a trailing "I" is far more often the pronoun than a regnal number ("Neither I")
    if (words.length > 1 && words[words.length - 1] === 'I') words.pop()
    if (!words.length) continue
    let text = words.join(' ')
    // a name's own words only: not one broken over a line ("Middle-")
    if (text.endsWith('-')) continue
    // "at Haugen's hall": the possessive names an owner, not the place; it is not part of the name
    const possessive = /['’]s$/.test(text)
    if (possessive) text = text.slice(0, -2)
    if (words.length === 1 && monthNumber.has(text.toLowerCase())) continue
    const sentenceStart = index === 0 || /[.!?:;"“”(—–]\s*$/.test(v.slice(0, index))
    // a single capitalised word is a candidate only mid-sentence, and not an adjective
    if (words.length === 1 && (sentenceStart || ADJECTIVAL.test(text) || text.length < 3 || STOP.has(text))) continue
    out.push({ text, index, words: words.length, sentenceStart, afterPlacePreposition: !possessive && PLACE_PREPOSITION.test(v.slice(0, index)) })
  }
  return out
}

export function findCandidates(doc: TeiDocument): { candidates: Candidate[]; diagnostics: Diagnostic[] } {
  const found = new Map<string, Candidate>()
  const diagnostics: Diagnostic[] = []
  const honorificRe = new RegExp(`(?<![\\p{L}])${HONORIFIC}\\s+(${NAME_SEQ})`, 'gu')
  const seqRe = new RegExp(`(?<![\\p{L}\\p{N}.'’-])(${NAME_SEQ})`, 'gu')
  const visits = textNodes(doc.tree).filter(({ ancestors }) => !ancestors.some((a) => a.name === 'salute' || a.name === 'signed' || a.name === 'docAuthor'))
  // a first pass counts, per name, its uses after "in/at/near" and its other mid-sentence uses
  const placeEvidence = new Map<string, { prep: number; other: number }>()
  for (const { node, ancestors } of visits) {
    for (const c of sequences(node.value, seqRe)) {
      const e = placeEvidence.get(c.text) ?? { prep: 0, other: 0 }
      if (c.afterPlacePreposition && !inItalic(ancestors)) e.prep++
      else if (!c.sentenceStart) e.other++
      placeEvidence.set(c.text, e)
    }
  }
  for (const { node, parent, ancestors } of visits) {
    const v = node.value
    const wraps: { index: number; length: number; text: string; name: 'persName' | 'placeName' }[] = []
    const note = (text: string, index: number, kind: Candidate['kind'], evidence: string, tagged: boolean) => {
      const p = locateMatch(node, parent, index, doc.source)
      const key = `${kind}\u0000${text}`
      const c = found.get(key)
      if (c) {
        c.count++
        if (!c.lines.includes(p.line)) c.lines.push(p.line)
      } else {
        found.set(key, { kind, text, count: 1, lines: [p.line], tagged, evidence })
        // weak evidence (one capitalised word) is a note; a sequence or a title is a warning
        diagnostics.push({ code: 'name-candidate', severity: kind === 'unknown' ? 'info' : 'warning', stage: 'enrich', file: doc.source.path, line: p.line, column: p.column, message: `"${text}" looks like a ${kind === 'unknown' ? 'name' : `${kind}'s name`} (${evidence}) but is not in the registers${tagged ? '; tagged without @ref' : ''} — add it to a register or ignore it` })
      }
    }
    const taken: [number, number][] = []
    honorificRe.lastIndex = 0
    for (let m = honorificRe.exec(v); m; m = honorificRe.exec(v)) {
      const name = m[1]
      const index = m.index + m[0].length - name.length
      if (STOP.has(name.split(/\s+/)[0])) continue
      wraps.push({ index, length: name.length, text: name, name: 'persName' })
      taken.push([m.index, m.index + m[0].length])
      note(name, index, 'person', `after the title "${m[0].slice(0, m[0].length - name.length).trim()}"`, true)
    }
    for (const c of sequences(v, seqRe)) {
      if (taken.some(([a, b]) => c.index < b && c.index + c.text.length > a)) continue
      const place = placeEvidence.get(c.text)
      if (c.afterPlacePreposition && place && !inItalic(ancestors)) {
        const strong = place.prep >= 2 && place.other === 0
        if (strong) wraps.push({ index: c.index, length: c.text.length, text: c.text, name: 'placeName' })
        note(c.text, c.index, 'place', `after a preposition of place ${place.prep}× and never elsewhere mid-sentence${strong ? '' : ' (too few or mixed uses to tag)'}`, strong)
        continue
      }
      if (c.words >= 2 || !c.sentenceStart) note(c.text, c.index, 'unknown', c.words >= 2 ? 'a sequence of capitalised words' : 'a capitalised word mid-sentence', false)
    }
    if (wraps.length) wrapInText(parent, node, wraps.map((w) => ({ index: w.index, length: w.length, make: (inner) => el(w.name, {}, [inner]) })))
  }
  const candidates = [...found.values()].sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1))
  return { candidates, diagnostics }
}
