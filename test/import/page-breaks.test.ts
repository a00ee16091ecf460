/**
 * A page change inside a paragraph keeps the number of the new page when the page furniture
 * gives it (a running head with its number), in a word split across the pages too.
 */
import { describe, expect, it } from 'vitest'
import { createSourceFile } from '../../src/core/source-file.js'
import { importText } from '../../src/import/index.js'
import { serializeTei } from '../../src/core/xml/serialize.js'

const HEAD = (n: number) => `THE MILL POND${' '.repeat(50)}${n}`
const body = (text: string) => /<body>[\s\S]*<\/body>/.exec(serializeTei(importText(createSourceFile('t.txt', text), { id: 't' }).doc.tree))![0]

describe('page breaks inside a paragraph', () => {
  const pages = (split: [string, string]) => [
    'The Mill Pond', '',
    'The mill stood at the lower end of the village, where the brook was',
    `dammed to make a pond, and the miller kept the ${split[0]}`, '',
    HEAD(2), '',
    `${split[1]} of the parish in a chest in the loft of the mill.`, '',
    'In winter the men cut ice from the pond for the dairy of the manor.', '',
    HEAD(3), '',
    'The ice was stored in a cellar under the old barn until the summer.', '',
  ].join('\n')

  it('gives the new page\'s number between words', () => {
    expect(body(pages(['old', 'registers']))).toContain('the miller kept the old <pb n="2"/> registers of the parish')
  })

  it('gives it in a word split across the pages, with break="no"', () => {
    expect(body(pages(['regis-', 'ters']))).toContain('the miller kept the regis<pb n="2" break="no"/>ters of the parish')
  })

  it('gives the number of a page that begins with a new paragraph', () => {
    expect(body(pages(['old', 'registers']))).toMatch(/<pb n="3"\/>\s*<p>The ice was stored/)
  })

  it('keeps a page number\'s characters out of the text (only letters and digits reach @n)', () => {
    const xml = body(pages(['old', 'registers']))
    expect(xml).not.toMatch(/[\u0001-\u0003]/)
  })
})
