/** The forms of a letter's parts, in English, German and French (structure/letter-parts.ts). */
import { describe, expect, it } from 'vitest'
import { isAddressLine, isClosing, isDateLine, isDatelineLines, isFarewell, isPlaceLine, isPostscript, isSalutation, isSalutationByWords, isSignature } from '../../src/import/structure/letter-parts.js'

const each = (f: (t: string) => boolean, yes: string[], no: string[]) => {
  for (const t of yes) expect(f(t), t).toBe(true)
  for (const t of no) expect(f(t), t).toBe(false)
}

describe('letter parts', () => {
  it('datelines in each language\'s forms', () => {
    each(isDateLine, ['Bath, Feby 3d. 1819', 'Wien, den 3. Mai 1821.', 'Leipzig am 12ten Jänner 1830', 'Paris ce 4 juin 1802', '14th March 1842.',
      'Tuesday 13th May', 'Monday evening', 'Dresden, d. 5ten Septbr. 1834.', '3/12 40.', 'à Dresde ce 16 Xbre 1763', '1833.', 'June 3d, 1828.', "ce 31 d'Octobre"],
    ['I came on 3 May.', 'Your letter of the 9th', 'Office of Works, Whitehall,', 'yr ME 20 May 1816', 'Paragraph 12'])
    expect(isDatelineLines(['Office of Works, Whitehall,', '14th March 1842.'])).toBe(true)
    expect(isDatelineLines(['Two letters to Lenin', 'Dmitrov, 4 March 1920'])).toBe(false)
    each(isPlaceLine, ['Lincoln\'s Inn Fields,', '14 Rue des Lilas, Paris', 'Dmitrov (Moscow province)', 'Frankfurt am Main', 'à Magdeburg', 'zu Weimar'], ['Two letters to Lenin', 'Dear Sir,'])
  })

  it('salutations, with or without punctuation, also ending with a full stop', () => {
    each(isSalutationByWords, ['Sir', 'Dear Madam,', 'My dear Kate', 'My dear Madam.', 'Hochverehrter Herr Professor!', 'Liebe Freundin,', 'Theuerster Freund!',
      'Monsieur,', 'Mon cher ami,', 'Monsieur et cher confrère,'], ['Dear me, what a day it has been for all of us at the mill.', 'Believe me, dear Sir,', 'Sirius is bright tonight?'])
    each(isSalutation, ['Paul,', 'Comrades!'], ['Yours ever,', 'With love,'])
  })

  it('closing formulas, signatures, address lines and postscripts', () => {
    each(isClosing, ['I remain, Sir,', 'your obedient servant,', 'Yours very faithfully,', 'Ihr ergebenster', 'Ihr', 'Mit der vorzüglichsten Hochachtung',
      'Votre affectueusement dévoué,', 'Bien à vous,', "J'ai l'honneur d'être, Monsieur,"], ['Ever since the flood', 'Ihre Sendung ist gestern angekommen, und ich danke Ihnen.'])
    each(isSignature, ['J. Smith', 'W. H.', "d'Estournelles de Constant", 'Böckh.', 'Ihrer Dorothea .', 'Secretary'], ['your obedient servant,', 'Thank you.'])
    each(isAddressLine, ['To Thomas Hardwick Esq.', 'An', 'à Monsieur', 'A Monsieur Girard', 'Mrs. Hale', 'W. Strutt Esqre', 'rue de Seine, 14', 'NEW-YORK.'],
      ['Bristol', 'Dear Sir,', 'A. Morel'])
    each(isSignature, ['Richd Lovell Edgeworth[2]', 'Maria Edgeworth -'], ['Thank you.'])
    each(isPostscript, ['P.S. The parcel came.', 'PS: bring the key', 'Nachschrift. Die Mutter grüßt.', 'N.B. the gate'], ['Pray send it soon.'])
  })

  it('farewells that end a last paragraph, by language', () => {
    expect(isFarewell('Adieu, my dearest Kate, and believe me ever your affectionate sister.', 'en')).toBe(true)
    expect(isFarewell('Leben Sie wohl und gedenken Sie zuweilen Ihrer treuen Freundin.', 'de')).toBe(true)
    expect(isFarewell('Ma mère vous salue, et je vous embrasse de tout mon cœur.', 'fr')).toBe(true)
    expect(isFarewell('The river is higher than anyone remembers.', 'en')).toBe(false)
    expect(isFarewell('Wir lesen abends wieder zusammen.', 'de')).toBe(false)
  })
})
