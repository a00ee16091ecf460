/**
 * Academic terms as ranges of months, and which one a year-less mention means: the term the
 * document's own date falls in or last began (`im Sommerhalbjahr`), the next to begin after it
 * (`nächsten Winterhalbjahres`), or the last to have ended before it (`the past winter term`).
 */

/** A term's months: from `start` to `end`, in the next year when `end` is the smaller. */
export interface TermMonths { start: number; end: number }

export interface TermRange { from: { year: number; month: number }; to: { year: number; month: number } }

/** The term of the year it begins in. */
export function termInYear(term: TermMonths, year: number): TermRange {
  return { from: { year, month: term.start }, to: { year: term.end < term.start ? year + 1 : year, month: term.end } }
}

const index = (d: { year: number; month: number }) => d.year * 12 + d.month

/** Shift 0: the term `ref` falls in or last began; 1: the next to begin; -1: the last ended. */
export function termNear(term: TermMonths, shift: -1 | 0 | 1, ref: { year: number; month: number }): TermRange {
  const at = index(ref)
  const near = [ref.year - 2, ref.year - 1, ref.year, ref.year + 1].map((y) => termInYear(term, y))
  if (shift === 1) return near.find((t) => index(t.from) > at)!
  const past = near.filter((t) => (shift === 0 ? index(t.from) <= at : index(t.to) < at))
  return past[past.length - 1]
}
