import { describe, expect, it } from 'vitest'
import { draftAfter, xmlOf } from './draft-after.js'
import { isEntryDate, isMonthHeading } from '../../../src/import/structure/journal-entries.js'

describe('structure/journal-entries', () => {
  it('one entry per lone date line, the date its head; text before the first entry stays first', () => {
    const d = draftAfter('structure/journal-entries', ['Notes kept at the mill.', '', '12 March 1890', '', 'Rain all day.', '', '13 March 1890', '', 'Walked to the weir.'])
    expect(xmlOf(d.content!.nodes)).toBe('<div type="journal"><p>Notes kept at the mill.</p>' +
      '<div type="entry"><head>12 March 1890</head><p>Rain all day.</p></div>' +
      '<div type="entry"><head>13 March 1890</head><p>Walked to the weir.</p></div></div>')
    expect(d.normalisations.has('journal-entries')).toBe(true)
  })

  it('builds nothing for a text that is not a journal', () => {
    expect(draftAfter('structure/journal-entries', ['The mill stood at the lower end of the village.']).content).toBeUndefined()
  })

  it('a weekday and a day number alone head an entry; a month heading holds the month\'s entries', () => {
    const d = draftAfter('structure/journal-entries', ['MARCH 1890', '', 'Wednesday 12', '', 'Rain all day.', '', 'Thurs 13', '', 'Walked to the weir.'])
    expect(xmlOf(d.content!.nodes)).toBe('<div type="journal"><div type="month"><head>MARCH 1890</head>' +
      '<div type="entry"><head>Wednesday 12</head><p>Rain all day.</p></div>' +
      '<div type="entry"><head>Thurs 13</head><p>Walked to the weir.</p></div></div></div>')
  })
})

describe('entry heads and month headings', () => {
  it('entry dates in English, German and French', () => {
    for (const t of ['Wednesday 12', 'Thurs 9', 'Friday 2d.', 'Sat. 15', 'Mittwoch, den 12.', 'Freitag 14ten', 'Mercredi 12', '12 March 1890', 'Monday, 4 January 1875.'])
      expect(isEntryDate(t), t).toBe(true)
    for (const t of ['Wednesday', 'March 1890', 'On Friday 12 we left', 'Friday 42']) expect(isEntryDate(t), t).toBe(false)
  })

  it('month headings', () => {
    for (const t of ['JANUARY 1821', 'February.', 'März 1821', 'Janvier', '## April 1900']) expect(isMonthHeading(t), t).toBe(true)
    for (const t of ['12 March 1890', 'March the 12th', 'Mayhem']) expect(isMonthHeading(t), t).toBe(false)
  })
})
