import { describe, expect, it } from 'vitest'
import { draftAfter, unitsOf } from './draft-after.js'

describe('structure/units', () => {
  it('joins hard-wrapped lines into a paragraph and keeps short lines a group', () => {
    const d = draftAfter('structure/units', [
      'The mill stood at the lower end of the village, where the brook',
      'was dammed to make a pond, and the miller kept the registers of',
      'the parish in a chest in the loft.', '',
      'Yours truly,', 'Ann Carter',
    ])
    expect(unitsOf(d)).toEqual([
      'para: The mill stood at the lower end of the village, where the brook was dammed to make a pond, and the miller kept the registers of the parish in a chest in the loft.',
      'lines: Yours truly, Ann Carter',
    ])
    expect(d.normalisations.has('lines-unwrapped')).toBe(true)
  })

  it('a salutation run on with the first paragraph is a unit of its own', () => {
    const d = draftAfter('structure/units', ['Dear Paul,', 'The weather is fine and the mill is working again after the flood.'])
    expect(unitsOf(d)).toEqual(['lines: Dear Paul,', 'para: The weather is fine and the mill is working again after the flood.'])
  })

  it('a block of "> " lines is a quotation, its marks recorded as removed', () => {
    const d = draftAfter('structure/units', ['He wrote to the council about the weir and the pond.', '', '> The weir must be mended', '> before the winter.'])
    expect(d.units.map((u) => u.kind)).toEqual(['para', 'quote'])
    expect(d.units[1].quote!.parts.map((p) => p.value.trim())).toEqual(['The weir must be mended before the winter.'])
    expect(d.removed.filter((r) => r.reason === 'block-quotation mark')).toHaveLength(2)
  })

  it('gives each unit the page change before it, with the page\'s number', () => {
    const d = draftAfter('structure/units', [
      'The Mill Pond', '',
      'The mill stood at the lower end of the village, where the brook was dammed.', '',
      'THE MILL POND', '', '2', '',
      'In winter the men cut ice from the pond for the dairy of the manor house.', '',
      'THE MILL POND', '', '3', '',
      'The ice was stored in a cellar under the old barn until the summer came.',
    ])
    expect(d.units.map((u) => u.pbBefore)).toEqual([undefined, '2', '3'])
  })
})
