/**
 * Word-level alignment of a witness against the base. Patience alignment: tokens that occur once
 * in both (in the current window) are anchors; the longest increasing run of anchors fixes the
 * common skeleton, so that blocks moved elsewhere (transpositions) do not derail the rest; the
 * gaps between anchors are aligned recursively, and small gaps by a longest-common-subsequence
 * table. Linear-ish on real texts, where most words have anchors nearby.
 */
export type Pair = [number, number] // [base index, witness index]

export function align(a: string[], b: string[]): Pair[] {
  const out: Pair[] = []
  alignRange(a, b, 0, a.length, 0, b.length, out)
  return out
}

function alignRange(a: string[], b: string[], a0: number, a1: number, b0: number, b1: number, out: Pair[]): void {
  // common prefix and suffix first
  while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) out.push([a0++, b0++])
  const tail: Pair[] = []
  while (a0 < a1 && b0 < b1 && a[a1 - 1] === b[b1 - 1]) tail.unshift([--a1, --b1])
  if (a0 < a1 && b0 < b1) {
    const anchors = uniqueAnchors(a, b, a0, a1, b0, b1)
    if (anchors.length) {
      let pa = a0
      let pb = b0
      for (const [i, j] of anchors) {
        alignRange(a, b, pa, i, pb, j, out)
        out.push([i, j])
        pa = i + 1
        pb = j + 1
      }
      alignRange(a, b, pa, a1, pb, b1, out)
    } else if ((a1 - a0) * (b1 - b0) <= 250_000) {
      lcs(a, b, a0, a1, b0, b1, out)
    }
  }
  out.push(...tail)
}

/** Tokens unique in both windows, kept in the longest order-preserving chain (patience sorting). */
function uniqueAnchors(a: string[], b: string[], a0: number, a1: number, b0: number, b1: number): Pair[] {
  // token → its index in the window, or -2 when it occurs more than once
  const count = (xs: string[], s: number, e: number) => {
    const m = new Map<string, number>()
    for (let i = s; i < e; i++) m.set(xs[i], m.has(xs[i]) ? -2 : i)
    return m
  }
  const ua = count(a, a0, a1)
  const ub = count(b, b0, b1)
  const pairs: Pair[] = []
  for (const [t, i] of ua) {
    if (i < 0) continue
    const j = ub.get(t)
    if (j !== undefined && j >= 0) pairs.push([i, j])
  }
  pairs.sort((x, y) => x[0] - y[0])
  // longest increasing subsequence on the witness positions
  const tails: number[] = []
  const prev: number[] = new Array(pairs.length).fill(-1)
  for (let k = 0; k < pairs.length; k++) {
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (pairs[tails[mid]][1] < pairs[k][1]) lo = mid + 1
      else hi = mid
    }
    if (lo > 0) prev[k] = tails[lo - 1]
    tails[lo] = k
  }
  const chain: Pair[] = []
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = prev[k]) chain.unshift(pairs[k])
  return chain
}

function lcs(a: string[], b: string[], a0: number, a1: number, b0: number, b1: number, out: Pair[]): void {
  const n = a1 - a0
  const m = b1 - b0
  const t = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1))
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) {
    t[i][j] = a[a0 + i] === b[b0 + j] ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1])
  }
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (a[a0 + i] === b[b0 + j]) { out.push([a0 + i, b0 + j]); i++; j++ }
    else if (t[i + 1][j] >= t[i][j + 1]) i++
    else j++
  }
}
