import { describe, expect, it } from 'vitest'
import { draftAfter, xmlOf } from './draft-after.js'

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
})
