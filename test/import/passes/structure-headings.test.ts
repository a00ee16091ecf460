import { describe, expect, it } from 'vitest'
import { draftAfter } from './draft-after.js'

const prose = 'The mill stood at the lower end of the village, where the brook was dammed to make a pond.'

describe('structure/headings', () => {
  it('a short line in capitals or marked "#" before a paragraph is a heading', () => {
    const d = draftAfter('structure/headings', [prose, '', 'THE WEIR', '', prose, '', '## The Pond', '', prose])
    expect(d.units.map((u) => u.kind)).toEqual(['para', 'head', 'para', 'head', 'para'])
  })

  it('a lone roman number heads what follows; a salutation never does', () => {
    const d = draftAfter('structure/headings', [prose, '', 'II', '', 'DEAR SIR,', '', prose])
    expect(d.units.map((u) => u.kind)).toEqual(['para', 'head', 'lines', 'para'])
  })
})
