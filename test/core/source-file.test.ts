import { describe, expect, it } from 'vitest'
import { createSourceFile } from '../../src/core/source-file.js'

describe('createSourceFile.locate', () => {
  const f = createSourceFile('a.txt', 'ab\ncd\n\nef')
  it('gives 1-based line and column for an offset', () => {
    expect(f.locate(0)).toEqual({ line: 1, column: 1, offset: 0 })
    expect(f.locate(1)).toEqual({ line: 1, column: 2, offset: 1 })
    expect(f.locate(3)).toEqual({ line: 2, column: 1, offset: 3 })
    expect(f.locate(7)).toEqual({ line: 4, column: 1, offset: 7 })
  })
  it('puts the newline itself at the end of its line', () => {
    expect(f.locate(2)).toEqual({ line: 1, column: 3, offset: 2 })
  })
  it('clamps offsets outside the text', () => {
    expect(f.locate(-5).line).toBe(1)
    expect(f.locate(999)).toEqual({ line: 4, column: 3, offset: 9 })
  })
})
