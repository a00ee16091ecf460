import { describe, expect, it } from 'vitest'
import { buildNameIndex } from '../../src/enrich/entities/name-index.js'
import { compileMatcher } from '../../src/enrich/entities/match-names.js'
import { conventionsFor } from '../../src/enrich/entities/name-conventions.js'
import { foldText } from '../../src/enrich/entities/fold-text.js'
import type { Registers } from '../../src/core/registers.js'

const registers: Registers = {
  persons: [
    { id: 'lindqvist', name: 'Agnes Lindqvist', aliases: ['Agnes'] },
    { id: 'moreau', name: 'Étienne Moreau' },
    { id: 'paul-roth', name: 'Paul Roth' },
    { id: 'eva-roth', name: 'Eva Roth' },
    { id: 'otto', name: 'Otto IV' },
    { id: 'oconnell', name: 'Daniel O’Connell' },
  ],
  places: [
    { id: 'sogn', name: 'Sogn', aliases: ['Western Sogn', 'western Sogn'] },
    { id: 'rhine', name: 'Rhine-Valley' },
    { id: 'ireland', name: 'Ireland' },
  ],
  orgs: [{ id: 'guild', name: 'Weavers Guild of Lund', aliases: ['Weavers Guild'] }],
}

const match = compileMatcher(buildNameIndex(registers), conventionsFor('en'))
/** [matched text, ids] for each match in the text. */
const run = (text: string) => match(text).map((m) => [m.text, m.targets.map((t) => t.id).join('|')])

describe('name matcher', () => {
  const table: [string, string, string[][]][] = [
    ['full name', 'I met Agnes Lindqvist today.', [['Agnes Lindqvist', 'lindqvist']]],
    ['alias', 'and Agnes came too', [['Agnes', 'lindqvist']]],
    ['surname alone when unambiguous', 'Lindqvist wrote back', [['Lindqvist', 'lindqvist']]],
    ['longest match wins', 'the Weavers Guild of Lund met', [['Weavers Guild of Lund', 'guild']]],
    ['shorter alias when the long form is absent', 'the Weavers Guild met', [['Weavers Guild', 'guild']]],
    ['name broken over a line', 'with Agnes\nLindqvist and', [['Agnes\nLindqvist', 'lindqvist']]],
    ['several spaces inside a name', 'with Agnes   Lindqvist', [['Agnes   Lindqvist', 'lindqvist']]],
    ['diacritics dropped in the text', 'Etienne Moreau said', [['Etienne Moreau', 'moreau']]],
    ['diacritics kept in the text', 'Étienne Moreau said', [['Étienne Moreau', 'moreau']]],
    ['upper-case text', 'LINDQVIST', [['LINDQVIST', 'lindqvist']]],
    ['straight quote for a curly one', "Daniel O'Connell spoke", [["Daniel O'Connell", 'oconnell']]],
    ['en dash for a hyphen', 'the Rhine–Valley', [['Rhine–Valley', 'rhine']]],
    ['possessive stays outside', "Lindqvist's letter", [['Lindqvist', 'lindqvist']]],
    ['regnal number', 'Otto IV came', [['Otto IV', 'otto']]],
    ['shared surname is ambiguous', 'Roth was there', [['Roth', 'paul-roth|eva-roth']]],
    ['full form of a shared surname is not', 'Eva Roth was there', [['Eva Roth', 'eva-roth']]],
    ['lower-case start is not a name, the rest still is', 'in eastern Sogn', [['Sogn', 'sogn']]],
    ['a lower-case form of the register is found as written', 'in western Sogn', [['western Sogn', 'sogn']]],
    ['capitalised alias variant', 'in Western Sogn', [['Western Sogn', 'sogn']]],
    ['adjective is not a name', 'an Irelandish custom and Irish ways', []],
    ['no match inside a word', 'Sognefjord and Lindqvistian', []],
    ['an English genitive s stays outside', 'Lindqvists letter', [['Lindqvist', 'lindqvist']]],
    ['a lower-case common word is not a name', 'agnes', []],
  ]
  for (const [rule, text, expected] of table) it(rule, () => expect(run(text)).toEqual(expected))

  it('maps every folded character back to the original text', () => {
    for (const s of ['Étienne', 'O’Connell', 'Rhine–Valley', 'a\u0301b', 'Ǆ', 'Pom\u0304ern', 'a \n b']) {
      const f = foldText(s)
      expect(f.origin.length).toBe(f.text.length + 1)
      expect(f.origin[f.text.length]).toBe(s.length)
      for (let i = 1; i < f.origin.length; i++) expect(f.origin[i]).toBeGreaterThanOrEqual(f.origin[i - 1])
    }
    expect(foldText('Pom\u0304ern a \n b').text).toBe('pomern a b')
  })

  it('prefers an explicit alias over a derived surname of another entry', () => {
    const m = compileMatcher(buildNameIndex({ persons: [{ id: 'a', name: 'Karl Roth' }, { id: 'b', name: 'Roth', aliases: [] }], places: [], orgs: [] }), conventionsFor('en'))
    expect(m('Roth').map((x) => x.targets.map((t) => t.id))).toEqual([['b']])
  })
})
