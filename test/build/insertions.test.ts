import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { applyInsertions, originalOffset, shiftedOffset } from '../../src/build/tei/insertions.js'

describe('applyInsertions', () => {
  it('inserts at offsets of the original, keeping the given order at one offset', () => {
    expect(applyInsertions('Tom and Meg', [{ offset: 0, text: '<a>' }, { offset: 3, text: '</a>' }, { offset: 8, text: '<b>' }, { offset: 11, text: '</b>' }])).toBe('<a>Tom</a> and <b>Meg</b>')
    expect(applyInsertions('xy', [{ offset: 1, text: '</a>' }, { offset: 1, text: '<b>' }])).toBe('x</a><b>y')
  })

  it('leaves the original recoverable, and maps offsets both ways', () => {
    fc.assert(fc.property(fc.string(), fc.array(fc.tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 5 }))), (text, raw) => {
      const insertions = raw.map(([o, t]) => ({ offset: o % (text.length + 1), text: t }))
      const out = applyInsertions(text, insertions)
      expect(out.length).toBe(text.length + insertions.reduce((n, i) => n + i.text.length, 0))
      for (let k = 0; k < text.length; k++) {
        // a character of the original sits after every insertion at or before it
        const at = shiftedOffset(k, insertions)
        expect(out[at]).toBe(text[k])
        expect(originalOffset(at, insertions)).toBe(k)
      }
    }))
  })
})
