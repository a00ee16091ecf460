/** A 50 MB text imports without crashing, with every word kept (issue 10: degenerate input). */
import { describe, expect, it } from 'vitest'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { lectio, tempDir } from '../helpers/run-lectio.js'

function largeText(bytes: number): string {
  // varied prose: words drawn by a fixed linear congruential sequence, paragraphs of 3–8 lines
  const words = 'river mountain forest meadow plain water bridge harvest village letter winter summer road field stone flood mill bank valley town people'.split(' ')
  let seed = 7
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648)
  const parts: string[] = ['A Very Long Chronicle', '']
  let size = 0
  let paragraph = 0
  while (size < bytes) {
    const lines = 3 + (next() % 6)
    for (let l = 0; l < lines; l++) {
      const n = 10 + (next() % 4)
      const line = Array.from({ length: n }, (_, i) => words[next() % words.length] + (i === 0 && l === 0 ? String(paragraph) : '')).join(' ')
      const text = l === 0 ? line[0].toUpperCase() + line.slice(1) : line
      parts.push(l === lines - 1 ? `${text}.` : text)
      size += text.length + 1
    }
    parts.push('')
    paragraph++
  }
  return parts.join('\n')
}

describe('a 50 MB text', () => {
  it('is imported to TEI with every word kept', () => {
    const dir = tempDir()
    const input = join(dir, 'large.txt')
    writeFileSync(input, largeText(50 * 1024 * 1024))
    expect(statSync(input).size).toBeGreaterThan(50 * 1024 * 1024)
    const out = join(dir, 'large.xml')
    const r = lectio(['import', input, '-o', out])
    expect(r.status, r.stderr.slice(-2000)).toBe(0)
    expect(r.stderr).not.toMatch(/fidelity-word-lost|internal error/)
    const xml = readFileSync(out, 'utf8')
    expect(xml.length).toBeGreaterThan(50 * 1024 * 1024)
    expect(xml).toContain('<titlePart type="main">A Very Long Chronicle</titlePart>')
  }, 300_000)
})
