/** The letter-structure scorer reads a reference the way a plain-text transcription gives it. */
import { describe, expect, it } from 'vitest'
import { parseXml } from '../../src/core/xml/parse.js'
import { findFirst } from '../../src/core/tree.js'
import { letterItems, scoreLetter } from './helpers/letter-structure.js'

const items = (body: string) => letterItems(findFirst(parseXml(`<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>${body}</body></text></TEI>`, 'r.xml').tree, 'body')!)

describe('letterItems', () => {
  it('keeps the source reading of a choice, drops deletions and notes, brackets what is supplied', () => {
    const got = items('<div type="letter"><opener><dateline>Bath <choice><abbr>d.</abbr><expan>den</expan></choice> 3 May</dateline></opener>' +
      '<p>A <del>bad</del> good<note>an editor’s note</note> day <supplied>was</supplied> had.</p></div>')
    expect(got).toEqual([
      { path: '/opener' },
      { path: '/opener/dateline', text: 'Bath d. 3 May' },
      { path: '/p', text: 'A good day [was] had.' },
    ])
  })

  it('reads a line break as a space, and a word broken across lines (break="no") as one word', () => {
    expect(items('<p>im No<lb break="no"/>vember<lb/>fertig</p>')).toEqual([{ path: '/p', text: 'im November fertig' }])
  })

  it('scores structure by the parts\' places and content by their texts', () => {
    const gold = items('<opener><salute>Sir,</salute></opener><p>Text.</p>')
    expect(scoreLetter(gold, items('<opener><salute>Sir,</salute></opener><p>Text.</p>'))).toEqual({ structure: 1, content: 1 })
    const moved = scoreLetter(gold, items('<p>Sir,</p><p>Text.</p>'))
    expect(moved.structure).toBeLessThan(1)
    expect(moved.content).toBe(0.5)
  })
})
