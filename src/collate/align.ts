/**
 * Word-level alignment of a witness against the base. Patience alignment: tokens that occur once
 * in both (in the current window) are anchors; the longest increasing run of anchors fixes the
 * common skeleton, so that blocks moved elsewhere (transpositions) do not derail the rest; the
 * gaps between anchors are aligned recursively, and small gaps by a longest-common-subsequence
 * table. Linear-ish on real texts, where most words have anchors nearby. Where no single word is
 * unique (repetitive passages too long for the table), runs of 2–4 words unique in both serve as
 * anchors instead, as CollateX's n-gram matching does; failing those, Myers' diff, and failing
 * that (long, repetitive and very different) tables over proportional slices.
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
  while (a0 < a1 && b0 < b1 && a[a1 - 1] === b[b1 - 1]) tail.push([--a1, --b1])
  tail.reverse()
  if (a0 < a1 && b0 < b1) {
    const small = (a1 - a0) * (b1 - b0) <= 250_000
    let n = 1
    let anchors = uniqueAnchors(a, b, a0, a1, b0, b1, n)
    while (!anchors.length && !small && n < 4) anchors = uniqueAnchors(a, b, a0, a1, b0, b1, ++n)
    if (anchors.length) {
      let pa = a0
      let pb = b0
      for (const [i, j] of anchors) {
        alignRange(a, b, pa, i, pb, j, out)
        for (let k = 0; k < n; k++) out.push([i + k, j + k])
        pa = i + n
        pb = j + n
      }
      alignRange(a, b, pa, a1, pb, b1, out)
    } else if (small) {
      lcs(a, b, a0, a1, b0, b1, out)
    } else if (!myers(a, b, a0, a1, b0, b1, out)) {
      // no anchors and too many differences for Myers: align proportional slices, table by table
      const slices = Math.ceil(Math.max(a1 - a0, b1 - b0) / 500)
      for (let k = 0; k < slices; k++) {
        lcs(a, b, a0 + Math.floor(((a1 - a0) * k) / slices), a0 + Math.floor(((a1 - a0) * (k + 1)) / slices),
          b0 + Math.floor(((b1 - b0) * k) / slices), b0 + Math.floor(((b1 - b0) * (k + 1)) / slices), out)
      }
    }
  }
  for (const p of tail) out.push(p)
}

/**
 * Runs of `n` tokens unique in both windows (their start positions), kept in the longest
 * order-preserving chain (patience sorting) of runs that do not overlap.
 */
function uniqueAnchors(a: string[], b: string[], a0: number, a1: number, b0: number, b1: number, n: number): Pair[] {
  // run → its start in the window, or -2 when it occurs more than once
  const count = (xs: string[], s: number, e: number) => {
    const m = new Map<string, number>()
    for (let i = s; i + n <= e; i++) {
      const g = n === 1 ? xs[i] : xs.slice(i, i + n).join('\u0000')
      m.set(g, m.has(g) ? -2 : i)
    }
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
  if (n === 1) return chain
  const apart: Pair[] = []
  for (const p of chain) {
    const last = apart[apart.length - 1]
    if (!last || (p[0] >= last[0] + n && p[1] >= last[1] + n)) apart.push(p)
  }
  return apart
}

/**
 * Myers' O(ND) shortest edit script, for long gaps without anchors (repetitive text) that differ
 * little; false when they differ by more than `maxD` insertions and deletions.
 */
function myers(a: string[], b: string[], a0: number, a1: number, b0: number, b1: number, out: Pair[], maxD = 2000): boolean {
  const n = a1 - a0
  const m = b1 - b0
  const max = Math.min(n + m, maxD)
  const off = max + 1
  const v = new Int32Array(2 * max + 3)
  const trace: Int32Array[] = [] // trace[d]: v before step d, for diagonals -d-1 … d+1
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(off - d - 1, off + d + 2))
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1
      let y = x - k
      while (x < n && y < m && a[a0 + x] === b[b0 + y]) { x++; y++ }
      v[off + k] = x
      if (x >= n && y >= m) {
        const pairs: Pair[] = []
        for (let e = d; e > 0; e--) {
          const prev = trace[e]
          const at = (kk: number) => prev[kk + e + 1]
          const kk = x - y
          const pk = kk === -e || (kk !== e && at(kk - 1) < at(kk + 1)) ? kk + 1 : kk - 1
          const px = at(pk)
          const py = px - pk
          // the snake that ends at (x, y) starts after the move from the previous diagonal
          const sx = pk === kk + 1 ? px : px + 1
          const sy = sx - kk
          while (x > sx && y > sy) pairs.push([a0 + --x, b0 + --y])
          x = px
          y = py
        }
        while (x > 0 && y > 0) pairs.push([a0 + --x, b0 + --y])
        for (let k = pairs.length - 1; k >= 0; k--) out.push(pairs[k])
        return true
      }
    }
  }
  return false
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
