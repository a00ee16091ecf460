/** The first titleStmt title as plain text (for prev/next labels): tags dropped, entities decoded. */
export function titleOf(xml: string): string {
  const inner = /<titleStmt\b[^>]*>[\s\S]*?<title(?:\s[^>]*)?>([\s\S]*?)<\/title>/.exec(xml)?.[1] ?? ''
  return inner.replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#([0-9]+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&(lt|gt|quot|apos|amp);/g, (_, n: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[n] ?? '')
    .replace(/\s+/g, ' ').trim()
}
