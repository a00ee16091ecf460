import { describe, expect, it } from 'vitest'
import { draftAfter, xmlOf } from './draft-after.js'

describe('structure/text', () => {
  it('front, body and back; what the body encodes is noted for the header', () => {
    const d = draftAfter('structure/text', ['# The Mill', '', 'The *old* mill stood by the [river] brook.[1]', '', '[1] In the valley.', '[2] A note without marker.'])
    expect(xmlOf([d.text!])).toBe('<text><front><titlePage><docTitle><titlePart type="main">The Mill</titlePart></docTitle></titlePage></front>' +
      '<body><div type="text"><p>The <hi rend="italic">old</hi> mill stood by the <supplied>river</supplied> brook.<note place="foot" n="1"><p>In the valley.</p></note></p></div></body>' +
      '<back><div type="notes"><note place="foot" n="2"><p>A note without marker.</p></note></div></back></text>')
    expect([...d.normalisations].sort()).toEqual(['editorial-signs', 'footnotes-placed', 'inline-formatting'])
  })
})
