import { describe, expect, it } from 'vitest'
import { draftAfter } from './draft-after.js'
import { authorOf, dateOf, titleOf } from '../../../src/import/structure/title-block.js'

describe('structure/title-block', () => {
  it('classifies the title block\'s lines', () => {
    const d = draftAfter('structure/title-block', ['THE MILL POND', 'A History', 'by Ann Carter', 'March 1901', '', 'The mill stood at the lower end of the village, where the brook was dammed to make a pond.'])
    expect(d.titleLines.map((t) => t.kind)).toEqual(['title', 'subtitle', 'author', 'date'])
    expect(titleOf(d.titleLines)).toBe('THE MILL POND: A History')
    expect(authorOf(d.titleLines)).toBe('Ann Carter')
    expect(dateOf(d.titleLines)).toBe('1901')
  })

  it('lines above a markdown title are the site\'s: they go to the header', () => {
    const d = draftAfter('structure/title-block', ['parish-archive.example', '# The Mill Pond', '', 'The mill stood at the lower end of the village, where the brook was dammed to make a pond.'])
    expect(d.titleLines.map((t) => t.line.text)).toEqual(['# The Mill Pond'])
    expect(d.colophon.map((l) => l.text)).toEqual(['parish-archive.example'])
    expect(d.removed[0].reason).toBe('site or publisher line (moved to the header)')
  })
})
