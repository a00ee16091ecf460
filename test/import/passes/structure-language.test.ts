import { describe, expect, it } from 'vitest'
import { draftAfter } from './draft-after.js'
import { detectLanguage } from '../../../src/import/structure/language.js'

const en = 'The weather has been so fine this week that we went out in the boat every day, and my brother caught more fish than we could eat.'
const de = 'Das Wetter war in dieser Woche so schön, daß wir jeden Tag mit dem Boot hinausfuhren, und mein Bruder hat mehr Fische gefangen, als wir essen konnten.'
const fr = "Le temps a été si beau cette semaine que nous sommes sortis en bateau tous les jours, et mon frère a pris plus de poissons que nous n'en pouvions manger."
const it_ = 'Il tempo è stato così bello questa settimana che siamo usciti in barca ogni giorno, e mio fratello ha preso più pesci di quanti ne potessimo mangiare.'
const nl = 'Het weer was deze week zo mooi dat wij elke dag met de boot uitvoeren, en mijn broer heeft meer vis gevangen dan wij konden eten.'

describe('detectLanguage', () => {
  it('tells English, German, French, Italian and Dutch prose apart', () => {
    expect(detectLanguage(en)?.language).toBe('en')
    expect(detectLanguage(de)?.language).toBe('de')
    expect(detectLanguage(fr)?.language).toBe('fr')
    expect(detectLanguage(it_)?.language).toBe('it')
    expect(detectLanguage(nl)?.language).toBe('nl')
  })

  it('does not decide on a few words', () => {
    expect(detectLanguage('Paris, 4 juin 1802')).toBeUndefined()
    expect(detectLanguage('')).toBeUndefined()
  })
})

describe('structure/language', () => {
  it('sets the draft\'s language from the body when the source does not declare one, and says so', () => {
    const d = draftAfter('structure/language', ['Mein lieber Freund,', '', de], { language: undefined, defaultLanguage: 'en' })
    expect(d.language).toBe('de')
    expect(d.inline.language).toBe('de')
    expect(d.diagnostics.map((x) => `${x.line}:${x.column} ${x.code}`)).toEqual(['1:1 language-detected'])
  })

  it('keeps a declared language, and the edition\'s when the text agrees or is unclear', () => {
    expect(draftAfter('structure/language', [fr], { language: 'en' }).language).toBe('en')
    expect(draftAfter('structure/language', [en], { language: undefined, defaultLanguage: 'en' }).diagnostics).toEqual([])
    expect(draftAfter('structure/language', ['Bath, 3 May 1820'], { language: undefined, defaultLanguage: 'de' }).language).toBe('de')
  })

  it('reads the body only: notes in another language do not sway it', () => {
    const d = draftAfter('structure/language', [fr + '[1]', '', `[1] ${en} ${en} ${en}`], { language: undefined })
    expect(d.language).toBe('fr')
  })
})
