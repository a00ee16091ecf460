/**
 * The order and form of index entries (xslt/common/index-names.xsl) as the print HTML gives them,
 * before any layout: persons by surname, particles where the edition's language puts them,
 * regnal names and epithets left alone, the language's collation, letters, life dates,
 * see-references, sortKey. (The PDFs are checked in index-volume.test.ts and pdf.test.ts.)
 */
import { describe, expect, it } from 'vitest'
import { transformXml } from '../../src/render/saxon.js'

interface Person { id: string; name: string; parts?: [string, string]; sortKey?: string; birth?: string; death?: string; aliases?: string[] }

function tei(persons: Person[]): string {
  const entry = (p: Person) => `<person xml:id="${p.id}"${p.sortKey ? ` sortKey="${p.sortKey}"` : ''}><persName type="main">${p.parts ? `<forename>${p.parts[0]}</forename> <surname>${p.parts[1]}</surname>` : p.name}</persName>${(p.aliases ?? []).map((a) => `<persName type="alias">${a}</persName>`).join('')}${p.birth ? `<birth when="${p.birth}"/>` : ''}${p.death ? `<death when="${p.death}"/>` : ''}</person>`
  return `<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="t"><teiHeader><fileDesc><titleStmt><title>Names</title></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>
    <standOff><listPerson>${persons.map(entry).join('')}</listPerson></standOff>
    <text><body><p>${persons.map((p) => `<persName ref="#${p.id}">${p.name}</persName>`).join(', ')}.</p></body></text></TEI>`
}

/** The index of persons as lines: letters, then entries "name (life)" and see-references. */
function index(persons: Person[], lang = 'en'): string[] {
  const html = transformXml('tei-to-print', tei(persons), 'names.xml', { 'edition-language': lang }).output
  const section = /<section class="index" id="index-persons">([\s\S]*?)<\/section>/.exec(html)![1]
  return [...section.matchAll(/<h2 class="index-letter">([^<]*)<\/h2>|<li class="index-(?:entry|see)"[^>]*>([\s\S]*?)<\/li>/g)]
    .map((m) => m[1] ?? m[2].replace(/<[^>]*>/g, '').trim())
}
const names = (persons: Person[], lang = 'en') => index(persons, lang).filter((l) => l.length > 3 || l.includes(','))
const one = (name: string, lang = 'en') => names([{ id: 'x', name }], lang)[0]

describe('the index form of a person', () => {
  it('inverts the name at the surname, particles where English puts them', () => {
    expect(one('Voltairine de Cleyre')).toBe('Cleyre, Voltairine de')
    expect(one('Ursula von der Leyen')).toBe('Leyen, Ursula von der')
    expect(one('Daphne du Maurier')).toBe('Du Maurier, Daphne')
    expect(one('Jean de la Fontaine')).toBe('La Fontaine, Jean de')
    expect(one('Jean d’Alembert')).toBe('Alembert, Jean d’')
    // a particle written with a capital is the surname's
    expect(one('Martin Van Buren')).toBe('Van Buren, Martin')
    expect(one('J. S. Mill')).toBe('Mill, J. S.')
    expect(one('Martin Luther King Jr.')).toBe('King, Martin Luther, Jr.')
  })

  it('leaves a regnal name, an epithet, one word and an inverted name as they are', () => {
    expect(one('Alexander III')).toBe('Alexander III')
    expect(one('Catherine of Aragon')).toBe('Catherine of Aragon')
    expect(one('Colette')).toBe('Colette')
    expect(one('Okafor, Samuel')).toBe('Okafor, Samuel')
  })

  it('follows the edition\'s language: German and French put de and von after the forename, Italian keeps da before the surname', () => {
    expect(one('Johann Wolfgang von Goethe', 'de')).toBe('Goethe, Johann Wolfgang von')
    expect(one('Joachim du Bellay', 'fr')).toBe('Du Bellay, Joachim')
    expect(one('Charles de Gaulle', 'fr')).toBe('Gaulle, Charles de')
    expect(one('Lorenzo da Ponte', 'it')).toBe('Da Ponte, Lorenzo')
    expect(one('Lorenzo da Ponte', 'en')).toBe('Ponte, Lorenzo da')
  })

  it('takes the register\'s parts over the written name', () => {
    expect(one('Gabriel García Márquez')).toBe('Márquez, Gabriel García')
    expect(names([{ id: 'x', name: 'Gabriel García Márquez', parts: ['Gabriel', 'García Márquez'] }])[0]).toBe('García Márquez, Gabriel')
  })

  it('gives life dates after the name, in the language\'s words', () => {
    expect(names([{ id: 'a', name: 'Ada Byrne', birth: '1815-12-10', death: '1852' }])[0]).toBe('Byrne, Ada (1815–1852)')
    expect(names([{ id: 'a', name: 'Ada Byrne', birth: '1815' }])[0]).toBe('Byrne, Ada (b. 1815)')
    expect(names([{ id: 'a', name: 'Ada Byrne', death: '1852' }], 'de')[0]).toBe('Byrne, Ada († 1852)')
    expect(names([{ id: 'a', name: 'Marcus Tullius Cicero', birth: '-0106', death: '-0043' }])[0]).toBe('Cicero, Marcus Tullius (106–43 BC)')
  })
})

describe('the order of an index', () => {
  const people: Person[] = [
    { id: 'p1', name: 'Paul Pabst' }, { id: 'o1', name: 'Ömer Özdemir' }, { id: 'o2', name: 'Otto Oberg' },
    { id: 'z1', name: 'Zora Zeller' }, { id: 'a1', name: 'Åsa Åkesson' }, { id: 'm1', name: 'Ewan McKay', sortKey: 'MacKay Ewan' },
    { id: 'm2', name: 'Isobel Maddox' }, { id: 'k1', name: 'Alexandra Kropotkin' }, { id: 'k2', name: 'Peter Kropotkin' }, { id: 'k3', name: 'Anna Kropotkina' },
  ]

  it('sorts by the language\'s collation, under letters without accents, sortKey first', () => {
    expect(index(people)).toEqual(['A', 'Åkesson, Åsa', 'K', 'Kropotkin, Alexandra', 'Kropotkin, Peter', 'Kropotkina, Anna', 'M', 'McKay, Ewan', 'Maddox, Isobel', 'O', 'Oberg, Otto', 'Özdemir, Ömer', 'P', 'Pabst, Paul', 'Z', 'Zeller, Zora'])
  })

  it('sorts as Swedish does in a Swedish edition (Å and Ö after Z)', () => {
    expect(index(people, 'sv').filter((l) => l.includes(',')).slice(-3)).toEqual(['Zeller, Zora', 'Åkesson, Åsa', 'Özdemir, Ömer'])
  })
})

describe('see-references', () => {
  it('are made for aliases filed under another heading, not for those beside the entry', () => {
    const lenin: Person = { id: 'lenin', name: 'Vladimir Ilyich Lenin', aliases: ['Lenin', 'Vladimir Ilyich', 'Vladimir Lenin', 'Vladimir', 'lenin', 'Lenins', 'Nikolai Lenin', 'N. Ulyanov'] }
    expect(index([lenin])).toEqual(['I', 'Ilyich, Vladimir, see Lenin', 'L', 'Lenin, Vladimir Ilyich', 'U', 'Ulyanov, N., see Lenin'])
  })

  it('name the whole entry when its surname is shared', () => {
    expect(names([{ id: 'a', name: 'Alexandra Kropotkin', aliases: ['Sasha Ross'] }, { id: 'b', name: 'Peter Kropotkin' }])).toContain('Ross, Sasha, see Kropotkin, Alexandra')
  })
})
