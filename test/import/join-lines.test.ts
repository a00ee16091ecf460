/** Line-end hyphens, judged by the document's vocabulary and its language (clean/join-lines.ts). */
import { describe, expect, it } from 'vitest'
import { documentVocabulary, keepHyphen } from '../../src/import/clean/join-lines.js'

describe('keepHyphen', () => {
  it('keeps the hyphen of a compound the text writes so, drops a soft one', () => {
    const vocabulary = documentVocabulary('the so-called reform of the revolution')
    expect(keepHyphen('so', 'called', vocabulary)).toBe(true)
    expect(keepHyphen('revo', 'lution', vocabulary)).toBe(false)
  })

  it('an English prefix written with a hyphen whatever follows is English only', () => {
    expect(keepHyphen('self', 'evident', new Set(), 'en')).toBe(true)
    expect(keepHyphen('self', 'evident', new Set(), 'de')).toBe(false)
  })
})
