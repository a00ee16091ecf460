/**
 * Sets of characters as sorted, disjoint code point ranges, and the Unicode general categories
 * as jing sees them: those of the Java it runs on (java-unicode-data.ts), so that a character
 * Unicode assigned after Java's version is unassigned (Cn) here too, whatever Node's Unicode.
 */
import { CATEGORY_RUNS } from './java-unicode-data.js'

export type Ranges = readonly (readonly [number, number])[]

export const MAX_CODE_POINT = 0x10ffff
const SURROGATES: Ranges = [[0xd800, 0xdfff]]

/** Sorted, merged ranges. */
export function normalize(ranges: Ranges): Ranges {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  const out: [number, number][] = []
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1]
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi)
    else out.push([lo, hi])
  }
  return out
}

export function union(...sets: Ranges[]): Ranges {
  return normalize(sets.flat())
}

/** Every character not in `set` (surrogate code points are never characters). */
export function complement(set: Ranges): Ranges {
  const out: [number, number][] = []
  let next = 0
  for (const [lo, hi] of normalize([...set, ...SURROGATES])) {
    if (lo > next) out.push([next, lo - 1])
    next = hi + 1
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT])
  return out
}

export function subtract(set: Ranges, minus: Ranges): Ranges {
  return intersect(set, complement(minus))
}

export function intersect(a: Ranges, b: Ranges): Ranges {
  const x = normalize(a)
  const y = normalize(b)
  const out: [number, number][] = []
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    const lo = Math.max(x[i][0], y[j][0])
    const hi = Math.min(x[i][1], y[j][1])
    if (lo <= hi) out.push([lo, hi])
    if (x[i][1] < y[j][1]) i++
    else j++
  }
  return out
}

export function single(cp: number): Ranges {
  return [[cp, cp]]
}

export function fromString(chars: string): Ranges {
  return normalize([...chars].map((c) => [c.codePointAt(0)!, c.codePointAt(0)!] as const))
}

interface CategoryTable { starts: number[]; categories: string[] }
let table: CategoryTable | undefined

function categoryTable(): CategoryTable {
  if (table) return table
  const starts: number[] = []
  const categories: string[] = []
  for (const run of CATEGORY_RUNS.split(',')) {
    starts.push(parseInt(run.slice(0, -2), 36))
    categories.push(run.slice(-2))
  }
  return (table = { starts, categories })
}

/** The general category of a code point (two letters, e.g. `Lu`), as Java names it. */
export function categoryOf(cp: number): string {
  const { starts, categories } = categoryTable()
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid] <= cp) lo = mid
    else hi = mid - 1
  }
  return categories[lo]
}

const byCategory = new Map<string, Ranges>()

/** The characters of a category: one letter (`L`: all letters) or two (`Lu`). */
export function categoryRanges(name: string): Ranges {
  let set = byCategory.get(name)
  if (set) return set
  const { starts, categories } = categoryTable()
  const out: [number, number][] = []
  for (let i = 0; i < starts.length; i++) {
    if (categories[i] === name || (name.length === 1 && categories[i][0] === name)) {
      out.push([starts[i], i + 1 < starts.length ? starts[i + 1] - 1 : MAX_CODE_POINT])
    }
  }
  set = normalize(out)
  byCategory.set(name, set)
  return set
}

/** A character class of a `u`-flag regular expression that matches exactly `set`. */
export function toRegexClass(set: Ranges): string {
  if (set.length === 0) return '[^\\u{0}-\\u{10FFFF}]'
  const hex = (cp: number) => `\\u{${cp.toString(16)}}`
  return `[${set.map(([lo, hi]) => (lo === hi ? hex(lo) : `${hex(lo)}-${hex(hi)}`)).join('')}]`
}
