import { describe, expect, it } from 'vitest'
import { parseXml } from '../../src/core/xml/parse.js'
import { serializeTei } from '../../src/core/xml/serialize.js'
import { tagDates, type TagDatesOptions } from '../../src/enrich/dates/tag-dates.js'

interface Doc { body: string; lang?: string; sourceDate?: string; title?: string }

function run(d: Doc | string, options: TagDatesOptions = {}) {
  const { body, lang, sourceDate, title = '1 May 1999' } = typeof d === 'string' ? { body: d } : d
  const bibl = sourceDate ? `<bibl><title>T</title> <date when="${sourceDate}">${sourceDate}</date></bibl>` : '<p>S</p>'
  const xml = `<TEI xmlns="http://www.tei-c.org/ns/1.0"${lang ? ` xml:lang="${lang}"` : ''}><teiHeader><fileDesc><titleStmt><title>${title}</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc>${bibl}</sourceDesc></fileDesc><profileDesc><langUsage><language ident="en">English</language></langUsage></profileDesc></teiHeader><text><body>${body}</body></text></TEI>`
  const { tree, source } = parseXml(xml, 'd.xml')
  const doc = { id: 'd', source, tree }
  const r = tagDates(doc, options)
  return { ...r, xml: serializeTei(doc.tree), codes: r.diagnostics.filter((x) => x.code !== 'date-normalized').map((x) => `${x.severity} ${x.code}: ${x.message}`) }
}

/** The dates of the text (not of the header). */
const dates = (xml: string) => [...xml.slice(xml.indexOf('<text>')).matchAll(/<date[^>]*>[^<]*<\/date>/g)].map((m) => m[0])

describe('tagDates: a year-less date takes the year of the document’s own date', () => {
  it('from the letter’s dateline, not from the last year mentioned in passing', () => {
    const r = run('<div type="letter"><opener><dateline>Bath, 3 June 1890</dateline></opener><p>The strike of 1871 was long. On May 4 we met.</p></div>')
    expect(dates(r.xml)).toEqual(['<date when="1890-06-03">3 June 1890</date>', '<date when="1871">1871</date>', '<date when="1890-05-04" cert="medium">May 4</date>'])
  })

  it('from a dateline broken over two lines, not from a note on it', () => {
    const r = run({ lang: 'de', body: '<div type="letter"><opener><dateline>Gotha den 9 Juli<lb/>1851.<note>Anders datiert: 7. Juli 1851.</note></dateline></opener><p>Ich schreibe heute.</p></div>' })
    expect(dates(r.xml)).toContain('<date when="1851-07-09" cert="medium">heute</date>')
  })

  it('a date broken over lines is one date, wrapped over the line break', () => {
    const en = run('<div type="letter"><p>Yours ever.</p><closer><dateline>Bath, the 4th of<lb/>May<lb/>1820.</dateline></closer></div>')
    expect(en.xml).toContain('<dateline>Bath, the <date when="1820-05-04">4th of<lb/>May<lb/>1820</date>.</dateline>')
    const de = run({ lang: 'de', body: '<div type="letter"><opener><dateline>Gotha den 9 Juli<lb/>1851.</dateline></opener><p>Text.</p></div>' })
    expect(de.xml).toContain('den <date when="1851-07-09">9 Juli<lb/>1851</date>.')
    const fr = run({ lang: 'fr', body: '<div type="letter"><closer><dateline>à Tours<lb/>ce 14 d’Avril<lb/>1771.</dateline></closer></div>' })
    expect(fr.xml).toContain('ce <date when="1771-04-14">14 d’Avril<lb/>1771</date>.')
  })

  it('from a dateline at the foot of the letter', () => {
    const r = run({ lang: 'de', body: '<div type="letter"><p>Ich habe am 4. Mai Ihren Brief erhalten.</p><closer><dateline>Wien, den 3. Juni 1821.</dateline></closer></div>' })
    expect(dates(r.xml)).toEqual(['<date when="1821-05-04" cert="medium">4. Mai</date>', '<date when="1821-06-03">3. Juni 1821</date>'])
  })

  it('from the source’s date in the header (edition.json)', () => {
    const r = run({ sourceDate: '1841-09-14', body: '<p>We go in October, and came back on 2 May.</p>' })
    expect(dates(r.xml)).toEqual(['<date when="1841-10" cert="medium">October</date>', '<date when="1841-05-02" cert="medium">2 May</date>'])
  })

  it('in an essay, from the dates it mentions before its own (the publication’s)', () => {
    const r = run({ sourceDate: '1953-04-01', body: '<p>The strike began in March 1919.</p><p>On May 10 the committee met.</p><p>It met again yesterday.</p>' })
    expect(dates(r.xml)).toEqual(['<date when="1919-03">March 1919</date>', '<date when="1919-05-10" cert="medium">May 10</date>', '<date when="1953-03-31" cert="medium">yesterday</date>'])
  })

  it('from a date earlier in the same paragraph before the letter’s', () => {
    const r = run('<div type="letter"><opener><dateline>Bath, 3 June 1890</dateline></opener><p>In March 1885 I went to Rome; on 4 April I saw the Pope.</p><p>On 4 April I shall leave.</p></div>')
    expect(dates(r.xml).slice(2)).toEqual(['<date when="1885-04-04" cert="medium">4 April</date>', '<date when="1890-04-04" cert="medium">4 April</date>'])
  })

  it('from a paragraph that reads like a dateline: places, then the date', () => {
    const r = run('<p>Thursday night.</p><p>I write in haste; on 4 May I leave.</p><p>Bath, Laura Place, 3 June 1890</p>')
    expect(dates(r.xml)[0]).toBe('<date when="1890-05-04" cert="medium">4 May</date>')
  })

  it('from a heading or paragraph of a place and its article before the date (den, ce)', () => {
    const de = run({ lang: 'de', body: '<p>Gotha den 20 Oktober 1849</p><p>Ich komme am 3. November.</p>' })
    expect(dates(de.xml)[1]).toBe('<date when="1849-11-03" cert="medium">3. November</date>')
    const fr = run({ lang: 'fr', body: '<head>à Tours ce 9 Novembre 1768</head><p>Je pars demain.</p>' })
    expect(dates(fr.xml)[1]).toBe('<date when="1768-11-10" cert="medium">demain</date>')
  })

  it('failing all, from the first full date near the start or end of the text (cert low)', () => {
    const r = run('<p>Thursday night.</p><p>I write in haste; on 4 May I leave.</p><p>Written on 3 June 1890.</p>')
    expect(dates(r.xml)[0]).toBe('<date when="1890-05-04" cert="low">4 May</date>')
  })

  it('without any year the date is tagged without a value, and reported', () => {
    const r = run('<p>On May 4 we met.</p>')
    expect(r.xml).toContain('<p>On <date>May 4</date> we met.</p>')
    expect(r.codes).toEqual(['info date-year-unknown: "May 4" (--05-04) has no year and none precedes it: tagged without a value; give the source\'s date in edition.json'])
  })

  it('does not tag inside existing dates or names', () => {
    const r = run('<p><date when="1890">in 1890</date> and <persName>May 4</persName></p>')
    expect(r.dates).toEqual([])
  })

  it('reports every tagged date with a date-normalized note', () => {
    const r = run('<p>The years 1789–94, and 4 March 1920.</p>')
    expect(r.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['date-normalized', 'date "1789–94" normalized to 1789/1794'],
      ['date-normalized', 'date "4 March 1920" normalized to 1920-03-04'],
    ])
  })
})

describe('tagDates: relative dates', () => {
  it('count from the letter’s own date, in the document’s language', () => {
    const en = run('<div type="letter"><opener><dateline>Bath, Tuesday 3 June 1890</dateline></opener><p>I saw him yesterday and shall see him to-day and on Tuesday next.</p></div>')
    expect(dates(en.xml).slice(1)).toEqual([
      '<date when="1890-06-02" cert="medium">yesterday</date>', '<date when="1890-06-03" cert="medium">to-day</date>', '<date when="1890-06-10" cert="medium">Tuesday next</date>',
    ])
    const clerk = run('<div type="letter"><opener><dateline>Bath, Tuesday 3 June 1890</dateline></opener><p>Yours of the 4th of last month came a fortnight ago.</p></div>')
    expect(dates(clerk.xml).slice(1)).toEqual(['<date when="1890-05-04" cert="medium">4th of last month</date>', '<date when="1890-05-20" cert="medium">a fortnight ago</date>'])
    const de = run({ lang: 'de', body: '<div type="letter"><p>Vorgestern ging mein Paket ab, gestern kam Ihr Brief.</p><closer><dateline>Kassel den 22 Mai 1847</dateline></closer></div>' })
    expect(dates(de.xml).slice(0, 2)).toEqual(['<date when="1847-05-20" cert="medium">Vorgestern</date>', '<date when="1847-05-21" cert="medium">gestern</date>'])
    const fr = run({ lang: 'fr', body: '<div type="letter"><opener><dateline>à Tours ce 9 Novembre 1768</dateline></opener><p>Je partirai demain, et avant-hier je suis arrivé.</p></div>' })
    expect(dates(fr.xml).slice(1)).toEqual(['<date when="1768-11-10" cert="medium">demain</date>', '<date when="1768-11-07" cert="medium">avant-hier</date>'])
  })

  it('are not resolved without the letter’s date, and never in an editorial note', () => {
    const r = run('<p>I saw him yesterday.<note>The house is today a museum.</note></p>')
    expect(dates(r.xml)).toEqual([])
    expect(r.codes).toEqual(['info date-year-unknown: "yesterday" counts from the document\'s own date, which is not known; left untagged'])
  })

  it('a month before or after the letter’s own (last March, nächsten Mai, juin prochain) is the nearest such', () => {
    const en = run('<div type="letter"><opener><dateline>Bath, 10 January 1890</dateline></opener><p>We came last March, we leave next March, and the rent of June last is paid.</p></div>')
    expect(dates(en.xml).slice(1)).toEqual([
      '<date when="1889-03" cert="medium">last March</date>', '<date when="1890-03" cert="medium">next March</date>', '<date when="1889-06" cert="medium">June last</date>',
    ])
    const de = run({ lang: 'de', body: '<div type="letter"><opener><dateline>Gotha den 9 Juli 1851</dateline></opener><p>Im vorigen März war ich krank, im nächsten Mai reise ich.</p></div>' })
    expect(dates(de.xml).slice(1)).toEqual(['<date when="1851-03" cert="medium">vorigen März</date>', '<date when="1852-05" cert="medium">nächsten Mai</date>'])
    const fr = run({ lang: 'fr', body: '<div type="letter"><opener><dateline>à Tours ce 9 Novembre 1768</dateline></opener><p>Il partit en mars dernier et revient en juin prochain.</p></div>' })
    expect(dates(fr.xml).slice(1)).toEqual(['<date when="1768-03" cert="medium">mars dernier</date>', '<date when="1769-06" cert="medium">juin prochain</date>'])
  })

  it('an academic term without its year is the one the letter’s date falls in or last began, the next, or the last ended', () => {
    const en = run('<div type="letter"><opener><dateline>Cambridge, 10 August 1817</dateline></opener><p>The summer term was dull, the past winter term worse; next winter term I read Greek.</p></div>')
    expect(dates(en.xml).slice(1)).toEqual([
      '<date from="1817-03" to="1817-09" cert="medium">summer term</date>',
      '<date from="1816-10" to="1817-02" cert="medium">past winter term</date>',
      '<date from="1817-10" to="1818-02" cert="medium">next winter term</date>',
    ])
    const de = run({ lang: 'de', body: '<div type="letter"><p>Im Sommerhalbjahr las er, und im Anfang des nächsten Winterhalbjahres geht er ab.</p><closer><dateline>Halle den 3. Mai 1820</dateline></closer></div>' })
    expect(dates(de.xml).slice(0, 2)).toEqual(['<date from="1820-03" to="1820-09" cert="medium">Sommerhalbjahr</date>', '<date from="1820-10" to="1821-02" cert="medium">nächsten Winterhalbjahres</date>'])
    const fr = run({ lang: 'fr', body: '<div type="letter"><opener><dateline>à Tours ce 9 Novembre 1768</dateline></opener><p>Il reviendra au semestre d’été prochain.</p></div>' })
    expect(dates(fr.xml)[1]).toBe('<date from="1769-03" to="1769-09" cert="medium">semestre d’été prochain</date>')
  })

  it('a letter continued on another day: a day opening a paragraph is what the text after it counts from', () => {
    const en = run('<div type="letter"><opener><dateline>Bath, Monday 2 June 1890</dateline></opener><p>It rained all day.</p><p>Tuesday 3d. I open my letter again: to-day it is fine.</p></div>')
    expect(dates(en.xml).slice(1)).toEqual(['<date when="1890-06-03">Tuesday 3d</date>', '<date when="1890-06-03" cert="medium">to-day</date>'])
    const de = run({ lang: 'de', body: '<div type="letter"><opener><dateline>Gotha den 30 Juni 1851</dateline></opener><p>Es regnet.</p><p>Den 2ten Heute kam Ihr Brief.</p></div>' })
    expect(dates(de.xml).slice(1)).toEqual(['<date when="1851-07-02" cert="medium">2ten</date>', '<date when="1851-07-02" cert="medium">Heute</date>'])
    const fr = run({ lang: 'fr', body: '<div type="letter"><opener><dateline>à Tours ce 9 Novembre 1768</dateline></opener><p>Il pleut.</p><p>Le 11. J’ai reçu hier votre lettre.</p></div>' })
    expect(dates(fr.xml).slice(1)).toEqual(['<date when="1768-11-11" cert="medium">11</date>', '<date when="1768-11-10" cert="medium">hier</date>'])
    // in running text the day is no new date of writing
    const later = run('<div type="letter"><opener><dateline>Bath, Monday 2 June 1890</dateline></opener><p>We met on the 9th at noon, and to-day I write.</p></div>')
    expect(dates(later.xml).slice(2)).toEqual(['<date when="1890-06-02" cert="medium">to-day</date>'])
  })

  it('a day alone is of the letter’s month', () => {
    const r = run({ lang: 'de', body: '<div type="letter"><opener><dateline>Gotha den 20 Oktober 1849</dateline></opener><p>Seit dem August war er krank; am Sonnabend den 13 ist er abgereist.</p></div>' })
    expect(dates(r.xml).slice(1)).toEqual(['<date when="1849-08" cert="medium">August</date>', '<date when="1849-10-13" cert="medium">13</date>'])
  })
})

describe('tagDates: diary entry heads', () => {
  const entry = (head: string) => `<div type="entry"><head>${head}</head><p>Rain.</p></div>`

  it('a weekday and a day number take month and year from the source’s date, then from the previous entry', () => {
    const r = run({ sourceDate: '1820-01', body: `<div type="journal">${entry('Wednesday 12')}${entry('Thurs 13')}${entry('Saturday 29.')}${entry('Wednesday 2d.')}</div>` })
    expect(dates(r.xml)).toEqual([
      '<date when="1820-01-12">Wednesday 12</date>', '<date when="1820-01-13">Thurs 13</date>', '<date when="1820-01-29">Saturday 29</date>', '<date when="1820-02-02">Wednesday 2d</date>',
    ])
    expect(r.codes).toEqual([])
  })

  it('or from a month heading in the text', () => {
    const r = run(`<div type="journal"><head>February 1820</head>${entry('Tuesday 1')}${entry('Friday 4th')}</div>`)
    expect(dates(r.xml)).toEqual(['<date when="1820-02">February 1820</date>', '<date when="1820-02-01">Tuesday 1</date>', '<date when="1820-02-04">Friday 4th</date>'])
  })

  it('a month heading alone takes the year of what precedes it, across New Year the next', () => {
    const month = (head: string, ...entries: string[]) => `<div type="month"><head>${head}</head>${entries.map(entry).join('')}</div>`
    const r = run({ sourceDate: '1821', body: `<div type="journal">${month('DECEMBER 1820', 'Friday 29')}${month('JANUARY', 'Monday 1', 'Tuesday 2d.')}${month('February.', 'Thursday 1')}</div>` })
    expect(dates(r.xml)).toEqual([
      '<date when="1820-12">DECEMBER 1820</date>', '<date when="1820-12-29">Friday 29</date>',
      '<date when="1821-01" cert="medium">JANUARY</date>', '<date when="1821-01-01">Monday 1</date>', '<date when="1821-01-02">Tuesday 2d</date>',
      '<date when="1821-02" cert="medium">February</date>', '<date when="1821-02-01">Thursday 1</date>',
    ])
    expect(r.codes).toEqual([])
  })

  it('German and French heads: Mittwoch, den 12. / Mercredi 12 (in running text "den 14" alone is the date)', () => {
    const de = run({ lang: 'de', sourceDate: '1821-12', body: `<div type="journal">${entry('Mittwoch, den 12.')}${entry('Freitag 14ten')}</div>` })
    expect(dates(de.xml)).toEqual(['<date when="1821-12-12">Mittwoch, den 12.</date>', '<date when="1821-12-14">Freitag 14ten</date>'])
    const fr = run({ lang: 'fr', sourceDate: '1821-12', body: `<div type="journal">${entry('Mercredi 12')}</div>` })
    expect(dates(fr.xml)).toEqual(['<date when="1821-12-12">Mercredi 12</date>'])
  })

  it('a weekday the calendar contradicts is a located warning, and lowers the certainty', () => {
    const r = run({ sourceDate: '1820-01', body: `<div type="journal">${entry('Wednesday 12')}${entry('Friday 13')}</div>` })
    expect(dates(r.xml)[1]).toBe('<date when="1820-01-13" cert="low">Friday 13</date>')
    expect(r.diagnostics.find((d) => d.code === 'date-weekday-mismatch')).toMatchObject({ severity: 'warning', file: 'd.xml', message: '"Friday 13": 1820-01-13 is a Thursday, not a Friday' })
  })

  it('the entry’s date is what its text counts from', () => {
    const r = run(`<div type="journal">${entry('Sunday, 5 May 1861')}<div type="entry"><head>Monday 6</head><p>Yesterday it rained; we leave on the 9th at noon.</p></div></div>`)
    expect(dates(r.xml).slice(1)).toEqual(['<date when="1861-05-06">Monday 6</date>', '<date when="1861-05-05" cert="medium">Yesterday</date>', '<date when="1861-05-09" cert="medium">9th</date>'])
  })

  it('an entry head with nothing to say its month is tagged without a value, and reported', () => {
    const r = run(`<div type="journal">${entry('Wednesday 12')}</div>`)
    expect(dates(r.xml)).toEqual(['<date>Wednesday 12</date>'])
    expect(r.codes).toEqual(['info date-year-unknown: "Wednesday 12" has no month and year, and none precedes it: tagged without a value; give the source\'s date in edition.json'])
  })

  it('in a diary without its year, a day alone is of the entry’s month and tagged without a value', () => {
    const r = run('<div type="journal"><div type="entry"><head>Friday. Feb. 14th.</head><p>We hope to reach Luxor by the 28th, when the lease ends.</p></div></div>')
    expect(dates(r.xml)).toEqual(['<date>Friday. Feb. 14th</date>', '<date>28th</date>'])
    expect(r.codes[1]).toBe('info date-year-unknown: "28th" (--02-28) has no year and none precedes it: tagged without a value; give the source\'s date in edition.json')
  })

  it('a Sunday’s place in the church year is part of the entry’s date', () => {
    const r = run({ sourceDate: '1912', body: '<div type="journal"><div type="entry"><head>Sunday. 1st after Epiphany. Jan. 7th.</head><p>Rain.</p></div></div>' })
    expect(dates(r.xml)).toEqual(['<date when="1912-01-07">Sunday. 1st after Epiphany. Jan. 7th</date>'])
  })

  it('a weekday and a bare number in running text are no date', () => {
    const r = run({ sourceDate: '1820-01', body: '<p>On Wednesday 12 men came.</p>' })
    expect(dates(r.xml)).toEqual([])
  })
})

describe('tagDates: editorial notes, life spans, Old Style', () => {
  it('tags bare years in notes by default, as editors do; the setting turns it off', () => {
    const body = '<p>Text.<note>Sie zog 1809 nach Gotha und starb 1838, vgl. S. 1127.</note></p>'
    expect(dates(run({ lang: 'de', body }).xml)).toEqual(['<date when="1809">1809</date>', '<date when="1838">1838</date>'])
    expect(dates(run({ lang: 'de', body }, { dates: { bareYearsInNotes: false } }).xml)).toEqual([])
  })

  it('a year-less date in a note takes the note’s year, else the letter’s at low certainty', () => {
    const r = run('<div type="letter"><opener><dateline>Bath, 3 June 1890</dateline></opener><p>Text.<note>In 1885 he left; on 4 May he came back.</note><note>He came on 6 May.</note></p></div>')
    expect(dates(r.xml).slice(1)).toEqual(['<date when="1885">1885</date>', '<date when="1885-05-04" cert="medium">4 May</date>', '<date when="1890-05-06" cert="low">6 May</date>'])
  })

  it('a bare year a note names a thing by gives the dates after it no year: the letter’s date does', () => {
    const en = run('<div type="letter"><opener><dateline>Bath, 3 June 1890</dateline></opener><p>Text.<note>The treaty of 1885 was read again. On 13 June the council agreed.</note><note>In the summer of 1886 he left; on 4 May he came back.</note></p></div>')
    expect(dates(en.xml).slice(1)).toEqual(['<date when="1885">1885</date>', '<date when="1890-06-13" cert="low">13 June</date>', '<date when="1886">1886</date>', '<date when="1886-05-04" cert="medium">4 May</date>'])
    const de = run({ lang: 'de', body: '<div type="letter"><opener><dateline>Olten, 4. März 1861</dateline></opener><p>Text.<note>Die Satzung von 1858 lag vor. Am 9. März stimmte der Verein zu.</note></p></div>' })
    expect(dates(de.xml)).toContain('<date when="1861-03-09" cert="low">9. März</date>')
  })

  it('a day a note says comes back every year is valued without a year, not the letter’s', () => {
    const en = run('<div type="letter"><opener><dateline>Bath, 3 June 1890</dateline></opener><p>Text.<note>Her name day is on July 18th; she died on 4 May.</note></p></div>')
    expect(dates(en.xml).slice(1)).toEqual(['<date when="--07-18">July 18th</date>', '<date when="1890-05-04" cert="low">4 May</date>'])
    const de = run({ lang: 'de', body: '<div type="letter"><opener><dateline>Gotha den 9 Juli 1851</dateline></opener><p>Text.<note>Der Namenstag ist am 18. Juli.</note></p></div>' })
    expect(dates(de.xml)[1]).toBe('<date when="--07-18">18. Juli</date>')
    const fr = run({ lang: 'fr', body: '<div type="letter"><opener><dateline>à Tours ce 9 Novembre 1768</dateline></opener><p>Texte.<note>La fête du saint est le 24 juin.</note></p></div>' })
    expect(dates(fr.xml)[1]).toBe('<date when="--06-24">24 juin</date>')
    // in the letter, a day to come
    const letter = run('<div type="letter"><opener><dateline>Bath, 3 June 1890</dateline></opener><p>The wedding is on July 18th.</p></div>')
    expect(dates(letter.xml)[1]).toBe('<date when="1890-07-18" cert="medium">July 18th</date>')
  })

  it('a life span after a name is not tagged, and said so', () => {
    const r = run('<p><persName>Amalia Grünfeld</persName> (1781–1843) travelled from 1801 to 1806.</p>')
    expect(dates(r.xml)).toEqual(['<date from="1801" to="1806">1801 to 1806</date>'])
    expect(r.codes).toEqual(['info date-not-event: "1781–1843" is a life span, not an event of the text: not tagged'])
  })

  it('Old Style: @when in the year as we count it, @when-custom as written, the calendar in the header', () => {
    const r = run('<div type="letter"><opener><dateline>London, the 12th of February 1611</dateline></opener><p>Paid on 20 March; the wood is sold on 30 March.</p></div>', { dates: { yearStart: '03-25' } })
    expect(dates(r.xml)).toEqual([
      '<date when="1612-02-12" when-custom="1611-02-12" datingMethod="#calendar-old-style">12th of February 1611</date>',
      // a year-less date is of the source's own year, 1611, reckoned anew
      '<date when="1612-03-20" when-custom="1611-03-20" datingMethod="#calendar-old-style" cert="medium">20 March</date>',
      // past the year's start: of the next written year, six weeks on (30 March 1612), not a year back
      '<date when="1612-03-30" cert="medium">30 March</date>',
    ])
    expect(r.xml).toContain('<calendarDesc><calendar xml:id="calendar-old-style"><p>Old Style: the sources begin the year on 25 March.')
    expect(run('<p>On 12 February 1611 he came.</p>').xml).not.toContain('calendarDesc')
  })
})

describe('tagDates: a feast without its year', () => {
  it('is the last or next one from the letter’s date, in English, German and French; alone it is left untagged', () => {
    const en = run('<div type="letter"><opener><dateline>Bath, 10 June 1838</dateline></opener><p>We walked there last Whitsun, and shall go again at Easter next. At Christmas we rest.</p></div>')
    expect(dates(en.xml).slice(1)).toEqual(['<date when="1838-06-03" cert="medium">last Whitsun</date>', '<date when="1839-03-31" cert="medium">Easter next</date>'])
    const de = run({ lang: 'de', body: '<div type="letter"><opener><dateline>Olten, 26. Juli 1838</dateline></opener><p>Wir wanderten letzte Pfingsten dorthin, und nächste Ostern wieder.</p></div>' })
    expect(dates(de.xml).slice(1)).toEqual(['<date when="1838-06-03" cert="medium">letzte Pfingsten</date>', '<date when="1839-03-31" cert="medium">nächste Ostern</date>'])
    const fr = run({ lang: 'fr', body: '<div type="letter"><opener><dateline>Paris, le 4 juin 1802</dateline></opener><p>Je viendrai à Noël prochain.</p></div>' })
    expect(dates(fr.xml).slice(1)).toEqual(['<date when="1802-12-25" cert="medium">Noël prochain</date>'])
  })
})

describe('tagDates: French days as older letters write them', () => {
  it('the first as a word, days in Roman numerals, "3me", a year the editor supplied in brackets', () => {
    const r = run({ lang: 'fr', body: '<div type="letter"><p>Texte.</p><closer><dateline>De Strasbourg, ce premier d’octobre 1538.</dateline></closer></div><div type="letter"><p>Texte.</p><closer><dateline>De Genève, ce XXIX de septembre 1541.</dateline></closer></div><div type="letter"><p>Texte.</p><closer><dateline>De Genève, ce 3me de octobre 1540.</dateline></closer></div><div type="letter"><p>Texte.</p><closer><dateline>De Strasbourg, ce 10 de juillet (1538).</dateline></closer></div>' })
    expect(dates(r.xml)).toEqual(['<date when="1538-10-01">premier d’octobre 1538</date>', '<date when="1541-09-29">XXIX de septembre 1541</date>', '<date when="1540-10-03">3me de octobre 1540</date>', '<date when="1538-07-10">10 de juillet (1538)</date>'])
  })

  it('a Roman numeral is a day only in French, in capitals, and one letter alone never is', () => {
    const en = run('<p>Chapter VI May be read first. Part II June 1850 was long.</p>')
    expect(dates(en.xml)).toEqual(['<date when="1850-06">June 1850</date>'])
    const fr = run({ lang: 'fr', body: '<p>Le xx de mai est noté. Le tome V mai 1850 parut. Le XXIX mai 1850 il partit.</p>' })
    expect(dates(fr.xml)).toEqual(['<date when="1850-05">mai 1850</date>', '<date when="1850-05-29">XXIX mai 1850</date>'])
  })
})
