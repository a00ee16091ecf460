import { describe, expect, it } from 'vitest'
import { draftAfter, xmlOf } from './draft-after.js'

const letter = [
  'Bath, 3 May 1820', '',
  'Dear Anna,', '',
  'The mill is working again after the flood, and the miller sends his thanks for the loan.', '',
  'Yours affectionately,', 'Ann Carter', '',
  'P.S. The weir is mended.',
]

describe('structure/letters', () => {
  it('a salutation among the first units makes a letter: opener, body, closer, postscript', () => {
    const d = draftAfter('structure/letters', letter)
    expect(d.isLetter).toBe(true)
    expect(d.content!.letters).toBe(1)
    expect(xmlOf(d.content!.nodes)).toBe('<div type="letter"><opener><dateline>Bath, 3 May 1820</dateline><salute>Dear Anna,</salute></opener>' +
      '<p>The mill is working again after the flood, and the miller sends his thanks for the loan.</p>' +
      '<closer><salute>Yours affectionately,</salute><signed>Ann Carter</signed></closer>' +
      '<postscript><p>P.S. The weir is mended.</p></postscript></div>')
  })

  it('a dateline before a salutation opens the next letter', () => {
    const d = draftAfter('structure/letters', [...letter, '', 'Bath, 9 May 1820', '', 'Dear Anna,', '', 'The pond is frozen over and the children skate on it every day.'], { kind: 'letters' })
    expect(d.content!.letters).toBe(2)
  })

  it('leaves a text without letter parts to the next passes', () => {
    const d = draftAfter('structure/letters', ['The mill stood at the lower end of the village, where the brook was dammed to make a pond.'])
    expect(d.isLetter).toBe(false)
    expect(d.content).toBeUndefined()
  })

  it('a dateline and a text that speaks to a "you" make a letter; a dated note about others does not', () => {
    const you = 'I send you the key by the carrier; you will find the box in the back room, and your papers are in the bundle tied with green tape, as you asked.'
    expect(draftAfter('structure/letters', ['Hartfield, 3 May 1820', '', you, '', 'The hens are laying again and the weather is fine.']).isLetter).toBe(true)
    const they = 'The carrier brought the key; the box was in the back room, and the papers were in the bundle tied with green tape, as the steward had said.'
    expect(draftAfter('structure/letters', ['Hartfield, 3 May 1820', '', they, '', 'The hens are laying again and the weather is fine.']).isLetter).toBe(false)
  })

  it('a dateline first (a day written "03") and a text that speaks to a "you" right after it: the letter\'s dateline, not a title page', () => {
    const d = draftAfter('structure/front', ['Rosebank August 03, 1812', '',
      'I will not pretend that your letter pleased us, for we had counted on seeing you at the mill this summer, and you know how long we have waited.', '',
      'We had put off every engagement and would see nobody until you had come to us; your room is ready and your books are on the shelf.'])
    expect(d.front).toBeUndefined()
    expect(xmlOf(d.content!.nodes)).toMatch(/^<div type="letter"><opener><dateline>Rosebank August 03, 1812<\/dateline><\/opener><p>I will not/)
  })

  it('a title with a year is still a title page, not a letter’s dateline', () => {
    expect(draftAfter('structure/front', ['The Mill Pond', 'Bath, 1820', '', 'The mill stood at the lower end of the village, where the brook was dammed to make a pond.']).front).toBeDefined()
  })

  it('a note marker alone on the first line anchors a note at the start of the text: no title page, the note in the body', () => {
    const d = draftAfter('structure/front', ['[1]', '', 'Dear Anna,', '',
      'The mill is working again after the flood, and the miller sends his thanks for the loan.', '',
      'Yours affectionately,', 'Ann Carter', '', '[1] Endorsed by the recipient: answered 9 May 1820.'])
    expect(d.front).toBeUndefined()
    const xml = xmlOf(d.content!.nodes)
    expect(xml).toContain('Endorsed by the recipient: answered 9 May 1820.</p></note>')
    expect(xml.indexOf('<note')).toBeLessThan(xml.indexOf('<salute>Dear Anna,</salute>'))
  })

  it('a note marker alone above a numbered letter: the letter\'s head, the note where its text begins, the opener', () => {
    const d = draftAfter('structure/front', ['[1]', '', 'LETTER No. 12.', '', 'BATH, 3 May 1820.', 'Dear Anna,',
      'The mill is working again after the flood, and the miller sends his thanks for the loan.', '',
      'Yours affectionately,', 'Ann Carter', '', '[1] Copy in another hand.'])
    expect(d.front && xmlOf([d.front])).toBeUndefined()
    expect(xmlOf(d.content!.nodes)).toMatch(/^<div type="letter"><head>LETTER No. 12.<\/head><note[^>]*><p>Copy in another hand.<\/p><\/note><opener><dateline>BATH, 3 May 1820.<\/dateline><salute>Dear Anna,<\/salute><\/opener>/)
  })
})
