import { describe, expect, it } from 'vitest'
import { draftAfter } from './draft-after.js'

describe('structure/body', () => {
  it('keeps the blocks after the title block, without the note bodies and their separator', () => {
    const d = draftAfter('structure/body', ['THE MILL', '', 'The mill stood at the lower end of the village.[1]', '', 'In winter the men cut ice from the pond.', '', '---', '', '[1] By the brook.'])
    expect(d.body.map((b) => b.block.lines[0].text)).toEqual(['The mill stood at the lower end of the village.[1]', 'In winter the men cut ice from the pond.'])
  })

  it('a separator line that no note follows is taken out, recorded as removed', () => {
    const d = draftAfter('structure/body', ['THE MILL', '', 'The mill stood at the lower end of the village.', '', '***'])
    expect(d.body.map((b) => b.block.lines[0].text)).toEqual(['The mill stood at the lower end of the village.'])
    expect(d.removed).toEqual([{ offset: 59, text: '***', reason: 'separator line' }])
  })

  it('splits a journal entry\'s date off the first line of its text', () => {
    const d = draftAfter('structure/body', ['Monday, 4 January 1875', 'Snow in the night.', '', 'Tuesday, 5 January 1875', 'Thaw.'])
    expect(d.body.map((b) => b.block.lines.map((l) => l.text).join('|'))).toEqual(['Monday, 4 January 1875', 'Snow in the night.', 'Tuesday, 5 January 1875', 'Thaw.'])
  })
})
