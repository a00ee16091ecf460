import { describe, expect, it } from 'vitest'
import { continuedNotes } from '../../../src/import/clean/continued-notes.js'
import { createDraft, type Unit } from '../../../src/import/draft.js'
import { createSourceFile } from '../../../src/core/source-file.js'
import { generatedText } from '../../../src/core/text-origin.js'

const unit = (kind: Unit['kind'], value: string): Unit => ({ kind, text: generatedText(value), lines: [] })

describe('clean/continued-notes', () => {
  it('moves a continued note before the paragraph its page change cut, so the halves meet', () => {
    const d = createDraft(createSourceFile('t.txt', ''), {})
    d.units = [unit('para', 'The miller kept the'), unit('note-continued', 'rest of the note'), unit('para', 'registers of the parish.')]
    continuedNotes.run(d)
    expect(d.units.map((u) => u.text.value)).toEqual(['rest of the note', 'The miller kept the', 'registers of the parish.'])
  })

  it('leaves a continued note at the start or end where it is', () => {
    const d = createDraft(createSourceFile('t.txt', ''), {})
    d.units = [unit('note-continued', 'a'), unit('para', 'b'), unit('note-continued', 'c')]
    continuedNotes.run(d)
    expect(d.units.map((u) => u.text.value)).toEqual(['a', 'b', 'c'])
  })
})
