import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { concatText, generatedText, sliceText, sourceOffsetAt, sourceText } from '../../src/core/text-origin.js'

describe('text origins', () => {
  it('maps characters of a joined, dehyphenated run back to the source', () => {
    // source: "revo-\nlution is" → "revolution is"
    const a = sourceText('revo', 0)
    const b = sourceText('lution is', 6)
    const joined = concatText([a, b])
    expect(joined.value).toBe('revolution is')
    expect(sourceOffsetAt(joined, 0)).toBe(0)
    expect(sourceOffsetAt(joined, 3)).toBe(3)
    expect(sourceOffsetAt(joined, 4)).toBe(6)
    expect(sourceOffsetAt(joined, 12)).toBe(14)
  })

  it('keeps origins when a node is sliced', () => {
    const joined = concatText([sourceText('Hello', 10), generatedText(' '), sourceText('world', 30)])
    const world = sliceText(joined, 6)
    expect(world.value).toBe('world')
    expect(sourceOffsetAt(world, 0)).toBe(30)
    const space = sliceText(joined, 5, 6)
    // an inserted character has no origin of its own: the nearest following one is used
    expect(sourceOffsetAt(space, 0)).toBeUndefined()
    expect(sourceOffsetAt(sliceText(joined, 5), 0)).toBe(30)
  })

  it('merges adjacent contiguous segments', () => {
    const t = concatText([sourceText('ab', 0), sourceText('cd', 2)])
    expect(t.origin).toEqual([{ index: 0, sourceOffset: 0, length: 4 }])
  })

  it('slicing and re-joining gives back the same value and offsets (property)', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 60 }), fc.nat(), fc.nat(), (s, x, y) => {
      const node = sourceText(s, 100)
      const i = x % (s.length + 1)
      const j = i + (y % (s.length - i + 1))
      const parts = [sliceText(node, 0, i), sliceText(node, i, j), sliceText(node, j)]
      const back = concatText(parts)
      expect(back.value).toBe(s)
      for (let k = 0; k < s.length; k++) expect(sourceOffsetAt(back, k)).toBe(100 + k)
    }))
  })
})
