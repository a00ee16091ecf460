/**
 * correspDesc for letters, from the letters themselves: the sender from the signature (or the
 * document's author), the addressee from the salutation, the place and date of sending from the
 * dateline. Names tagged with @ref keep it. One correspDesc per letter.
 */
import type { TeiDocument } from '../core/document.js'
import type { TeiElement, TeiNode } from '../core/tree.js'
import { findAll, findFirst, textContent, walk } from '../core/tree.js'
import { el } from '../core/tei.js'
import { COURTESY_ADDRESSEE, SIGNATURE_POSSESSIVE } from '../core/letter-words.js'

/** An element's text as read: a line break is a space (not inside a word), runs of space one. */
function readingText(n: TeiNode): string {
  const text = (m: TeiNode): string => {
    if (m.type === 'text') return m.value
    if (m.type !== 'element') return ''
    if (m.name === 'lb') return m.attributes.break === 'no' ? '' : ' '
    return m.children.map(text).join('')
  }
  return n.type === 'element' ? text(n).replace(/\s+/g, ' ') : textContent(n)
}

/** The words a salutation opens with before the name: "My dear", "Hochgeachteter", "Mon très cher". */
const SALUTATION = new RegExp('^(?:(?:my|mon|ma|mes|mein|meine|very|most|sehr|très|bien|hoch|ganz)\\s+)*(?:' +
  'dear(?:est)?|esteemed|respected|honou?red|revered|beloved|cher|chère|chers|chères|honorables?|' +
  '(?:hoch|wohl)?(?:geehrte|verehrte|verehrteste|geachtete|geschätzte|werte|werthe|wertheste|werteste|teure|theure|theuerste|liebe|liebste|beste|gnädige)[rs]?' +
  ')\\s+', 'iu')

/** The words of a salutation or sign-off that name no one: titles, kin, courtesy ("Sir", "Herr", "Monsieur", "Freund", "Ihr"). */
const NO_NAME = new Set(('mr mrs miss ms sir sirs madam madame gentlemen ladies lord lady friend friends brother sister father mother uncle aunt cousin son daughter ' +
  'herr herrn frau fräulein freund freundin freunde bruder schwester vater mutter onkel tante vetter professor doctor doktor dr rev revd ' +
  'monsieur mademoiselle messieurs mesdames monseigneur seigneur seigneurs ami amie amis frère sœur soeur père mère oncle tante fils fille ' +
  'ihr ihre dein deine euer eure yours ever ganz stets treu votre vostre ton ta').split(' '))

/** Does the text name someone, not only address them ("Dear Sir", "Hochgeachteter Herr")? A capitalised word besides titles and kin. */
const namesSomeone = (t: string) => t.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !NO_NAME.has(w.toLowerCase().replace(/[.,:;!]+$/, '')))

function nameFrom(container: TeiElement | undefined, strip?: RegExp): TeiElement | undefined {
  if (!container) return undefined
  const tagged = findFirst(container, 'persName')
  if (tagged) return el('persName', { ref: tagged.attributes.ref }, [readingText(tagged).trim()])
  let t = readingText(container).trim().replace(/[,.:!;]+$/, '')
  if (strip) t = t.replace(strip, '')
  return t && namesSomeone(t) ? el('persName', {}, [t]) : undefined
}

/** To whom, from an address in the opener or closer: its first line with a courtesy title ("Mr. Pryor", "à Monsieur Dubois"). */
function addresseeFrom(letter: TeiElement): TeiElement | undefined {
  for (const address of findAll(letter, 'address')) {
    const line = findAll(address, 'addrLine').find((l) => COURTESY_ADDRESSEE.test(readingText(l).trim()))
    if (line) return nameFrom(line, /^(?:to|an|à|a|au)\s+/iu)
  }
  return undefined
}

/**
 * With several letters in one document, each correspDesc points at its letter (@ref, TEI's
 * att.canonical); a letter without an xml:id gets one (an attribute only, the text is untouched).
 */
function letterRef(letter: TeiElement, i: number, count: number, used: Set<string>): string | undefined {
  if (count < 2) return undefined
  let id = letter.attributes['xml:id']
  if (!id) {
    id = `letter-${i + 1}`
    for (let k = 2; used.has(id); k++) id = `letter-${i + 1}-${k}`
    used.add(id)
    letter.attributes['xml:id'] = id
  }
  return `#${id}`
}

/**
 * A paragraph that reads like a dateline though import did not mark it as one (often a note on
 * the title: "Geneva, Switzerland, March 14, 1890. First published …"): it opens with place names
 * separated by commas, then a date.
 */
export function datelineLike(container: TeiElement): { place: TeiElement; date: TeiElement } | undefined {
  let place: TeiElement | undefined
  for (const c of container.children) {
    if (c.type === 'text') {
      if (/^[\s*†‡]*$/.test(c.value) || (place && /^\s*,\s*$/.test(c.value))) continue
      return undefined
    }
    if (c.type !== 'element') continue
    if (c.name === 'placeName') { place ??= c; continue }
    if (c.name === 'date' && place && c.attributes.when && !c.attributes.cert) return { place, date: c }
    return undefined
  }
  return undefined
}

function findDatelineLike(doc: TeiDocument): { place: TeiElement; date: TeiElement } | undefined {
  const text = findFirst(doc.tree, 'text')
  if (!text) return undefined
  for (const p of [...findAll(text, 'p'), ...findAll(text, 'note')]) {
    const found = datelineLike(p)
    if (found) return found
  }
  return undefined
}

export function addCorrespDesc(doc: TeiDocument, matchPerson?: (name: string) => string | undefined): number {
  const letters = findAll(doc.tree, 'div').filter((d) => d.attributes.type === 'letter')
  if (!letters.length) return 0
  const header = findFirst(doc.tree, 'teiHeader')!
  const profileDesc = findFirst(header, 'profileDesc')
  if (!profileDesc) return 0
  const author = findFirst(findFirst(header, 'titleStmt') ?? header, 'author')
  const usedIds = new Set<string>()
  walk(doc.tree, (n) => { if (n.type === 'element' && n.attributes['xml:id']) usedIds.add(n.attributes['xml:id']) })
  const descs: TeiNode[] = letters.map((letter, i) => {
    const dateline = findFirst(letter, 'dateline')
    const salute = findFirst(findFirst(letter, 'opener') ?? el('x'), 'salute')
    const signed = findFirst(letter, 'signed')
    const authorName = author ? readingText(author).trim() : ''
    const sender = nameFrom(signed, SIGNATURE_POSSESSIVE) ?? (authorName ? el('persName', { ref: matchPerson?.(authorName) }, [authorName]) : undefined)
    const sent: TeiNode[] = []
    if (sender) sent.push(sender)
    // a lone letter without a dateline may still have one in a note or a paragraph of its own
    const loose = !dateline && letters.length === 1 ? findDatelineLike(doc) : undefined
    if (loose) {
      sent.push(el('placeName', { ref: loose.place.attributes.ref }, [readingText(loose.place)]))
      sent.push(el('date', { when: loose.date.attributes.when }, [readingText(loose.date)]))
    }
    if (dateline) {
      const place = findFirst(dateline, 'placeName')
      const placeText = place ? readingText(place) : placeBeforeDate(dateline)
      if (placeText) sent.push(el('placeName', { ref: place?.attributes.ref }, [placeText]))
      const date = findFirst(dateline, 'date')
      if (date) sent.push(el('date', { when: date.attributes.when, from: date.attributes.from, to: date.attributes.to, cert: date.attributes.cert }, [readingText(date)]))
    }
    const actions: TeiNode[] = []
    if (sent.length) actions.push(el('correspAction', { type: 'sent' }, sent))
    const addressee = nameFrom(salute, SALUTATION) ?? addresseeFrom(letter)
    if (addressee) actions.push(el('correspAction', { type: 'received' }, [addressee]))
    return el('correspDesc', { n: letters.length > 1 ? String(i + 1) : undefined, ref: letterRef(letter, i, letters.length, usedIds) }, actions.length ? actions : [el('note', {}, ['No sender, addressee, place or date could be read from this letter.'])])
  })
  const at = profileDesc.children.findIndex((c) => c.type === 'element' && c.name === 'langUsage')
  profileDesc.children.splice(at + 1, 0, ...descs)
  return letters.length
}

/**
 * A dateline's place, where no register named it: the words before its date, up to a comma or a
 * number ("Hollybrook Lodge May 16th" → "Hollybrook Lodge"; "Bath, den 3. Mai" → "Bath").
 */
function placeBeforeDate(dateline: TeiElement): string {
  const before: string[] = []
  for (const c of dateline.children) {
    if (c.type === 'element' && c.name === 'date') break
    before.push(c.type === 'text' ? c.value : readingText(c))
  }
  return before.join('').split(/,|\d/)[0].replace(/\s+(?:den|am|le|ce|the|d\.?)\s*$/i, '').trim()
}
