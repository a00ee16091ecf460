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

  it('a list item\'s number on a line of its own goes with the item under it, and a Roman numeral alone stays a line of its own', () => {
    const d = draftAfter('structure/units', [
      'The following papers were read to the society in the course of the winter, each of them by its author, and kept:',
      '1.', 'On the mills of the lower valley and the rights of the millers to the water of the brook in a dry summer.',
      '2)', 'On the registers of the parish, which were kept in a chest in the loft of the mill house until the fire.',
      '', 'IV.', '', 'The society met twelve times in the year and heard the papers of its members in the hall.',
    ])
    expect(unitsOf(d)).toEqual([
      'para: The following papers were read to the society in the course of the winter, each of them by its author, and kept:',
      'para: 1. On the mills of the lower valley and the rights of the millers to the water of the brook in a dry summer.',
      'para: 2) On the registers of the parish, which were kept in a chest in the loft of the mill house until the fire.',
      'lines: IV.',
      'para: The society met twelve times in the year and heard the papers of its members in the hall.',
    ])
  })
})
