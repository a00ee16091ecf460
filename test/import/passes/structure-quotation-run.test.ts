import { describe, expect, it } from 'vitest'
import { draftAfter } from './draft-after.js'

const intro = ['The Weir', '', 'The miller answered the council in a letter that was read out', 'at the meeting of the parish:', '']
const after = ['', 'The council met again in March and the weir was mended in the', 'summer by the men of the village.']

describe('structure/quotation-run', () => {
  it('sets off the paragraphs quoted after an introduction ending with a colon', () => {
    const d = draftAfter('structure/quotation-run', [...intro, '"The weir cannot be mended before the spring, whatever the', 'council may decide."', ...after])
    expect(d.units.map((u) => u.kind)).toEqual(['para', 'quote', 'para'])
    expect(d.normalisations.has('quotations-set-off')).toBe(true)
  })

  it('a colon alone does not make a quotation', () => {
    const d = draftAfter('structure/quotation-run', [...intro, 'The weir could not be mended before the spring, whatever the', 'council decided.', ...after])
    expect(d.units.map((u) => u.kind)).toEqual(['para', 'para', 'para'])
  })
})
