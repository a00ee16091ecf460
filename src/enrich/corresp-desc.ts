/**
 * correspDesc for letters, from the letters themselves: the sender from the signature (or the
 * document's author), the addressee from the salutation, the place and date of sending from the
 * dateline. Names tagged with @ref keep it. One correspDesc per letter.
 */
import type { TeiDocument } from '../core/document.js'
import type { TeiElement, TeiNode } from '../core/tree.js'
import { findAll, findFirst, textContent } from '../core/tree.js'
import { el } from '../core/tei.js'

const SALUTATION = /^(?:my\s+)?(?:dear(?:est)?|esteemed|respected|honou?red|beloved|cher|chère|lieber|liebe|sehr geehrter?|hochverehrter?)\s+/i

function nameFrom(container: TeiElement | undefined, strip?: RegExp): TeiElement | undefined {
  if (!container) return undefined
  const tagged = findFirst(container, 'persName')
  if (tagged) return el('persName', { ref: tagged.attributes.ref }, [textContent(tagged).trim()])
  let t = textContent(container).trim().replace(/[,.:!;]+$/, '')
  if (strip) t = t.replace(strip, '')
  return t ? el('persName', {}, [t]) : undefined
}

export function addCorrespDesc(doc: TeiDocument): number {
  const letters = findAll(doc.tree, 'div').filter((d) => d.attributes.type === 'letter')
  if (!letters.length) return 0
  const header = findFirst(doc.tree, 'teiHeader')!
  const profileDesc = findFirst(header, 'profileDesc')
  if (!profileDesc) return 0
  const author = findFirst(findFirst(header, 'titleStmt') ?? header, 'author')
  const descs: TeiNode[] = letters.map((letter, i) => {
    const dateline = findFirst(letter, 'dateline')
    const salute = findFirst(findFirst(letter, 'opener') ?? el('x'), 'salute')
    const signed = findFirst(letter, 'signed')
    const sender = nameFrom(signed) ?? (author ? el('persName', {}, [textContent(author).trim()]) : undefined)
    const sent: TeiNode[] = []
    if (sender) sent.push(sender)
    if (dateline) {
      const place = findFirst(dateline, 'placeName')
      const placeText = place ? textContent(place) : textContent(dateline).split(/,|\d/)[0].trim()
      if (placeText) sent.push(el('placeName', { ref: place?.attributes.ref }, [placeText]))
      const date = findFirst(dateline, 'date')
      if (date) sent.push(el('date', { when: date.attributes.when, from: date.attributes.from, to: date.attributes.to, cert: date.attributes.cert }, [textContent(date)]))
    }
    const actions: TeiNode[] = []
    if (sent.length) actions.push(el('correspAction', { type: 'sent' }, sent))
    const addressee = nameFrom(salute, SALUTATION)
    if (addressee) actions.push(el('correspAction', { type: 'received' }, [addressee]))
    return el('correspDesc', { n: letters.length > 1 ? String(i + 1) : undefined }, actions.length ? actions : [el('note', {}, ['No sender, addressee, place or date could be read from this letter.'])])
  })
  const at = profileDesc.children.findIndex((c) => c.type === 'element' && c.name === 'langUsage')
  profileDesc.children.splice(at + 1, 0, ...descs)
  return letters.length
}
