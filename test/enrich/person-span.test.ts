import { describe, expect, it } from 'vitest'
import { personSpan, registerPractice } from '../../src/enrich/entities/person-span.js'
import { conventionsFor } from '../../src/enrich/entities/name-conventions.js'
import type { Registers } from '../../src/core/registers.js'

const canonical: Registers = {
  persons: [{ id: 'a', name: 'Jonas Pryor' }, { id: 'b', name: 'Anne Marlow' }, { id: 'c', name: 'Louis Dubois' }, { id: 'd', name: 'Eva Roth' }],
  places: [],
}
/** Forms as the text writes them, as a register drawn from an edition's own tagging has them: a surname alone, no title. */
const asWritten: Registers = {
  persons: [{ id: 'a', name: 'Pryor' }, { id: 'b', name: 'Anne Marlow', aliases: ['Marlow'] }, { id: 'c', name: 'Dubois' }, { id: 'd', name: 'Eva Roth' }],
  places: [],
}
const span = (text: string, name: string, registers: Registers, language = 'fr') => {
  const at = text.indexOf(name)
  const s = personSpan(text, at, name.length, conventionsFor(language), registerPractice(registers))
  return text.slice(s.index, s.index + s.length)
}

describe('personSpan: a courtesy title before a name', () => {
  it('goes inside the name in French and English when the register names persons in full', () => {
    expect(span('la réponse de Monsieur Dubois', 'Dubois', canonical)).toBe('Monsieur Dubois')
    expect(span('I saw Mr. Pryor today', 'Pryor', canonical, 'en')).toBe('Mr. Pryor')
  })

  it('stays outside when the register lists forms as written, none with a title: its editors tagged them so', () => {
    expect(registerPractice(asWritten).formsAsWritten).toBe(true)
    expect(registerPractice(canonical).formsAsWritten).toBe(false)
    expect(span('la réponse de Monsieur Dubois', 'Dubois', asWritten)).toBe('Dubois')
    expect(span('I saw Mr. Pryor today', 'Pryor', asWritten, 'en')).toBe('Pryor')
  })

  it('stays outside in German whatever the register', () => {
    expect(span('an Herrn Dubois', 'Dubois', canonical, 'de')).toBe('Dubois')
  })
})
