// Generates a synthetic correspondence edition of N letters for the benchmark, by varying real
// letter structure: datelines, salutations, hard-wrapped paragraphs, footnotes in several
// conventions, names and places from a register, page furniture with running heads and page
// numbers. Deterministic: the same N and seed give the same files.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const FIRST = ['Anna', 'Boris', 'Clara', 'Dmitri', 'Elise', 'Felix', 'Greta', 'Hugo', 'Irma', 'Jakob', 'Karl', 'Lotte', 'Max', 'Nora', 'Otto', 'Paula']
const LAST = ['Albrecht', 'Brenner', 'Castell', 'Dorn', 'Eckhart', 'Falk', 'Gerlach', 'Hartmann', 'Imhof', 'Jansen', 'Keller', 'Lindqvist', 'Morel', 'Novak', 'Olsen', 'Petrov']
const PLACES = ['Geneva', 'Lyon', 'Brussels', 'Zurich', 'Leipzig', 'Vienna', 'Turin', 'Ghent', 'Basel', 'Bern', 'Trieste', 'Prague']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const WORDS = ('the of and to in that it is was for on with as his her by at from this which be have not are but had they you were their one all we can there been an if would more when will so no who what out up about into than them only other its time new some could these two may first then do any like my now over such our man even most made after also did many before must through back years where much your way well down should because each just those people how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three').split(' ')

export function generateEdition(dir, n, seed = 1) {
  const rnd = prng(seed)
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)]
  const persons = []
  for (let i = 0; i < 48; i++) {
    const first = FIRST[i % FIRST.length]
    const last = LAST[Math.floor(i / 3) % LAST.length] + (i >= 16 * 3 ? '' : '')
    const id = `${first}-${last}-${i}`.toLowerCase()
    persons.push({ id, name: `${first} ${last}`, aliases: [] })
  }
  // keep forms unique: the register refuses a form shared by two entries
  const seen = new Set()
  const uniquePersons = persons.filter((p) => (seen.has(p.name) ? false : (seen.add(p.name), true)))
  const places = PLACES.map((p) => ({ id: p.toLowerCase(), name: p, aliases: [] }))
  mkdirSync(join(dir, 'sources'), { recursive: true })
  mkdirSync(join(dir, 'registers'), { recursive: true })
  writeFileSync(join(dir, 'registers', 'persons.json'), JSON.stringify({ persons: uniquePersons }, null, 2) + '\n')
  writeFileSync(join(dir, 'registers', 'places.json'), JSON.stringify({ places }, null, 2) + '\n')

  const sources = []
  let bytes = 0
  for (let k = 1; k <= n; k++) {
    const id = `letter-${String(k).padStart(5, '0')}`
    const sender = pick(uniquePersons)
    let addressee = pick(uniquePersons)
    if (addressee === sender) addressee = uniquePersons[(uniquePersons.indexOf(sender) + 1) % uniquePersons.length]
    const year = 1880 + Math.floor(rnd() * 40)
    const month = Math.floor(rnd() * 12)
    const day = 1 + Math.floor(rnd() * 28)
    const place = pick(places).name
    const sentence = () => {
      const len = 8 + Math.floor(rnd() * 14)
      const words = []
      for (let i = 0; i < len; i++) {
        const r = rnd()
        if (r < 0.04) words.push(pick(uniquePersons).name)
        else if (r < 0.06) words.push(`in ${pick(places).name}`)
        else if (r < 0.07) words.push(`on ${1 + Math.floor(rnd() * 28)} ${pick(MONTHS)} ${year}`)
        else words.push(pick(WORDS))
      }
      const s = words.join(' ')
      return s[0].toUpperCase() + s.slice(1) + (rnd() < 0.1 ? '?' : '.')
    }
    const paragraphs = []
    const np = 3 + Math.floor(rnd() * 5)
    for (let p = 0; p < np; p++) {
      const ns = 2 + Math.floor(rnd() * 5)
      paragraphs.push(Array.from({ length: ns }, sentence).join(' '))
    }
    const noteStyle = Math.floor(rnd() * 3)
    const notes = []
    if (rnd() < 0.6) {
      const marker = noteStyle === 0 ? '*' : noteStyle === 1 ? '[1]' : '¹'
      paragraphs[1] = paragraphs[1] + marker
      notes.push(`${noteStyle === 0 ? '*' : noteStyle === 1 ? '[1]' : '¹'} ${sentence()}`)
    }
    const wrap = rnd() < 0.5
    const lines = [`${place}, ${day} ${MONTHS[month]} ${year}`, '', `Dear ${addressee.name.split(' ')[0]},`, '']
    let lineNo = 0
    let page = 1
    for (const para of paragraphs) {
      if (wrap) {
        const words = para.split(' ')
        let line = ''
        for (const w of words) {
          if ((line + ' ' + w).length > 72) {
            lines.push(line)
            line = w
            if (++lineNo % 30 === 0) {
              lines.push('', `${sender.name} — Letters`, `${++page}`, '')
            }
          } else line = line ? `${line} ${w}` : w
        }
        lines.push(line, '')
      } else lines.push(para, '')
    }
    lines.push(pick(['Yours sincerely,', 'With warm regards,', 'Ever yours,', 'Yours faithfully,']), sender.name, '')
    if (notes.length) lines.push(noteStyle === 1 ? '---' : '', ...notes, '')
    const text = lines.join('\n')
    bytes += Buffer.byteLength(text)
    writeFileSync(join(dir, 'sources', `${id}.txt`), text)
    sources.push({ file: `sources/${id}.txt`, kind: 'letter', title: `Letter from ${sender.name} to ${addressee.name}`, author: sender.name, date: `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}` })
  }
  const edition = {
    id: 'bench', title: `Synthetic correspondence (${n} letters)`, version: '1.0.0', language: 'en',
    publisher: 'Lectio benchmark', date: '2026-01-01', licence: { name: 'CC0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
    editors: [{ name: 'Benchmark Generator' }], sources, rules: { 'name-candidate': 'info' },
  }
  writeFileSync(join(dir, 'edition.json'), JSON.stringify(edition, null, 2) + '\n')
  return { dir, documents: n, bytes }
}
