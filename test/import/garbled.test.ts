/** Garbled passages: a simple function-word signal, never a rewrite. */
import { describe, expect, it } from 'vitest'
import { cutsMarkup, findGarbled } from '../../src/import/structure/garbled.js'

describe('findGarbled', () => {
  it('finds a sentence with two impossible function-word pairs', () => {
    const text = 'Prices fell. The committee of the met growers and the of resolved to send a the delegation. Then rain.'
    const spans = findGarbled(text, 'en')
    expect(spans).toHaveLength(1)
    expect(text.slice(spans[0].start, spans[0].end)).toBe('The committee of the met growers and the of resolved to send a the delegation.')
    expect(spans[0].evidence).toEqual(['the of', 'a the'])
  })

  it('does not flag well-formed prose, nor a single slip', () => {
    expect(findGarbled('Each of the delegates said that that was the end of the matter, and so it was.', 'en')).toEqual([])
    expect(findGarbled('He wrote the the letter on the first day of the month and posted it at once.', 'en')).toEqual([])
  })

  it('merges consecutive garbled sentences into one passage', () => {
    const text = 'The of mill a the river owner was. Of the and the, with by gates closed the of time. Fine.'
    const spans = findGarbled(text, 'en')
    expect(spans).toHaveLength(1)
    expect(text.slice(spans[0].start, spans[0].end)).toBe('The of mill a the river owner was. Of the and the, with by gates closed the of time.')
  })

  it('says nothing for a language it has no table for', () => {
    expect(findGarbled('The of mill a the river owner was the of time and the.', 'xx')).toEqual([])
  })

  it('refuses cuts through inline markup', () => {
    expect(cutsMarkup('a *b c* d', 3, 9)).toBe(true)
    expect(cutsMarkup('a *b* c d', 6, 9)).toBe(false)
  })
})
