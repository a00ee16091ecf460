import { isMarkersOnly } from '../../../src/import/clean/footnotes.js'
import { describe, expect, it } from 'vitest'
import { draftAfter, xmlOf } from './draft-after.js'

describe('clean/footnotes', () => {
  it('takes note bodies from the end of the text, parsed and waiting for their anchors', () => {
    const d = draftAfter('clean/footnotes', [
      'The miller kept the registers of the parish.[1] They burned in 1870.[2]', '',
      '[1] In a chest in the loft.', '[2] With the mill.',
    ])
    expect(d.notes.map((n) => n.mark)).toEqual(['1', '2'])
    expect([...d.noteBlocks]).toEqual([1])
    expect(xmlOf(d.inline.notes.get('1')![0].content)).toBe('<p>In a chest in the loft.</p>')
    expect(d.removed.map((r) => r.text)).toEqual(['[1] ', '[2] '])
    expect(d.normalisations.has('footnotes-placed')).toBe(true)
  })

  it('a separator followed by unmarked text: a note continued from the page before', () => {
    const d = draftAfter('clean/footnotes', ['The mill stood at the lower end of the village.', '', '---', '', 'where the chest was kept until the fire.'])
    expect(d.notes).toEqual([])
    expect([...d.continuations]).toEqual([2])
    expect([...d.noteBlocks]).toEqual([1])
  })

  it('a line of note markers alone ("[1]", "*", "¹²") is told from a separator ("***") and from text', () => {
    expect(['[1]', ' [2] [3] ', '*', '¹²', '<sup>4</sup>'].map(isMarkersOnly)).toEqual([true, true, true, true, true])
    expect(['***', '---', '[1] Copy in another hand.', '1.', ''].map(isMarkersOnly)).toEqual([false, false, false, false, false])
  })
})
