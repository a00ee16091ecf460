/** The TEI of a source whose language neither the source nor the edition declares carries the detected language. */
import { describe, expect, it } from 'vitest'
import { createSourceFile } from '../../src/core/source-file.js'
import { importText } from '../../src/import/index.js'
import { serializeTei } from '../../src/core/xml/serialize.js'
import { loadEdition } from '../../src/core/edition.js'

const sample = loadEdition('editions/kropotkin').edition.config

const letter = (lines: string[], editionLanguage?: string, language?: string) =>
  serializeTei(importText(createSourceFile('l.txt', lines.join('\n') + '\n'), { id: 'l', edition: editionLanguage ? { ...sample, language: editionLanguage } : undefined, metadata: { language } }).doc.tree)

const de = ['Leipzig, den 3. Mai 1821.', '', 'Lieber Bruder,', '',
  'ich habe Deinen Brief mit großer Freude gelesen, und ich danke Dir auch für die Bücher, die Du mir geschickt hast. Wir sind alle wohl und denken oft an Dich.']
const fr = ['Paris, ce 4 juin 1802.', '', 'Mon cher ami,', '',
  "J'ai reçu votre lettre avec un très grand plaisir, et je vous remercie des livres que vous m'avez envoyés. Nous sommes tous en bonne santé et nous pensons souvent à vous."]

describe('the document\'s language', () => {
  it('is detected for German and French letters (xml:lang and langUsage)', () => {
    expect(letter(de)).toMatch(/<TEI [^>]*xml:lang="de"/)
    expect(letter(de)).toContain('<language ident="de">German</language>')
    expect(letter(fr)).toMatch(/<TEI [^>]*xml:lang="fr"/)
  })

  it('overrides the edition\'s language when the text clearly reads otherwise; the source\'s declaration wins', () => {
    expect(letter(fr, 'de')).toMatch(/<TEI [^>]*xml:lang="fr"/)
    expect(letter(fr, 'de', 'de')).toMatch(/<TEI [^>]*xml:lang="de"/)
  })
})
