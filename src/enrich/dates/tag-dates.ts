/**
 * Tags calendar expressions as <date> with ISO values. A date without a year takes the year of
 * the nearest preceding date with a month in the document (a letter's dateline counts), with
 * cert="medium"; failing that, of the nearest preceding bare year, with cert="low"; without any,
 * it is left untagged and reported.
 */
import type { TeiDocument } from '../../core/document.js'
import type { Diagnostic } from '../../core/diagnostic.js'
import { el } from '../../core/tei.js'
import { locateMatch } from '../locate-match.js'
import { textNodes, wrapInText, type Wrap } from '../wrap-matches.js'
import { findDatePhrases, withContextYear } from './parse-date-phrase.js'

export interface TaggedDate { text: string; when?: string; from?: string; to?: string; cert?: string; line: number; column: number }

export function tagDates(doc: TeiDocument): { dates: TaggedDate[]; diagnostics: Diagnostic[] } {
  const dates: TaggedDate[] = []
  const diagnostics: Diagnostic[] = []
  let contextYear: string | undefined
  let weakYear: string | undefined
  for (const { node, parent } of textNodes(doc.tree)) {
    const wraps: Wrap[] = []
    for (const found of findDatePhrases(node.value)) {
      const p = locateMatch(node, parent, found.index, doc.source)
      const d = contextYear ? withContextYear(found, contextYear) : withContextYear(found, weakYear, 'low')
      if (!d) {
        diagnostics.push({ code: 'date-year-unknown', severity: 'info', stage: 'enrich', file: doc.source.path, line: p.line, column: p.column, message: `"${found.text}" has no year and none precedes it; left untagged` })
        continue
      }
      // a date with a month (a dateline, "May, 1919") sets the year of what follows; a bare year
      // ("the strike of 1892") is often a look back, so it only serves when nothing better precedes
      if (d.when && d.when.length >= 7 && !d.cert) contextYear = d.when.slice(0, 4)
      else if (d.when && d.when.length === 4) weakYear = d.when
      const attrs = { when: d.when, from: d.from, to: d.to, cert: d.cert }
      dates.push({ text: d.text, ...attrs, line: p.line, column: p.column })
      const value = d.when ?? `${d.from}/${d.to}`
      diagnostics.push({ code: 'date-normalized', severity: 'info', stage: 'enrich', file: doc.source.path, line: p.line, column: p.column, message: `date "${d.text}" normalized to ${value}${d.cert ? ` (year from the context, cert ${d.cert})` : ''}` })
      wraps.push({ index: d.index, length: d.length, make: (inner) => el('date', attrs, [inner]) })
    }
    if (wraps.length) wrapInText(parent, node, wraps)
  }
  return { dates, diagnostics }
}
