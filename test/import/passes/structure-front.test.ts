import { describe, expect, it } from 'vitest'
import { draftAfter, xmlOf } from './draft-after.js'

describe('structure/front', () => {
  it('the title block becomes the title page', () => {
    const d = draftAfter('structure/front', ['# The Mill Pond', 'A History', 'by Ann Carter', '', 'The mill stood at the lower end of the village, where the brook was dammed to make a pond.'])
    expect(xmlOf([d.front!])).toBe('<front><titlePage><docTitle><titlePart type="main">The Mill Pond</titlePart><titlePart type="sub">A History</titlePart></docTitle>' +
      '<docAuthor>by Ann Carter</docAuthor></titlePage></front>')
  })

  it('no title block, no front', () => {
    expect(draftAfter('structure/front', ['The mill stood at the lower end of the village, where the brook was dammed.']).front).toBeUndefined()
  })
})
