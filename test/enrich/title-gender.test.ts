import { describe, expect, it } from 'vitest'
import { createSourceFile } from '../../src/core/source-file.js'
import { importText } from '../../src/import/index.js'
import { enrichDocument } from '../../src/enrich/index.js'
import { serializeTei } from '../../src/core/xml/serialize.js'
import { personGenders, titleGenderBefore } from '../../src/enrich/entities/title-gender.js'
import type { Registers } from '../../src/core/registers.js'

const registers: Registers = {
  persons: [
    { id: 'whitcombe-charles', name: 'Mr Whitcombe' },
    { id: 'lund', name: 'Anna Lund', aliases: ['Mrs. Lund', 'Lund'] },
    { id: 'berg', name: 'Jonas Berg' },
  ],
  places: [],
  orgs: [],
}

describe('title gender', () => {
  it('reads the gender of the title just before a name, in English, German and French', () => {
    expect(['I met Mrs ', 'mit Herrn ', 'chez Madame ', 'and Mr. ', 'with '].map(titleGenderBefore)).toEqual(['f', 'm', 'f', 'm', undefined])
  })

  it('gives a register person the gender its forms’ titles agree on, none without a title', () => {
    expect(personGenders(registers)).toEqual(new Map([['whitcombe-charles', 'm'], ['lund', 'f']]))
  })

  it('does not take a surname after a title of the other gender for the register’s person: she is a candidate', () => {
    const { doc } = importText(createSourceFile('d.txt', 'Title\n\nMrs Whitcombe came to see me. Mr Whitcombe went to town, and Whitcombe wrote. Mr. Berg and Mr. Lund dined.\n'), { id: 'd' })
    const r = enrichDocument(doc, { registers })
    const xml = serializeTei(r.doc.tree)
    expect(xml).toContain('Mrs Whitcombe came')
    expect(xml).toContain('<persName ref="#whitcombe-charles">Mr Whitcombe</persName> went')
    expect(xml).toContain('<persName ref="#whitcombe-charles">Whitcombe</persName> wrote')
    // (the register writes titles in its forms, so it alone decides: none for Berg)
    expect(xml).toContain('Mr. <persName ref="#berg">Berg</persName>')
    expect(xml).toContain('Mr. Lund dined')
    expect(r.report.candidates.map((c) => c.text)).toEqual(expect.arrayContaining(['Mrs Whitcombe', 'Mr. Lund']))
  })

  it('does not take a surname after another first name for the register’s person of that surname', () => {
    const regs: Registers = { persons: [{ id: 'jane-kettle', name: 'Jane Kettle' }], places: [], orgs: [] }
    const en = importText(createSourceFile('w.txt', 'Title\n\nI met Anna Kettle at church, and later Kettle himself. Jane Kettle came on Monday.\n'), { id: 'w' })
    const xml = serializeTei(enrichDocument(en.doc, { registers: regs }).doc.tree)
    expect(xml).toContain('I met Anna Kettle at church')
    expect(xml).toContain('later <persName ref="#jane-kettle">Kettle</persName> himself')
    expect(xml).toContain('<persName ref="#jane-kettle">Jane Kettle</persName> came')
    const de = importText(createSourceFile('d.txt', 'Titel\n\nWir besuchten gestern die Familie Kettle in der Stadt, und auch Herrn Kettle selbst.\n'), { id: 'd', language: 'de' })
    const dxml = serializeTei(enrichDocument(de.doc, { registers: regs }).doc.tree)
    expect(dxml).toContain('die Familie <persName ref="#jane-kettle">Kettle</persName> in')
  })
})
