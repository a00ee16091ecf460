import { describe, expect, it } from 'vitest'
import { draftAfter, xmlOf } from './draft-after.js'

const prose = 'The mill stood at the lower end of the village, where the brook was dammed to make a pond.'

describe('structure/sections', () => {
  it('a heading opens a section that runs to the next; the div is typed by the declared kind', () => {
    const d = draftAfter('structure/sections', [prose, '', 'THE WEIR', '', prose], { kind: 'article' })
    expect(xmlOf(d.content!.nodes)).toBe(`<div type="article"><p>${prose}</p><div><head>THE WEIR</head><p>${prose}</p></div></div>`)
  })

  it('an empty text still has a paragraph (TEI requires one)', () => {
    const d = draftAfter('structure/sections', ['THE MILL'])
    expect(xmlOf(d.content!.nodes)).toBe('<div type="text"><p/></div>')
  })
})
