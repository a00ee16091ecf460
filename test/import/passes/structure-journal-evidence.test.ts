import { describe, expect, it } from 'vitest'
import { draftAfter } from './draft-after.js'

const diary = ['12 March 1890', '', 'Rain all day.', '', '13 March 1890', '', 'Walked to the mill.']

describe('structure/journal-evidence', () => {
  it('takes two lone date lines for a journal', () => {
    expect(draftAfter('structure/journal-evidence', diary).journalLike).toBe(true)
  })

  it('not when a salutation stands near the start (a letter has a dateline too)', () => {
    expect(draftAfter('structure/journal-evidence', ['Dear Anna,', '', ...diary]).journalLike).toBe(false)
  })

  it('not when the source is declared to be something else; always when declared a journal', () => {
    expect(draftAfter('structure/journal-evidence', diary, { kind: 'article' }).journalLike).toBe(false)
    expect(draftAfter('structure/journal-evidence', ['Rain all day.'], { kind: 'journal' }).journalLike).toBe(true)
  })
})
