import { describe, expect, it } from 'vitest'
import { draftAfter, unitsOf } from './draft-after.js'

describe('clean/sentence-cut', () => {
  it('joins a paragraph cut mid-sentence with the one that continues it, and says so', () => {
    const d = draftAfter('clean/sentence-cut', [
      'The Mill', '',
      'The mill stood at the lower end of the village, where the brook',
      'was dammed to make the', '',
      'pond, and the miller kept the registers of the parish in a chest',
      'in the loft of the mill.',
    ])
    expect(unitsOf(d)).toEqual(['para: The mill stood at the lower end of the village, where the brook was dammed to make the pond, and the miller kept the registers of the parish in a chest in the loft of the mill.'])
    expect(d.diagnostics.map((x) => `${x.line}: ${x.code}`)).toEqual(['6: paragraph-rejoined'])
    expect(d.normalisations.has('paragraphs-rejoined')).toBe(true)
  })

  it('joins across a page change, keeping the page break and resolving a hyphen', () => {
    const d = draftAfter('clean/sentence-cut', [
      'The Mill Pond', '',
      'The mill stood at the lower end of the village, where the brook',
      'was dammed, and the regis-', '',
      'THE MILL POND', '', '2', '',
      'ters of the parish were kept in a chest in the loft of the mill',
      'house by the miller.', '',
      'THE MILL POND', '', '3', '',
      'The ice was stored in a cellar under the old barn until the summer',
      'came round again.',
    ])
    expect(d.units).toHaveLength(2)
    expect(d.units[0].text.value).toContain('regis\u00022\u0003ters')
    expect(d.hyphenJoins).toEqual([{ offset: 104, kept: false }]) // the hyphen of "regis-"
    expect(d.diagnostics.map((x) => x.code)).toEqual(['hyphen-joined'])
  })

  it('does not join a finished sentence with the next paragraph', () => {
    const d = draftAfter('clean/sentence-cut', ['The Mill', '', 'The mill stood at the lower end of the village, where the brook', 'was dammed.', '',
      'the pond froze in winter and the men cut ice from it for the dairy', 'of the manor.'])
    expect(d.units).toHaveLength(2)
  })
})
