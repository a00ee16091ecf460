/** Block quotations: `>` lines, indented blocks in flush-left text, and their dash-introduced source. */
import { describe, expect, it } from 'vitest'
import { blockQuote, indentationSignals, indentOf } from '../../src/import/structure/block-quote.js'
import { splitLines, type Line } from '../../src/import/lines.js'
import { createSourceFile } from '../../src/core/source-file.js'
import { importText } from '../../src/import/index.js'
import { serializeTei } from '../../src/core/xml/serialize.js'

const lines = (text: string): Line[] => splitLines(createSourceFile('t.txt', text))
const flush = { indentationSignals: true, doubleSpaced: false }

describe('blockQuote', () => {
  it('takes ">" lines, blanking the marks so origins stay exact', () => {
    const q = blockQuote(lines('> one two\n> three'), flush)!
    expect(q.lines.map((l) => l.text)).toEqual(['  one two', '  three'])
    expect(q.marks).toEqual([0, 10])
    expect(q.attribution).toBeUndefined()
  })

  it('separates a dash-introduced last line as the source', () => {
    const q = blockQuote(lines('> The rest is paper.\n> — A pamphlet'), flush)!
    expect(q.lines.map((l) => l.text.trim())).toEqual(['The rest is paper.'])
    expect(q.attribution?.text).toBe('  — A pamphlet')
  })

  it('takes an indented block only where indentation is a signal and the text is not double-spaced', () => {
    const block = lines('    Every household shall send one voice to the assembly,\n    and no voice shall be worth more.')
    expect(blockQuote(block, flush)).toBeDefined()
    expect(blockQuote(block, { indentationSignals: false, doubleSpaced: false })).toBeUndefined()
    expect(blockQuote(block, { indentationSignals: true, doubleSpaced: true })).toBeUndefined()
  })

  it('leaves a short indented line (a signature pushed right) alone', () => {
    expect(blockQuote(lines('      P. Smith'), flush)).toBeUndefined()
  })

  it('reads indentation only when most lines are flush left', () => {
    expect(indentOf('\t  x')).toBe(6)
    expect(indentationSignals(lines('a\nb\nc\nd\n   e'))).toBe(true)
    expect(indentationSignals(lines('  a\n  b\n  c\nd'))).toBe(false)
  })

  it('reads indentation when most of the characters are flush left (one long line per paragraph, a wrapped quotation)', () => {
    const long = 'The accounts that survive are the masters\' accounts, and the complaints that reached the town were the masters\' complaints.'
    const text = [long, '', '    We do not ask for more than our fathers had, but only', '    that the price of our labour should keep pace with', '    the price of bread.', '', long, '', long].join('\n')
    expect(indentationSignals(lines(text))).toBe(true)
    // every paragraph's first line indented, one line per paragraph: no signal
    expect(indentationSignals(lines([`  ${long}`, `  ${long}`, `  ${long}`, 'x'].join('\n')))).toBe(false)
    const xml = serializeTei(importText(createSourceFile('a.txt', text), { id: 'a' }).doc.tree)
    expect(xml).toContain('<quote><p>We do not ask for more than our fathers had, but only that the price of our labour should keep pace with the price of bread.</p></quote>')
  })
})

describe('block quotations in import', () => {
  it('an indented closing of a letter stays a closer, not a quotation', () => {
    const text = [
      'London, 3 May 1901', '', 'Dear Anna,', '',
      'Your parcel came this morning and the books are exactly the ones I had hoped for. I shall return them before the winter.', '',
      'Everything else is as it was when you left, and the garden is full of weeds again.', '',
      '        Yours ever,', '        Tom', '',
    ].join('\n')
    const xml = serializeTei(importText(createSourceFile('l.txt', text), { id: 'l' }).doc.tree)
    expect(xml).not.toContain('<quote')
    expect(xml).toMatch(/<closer>\s*<salute>Yours ever,<\/salute>\s*<signed>Tom<\/signed>\s*<\/closer>/)
  })
})
