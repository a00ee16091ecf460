import { describe, expect, it } from 'vitest'
import { draftAfter, xmlOf } from './draft-after.js'

describe('structure/orphan-notes', () => {
  it('keeps a note whose marker is not in the text, and warns where it is', () => {
    const d = draftAfter('structure/orphan-notes', ['The miller kept the registers of the parish.[1]', '', '[1] In a chest.', '[2] Burned in 1870.'])
    expect(xmlOf(d.orphans)).toBe('<note place="foot" n="2"><p>Burned in 1870.</p></note>')
    expect(d.diagnostics.map((x) => `${x.line}:${x.column} ${x.code}`)).toEqual(['4:1 note-body-orphan'])
  })
})
