/** Paragraphs cut mid-sentence by the extraction, and quotations introduced by a colon. */
import { describe, expect, it } from 'vitest'
import { endsMidSentence, midSentenceCapitals } from '../../src/import/clean/sentence-cut.js'
import { introducesQuotation, looksQuoted, personIsEvidence } from '../../src/import/structure/quotation-run.js'

describe('endsMidSentence', () => {
  const names = midSentenceCapitals('They met the Bolsheviks, and later, Lenin. The end.')
  it('knows the names the text capitalises mid-sentence', () => {
    expect([...names].sort()).toEqual(['Bolsheviks', 'Lenin'])
  })
  it('joins before a lower-case start, or a name after a word that cannot end a sentence', () => {
    expect(endsMidSentence('only 25 percent for the', 'Bolsheviks. The red terror', 'en', names)).toBe(true)
    expect(endsMidSentence('what type of republic Russia would become: "And,', 'citizens,” he said', 'en')).toBe(true)
  })
  it('does not join a finished sentence, nor an unrelated start (that is a page-order question)', () => {
    expect(endsMidSentence('The meeting closed.', 'and then', 'en')).toBe(false)
    expect(endsMidSentence('only 25 percent for the', 'Historians agree that', 'en', names)).toBe(false)
    expect(endsMidSentence('their powers are certainly nil', 'Bolsheviks came', 'en', names)).toBe(false)
  })
})

describe('quotations after a colon', () => {
  it('needs a colon to introduce', () => {
    expect(introducesQuotation('Kropotkin replied:')).toBe(true)
    expect(introducesQuotation('Kropotkin replied.')).toBe(false)
  })
  it('takes quotation marks and elisions as evidence in any text', () => {
    expect(looksQuoted('“The world is badly shaken.”', 'en', false)).toBe(true)
    expect(looksQuoted('The world is badly shaken... and it will not hold.', 'en', false)).toBe(true)
    expect(looksQuoted('The world is badly shaken.', 'en', false)).toBe(false)
  })
  it('takes the first or second person as evidence only where the narrative avoids it', () => {
    expect(looksQuoted('I hope you will not answer me so.', 'en', true)).toBe(true)
    expect(looksQuoted('I hope you will not answer me so.', 'en', false)).toBe(false)
    const thirdPerson = ['He came.', 'She left.', 'They met.', 'It rained.', 'He wrote: “I am tired.”']
    expect(personIsEvidence(thirdPerson, 'en')).toBe(true)
    expect(personIsEvidence(['I came.', 'We left.', 'You met him.', 'It rained.', 'He wrote.'], 'en')).toBe(false)
  })
})
