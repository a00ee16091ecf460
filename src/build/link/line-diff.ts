/**
 * The lines `lectio link` changed, as a unified diff. Its insertions never hold a line break, so
 * the file keeps its lines one for one and a changed line is simply one that differs.
 */
export function lineDiff(file: string, before: string, after: string): string {
  const a = before.split('\n')
  const b = after.split('\n')
  if (a.length !== b.length) throw new Error('lineDiff: the texts do not have the same lines')
  const out = [`--- ${file}.bak`, `+++ ${file}`]
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue
    let j = i
    while (j + 1 < a.length && a[j + 1] !== b[j + 1]) j++
    const n = j - i + 1
    out.push(`@@ -${i + 1},${n} +${i + 1},${n} @@`, ...a.slice(i, j + 1).map((l) => `-${l}`), ...b.slice(i, j + 1).map((l) => `+${l}`))
    i = j
  }
  return out.join('\n') + '\n'
}
