import { describe, expect, it } from 'vitest'
import { closingDateline } from '../../src/enrich/dates/closing-dateline.js'

describe('closingDateline', () => {
  it('finds the place and full date that end a paragraph, in each language', () => {
    expect(closingDateline('I can write no more tonight. Bath, May 3d 1820.', 'en')?.text).toBe('May 3d 1820')
    expect(closingDateline("ne furent ouvertes qu'aujourd'hui. à Dresde ce 18 Decembre 1763.", 'fr')?.text).toBe('18 Decembre 1763')
    expect(closingDateline('Mehr kann ich heute nicht schreiben. Berlin, den 4. Mai 1821.', 'de')?.start).toEqual({ day: 4, month: 5, year: 1821 })
    expect(closingDateline('and so I stop. New York, Laura Place, June 3, 1890', 'en')?.text).toBe('June 3, 1890')
  })

  it('needs places that begin a sentence: a date in passing is no dateline', () => {
    expect(closingDateline('The roads were as bad as they were in London, March 1st 1820.', 'en')).toBeUndefined()
    expect(closingDateline('We met him at Bath on March 1st 1820.', 'en')).toBeUndefined()
  })

  it('needs a full date at the very end, and text before the dateline', () => {
    expect(closingDateline('I stop here. Bath, March 1820.', 'en')).toBeUndefined()
    expect(closingDateline('I stop here. Bath, March 9th.', 'en')).toBeUndefined()
    expect(closingDateline('I stop here. Bath, March 9th 1820, and go on tomorrow.', 'en')).toBeUndefined()
    expect(closingDateline('Bath, March 9th 1820.', 'en')).toBeUndefined()
  })
})
