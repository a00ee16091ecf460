/**
 * A register written in TEI — listPerson, listPlace, listOrg, nested or not, alone or inside a
 * whole TEI document (a personography in standOff or text/body) — read into the register model.
 *
 * Each person, personGrp, place and org with an @xml:id is an entry: its first name of the
 * preferred kind is the name (persName of @type main/reg/…, else the first; placeName, else the
 * settlement, district, region or country; orgName), its other forms are aliases; forename and
 * surname are kept for sorting; the authority URI comes from @ref or an idno (a URI, or an id of
 * a known authority file: GND, VIAF, Wikidata, GeoNames …); birth and death from @when (or text
 * that is an ISO date); notes; a place's location/geo. Problems are located errors.
 */
import type { Diagnostic } from './diagnostic.js'
import { LectioError } from './errors.js'
import type { EntityKind, RegisterEntry, Registers } from './registers.js'
import type { TeiElement, TeiNode } from './tree.js'
import { textContent } from './tree.js'
import { parseXml } from './xml/parse.js'

export interface TeiRegister {
  registers: Registers
  /** The place of a JSON-pointer-like path into the registers ("/persons/3/aliases/0"). */
  locate(pointer: string): { line: number; column: number }
  errors: Diagnostic[]
}

/** Whether a register file is TEI (XML) rather than JSON: by its name or its first character. */
export function isXmlRegister(text: string, shown: string): boolean {
  return /\.xml$/i.test(shown) || /^\uFEFF?\s*</.test(text)
}

const KIND_OF: Record<string, EntityKind> = { person: 'persons', personGrp: 'persons', place: 'places', org: 'orgs' }
/** The direct children that name an entry, by kind, in order of preference. */
const NAME_ELEMENTS: Record<EntityKind, string[][]> = {
  persons: [['persName'], ['name']],
  places: [['placeName'], ['settlement'], ['district'], ['region'], ['country'], ['bloc'], ['geogName'], ['name']],
  orgs: [['orgName'], ['name']],
}
/** @type values that mark the main form of a name. */
const MAIN_TYPES = new Set(['main', 'reg', 'regular', 'standard', 'preferred', 'full', 'display', 'index'])

interface Site { el: TeiElement; forms: TeiElement[] }

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1)
}

function children(el: TeiElement, names: string[]): TeiElement[] {
  return el.children.filter((c): c is TeiElement => c.type === 'element' && names.includes(localName(c.name)))
}

export function readTeiRegister(text: string, shown: string): TeiRegister {
  const registers: Registers = { persons: [], places: [], orgs: [] }
  const sites: Record<EntityKind, Site[]> = { persons: [], places: [], orgs: [] }
  const errors: Diagnostic[] = []
  const fail = (el: TeiElement | undefined, message: string) => errors.push({
    code: 'register-invalid', severity: 'error', stage: 'config', file: shown, line: el?.position?.start.line ?? 1, column: el?.position?.start.column ?? 1, message,
  })
  const locate = (pointer: string) => {
    const [, kind, index, field, alias] = pointer.split('/')
    const site = sites[kind as EntityKind]?.[Number(index)]
    const el = field === 'name' ? site?.forms[0] : field === 'aliases' ? site?.forms[Number(alias) + 1] : site?.el
    return { line: el?.position?.start.line ?? 1, column: el?.position?.start.column ?? 1 }
  }
  let entries: TeiElement[]
  try {
    entries = entryElements(parseXml(text, shown, 'config').tree.children)
  } catch (e) {
    if (!(e instanceof LectioError)) throw e
    return { registers, locate, errors: e.diagnostics }
  }
  if (!entries.length) fail(undefined, 'this TEI file holds no <person>, <place> or <org> (a register lists them in <listPerson>, <listPlace>, <listOrg>)')
  for (const el of entries) {
    const kind = KIND_OF[localName(el.name)]
    const id = el.attributes['xml:id']
    const forms = nameForms(el, kind)
    if (!id) fail(el, `<${localName(el.name)}> has no @xml:id: texts cannot point to it`)
    else if (!forms.length) fail(el, `<${localName(el.name)} xml:id="${id}"> has no name (${NAME_ELEMENTS[kind].flat().map((n) => `<${n}>`).join(', ')})`)
    else {
      registers[kind].push(entryOf(el, kind, id, forms))
      sites[kind].push({ el, forms: forms.map((f) => f.el) })
    }
  }
  return { registers, locate, errors }
}

/** Every person, personGrp, place and org, in document order, however deeply nested. */
function entryElements(nodes: TeiNode[]): TeiElement[] {
  const out: TeiElement[] = []
  const walk = (list: TeiNode[]) => {
    for (const n of list) {
      if (n.type !== 'element') continue
      if (KIND_OF[localName(n.name)]) out.push(n)
      walk(n.children)
    }
  }
  walk(nodes)
  return out
}

interface Form { el: TeiElement; text: string }

/** The entry's name forms, the main one first, without repeats. */
function nameForms(el: TeiElement, kind: EntityKind): Form[] {
  for (const names of NAME_ELEMENTS[kind]) {
    const els = children(el, names)
    if (!els.length) continue
    const main = els.find((e) => MAIN_TYPES.has(e.attributes.type ?? '')) ?? els[0]
    const forms: Form[] = []
    for (const e of [main, ...els.filter((x) => x !== main)]) {
      const text = nameText(e)
      if (text && !forms.some((f) => f.text === text)) forms.push({ el: e, text })
    }
    if (forms.length) return forms
  }
  return []
}

/** A name's text, its parts (forename, surname …) kept apart by a space even when written together. */
function nameText(el: TeiElement): string {
  let s = ''
  for (const c of el.children) {
    if (c.type === 'text') s += c.value
    else if (c.type === 'element' && localName(c.name) !== 'note') s += ` ${nameText(c)} `
  }
  return s.replace(/\s+/g, ' ').trim()
}

function entryOf(el: TeiElement, kind: EntityKind, id: string, forms: Form[]): RegisterEntry {
  const entry: RegisterEntry = { id, name: forms[0].text }
  if (forms.length > 1) entry.aliases = forms.slice(1).map((f) => f.text)
  const ref = authorityRef(el, forms[0].el)
  if (ref) entry.ref = ref
  if (kind === 'persons') {
    const parts = (name: string) => children(forms[0].el, [name]).map(nameText).filter(Boolean).join(' ')
    if (parts('forename')) entry.forename = parts('forename')
    if (parts('surname')) entry.surname = parts('surname')
    const birth = dateOf(el, 'birth')
    const death = dateOf(el, 'death')
    if (birth) entry.birth = birth
    if (death) entry.death = death
  }
  if (kind === 'places') {
    const geo = children(el, ['location']).flatMap((l) => children(l, ['geo']))[0]
    if (geo && textContent(geo).trim()) entry.geo = textContent(geo).replace(/\s+/g, ' ').trim()
  }
  const note = children(el, ['note']).map((n) => textContent(n).replace(/\s+/g, ' ').trim()).filter(Boolean).join(' ')
  if (note) entry.note = note
  return entry
}

/** URI patterns of authority files whose ids an idno may give without the URI. */
const AUTHORITIES: Record<string, string> = {
  gnd: 'https://d-nb.info/gnd/', viaf: 'https://viaf.org/viaf/', wikidata: 'https://www.wikidata.org/entity/',
  geonames: 'https://www.geonames.org/', orcid: 'https://orcid.org/', isni: 'https://isni.org/isni/',
  lcnaf: 'https://id.loc.gov/authorities/names/', lccn: 'https://id.loc.gov/authorities/names/',
  tgn: 'http://vocab.getty.edu/page/tgn/', ulan: 'http://vocab.getty.edu/page/ulan/',
}
const URI = /^https?:\/\/\S+$/

/** The entry's authority URI: @ref of the entry or its name, else an idno. */
function authorityRef(el: TeiElement, name: TeiElement): string | undefined {
  for (const ref of [el.attributes.ref, name.attributes.ref]) {
    const uri = ref?.trim().split(/\s+/).find((t) => URI.test(t))
    if (uri) return uri
  }
  const idnos = children(el, ['idno']).map((i) => ({ type: (i.attributes.type ?? '').toLowerCase(), value: textContent(i).trim() }))
  const uri = idnos.find((i) => URI.test(i.value))
  if (uri) return uri.value
  for (const i of idnos) if (AUTHORITIES[i.type] && /^[\w.\- ]+$/.test(i.value)) return AUTHORITIES[i.type] + i.value.replace(/\s+/g, '')
  return undefined
}

const ISO_DATE = /^-?[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$/

/** birth or death: @when, else its text when that is an ISO date. */
function dateOf(el: TeiElement, name: 'birth' | 'death'): string | undefined {
  const d = children(el, [name])[0]
  if (!d) return undefined
  const when = d.attributes.when ?? textContent(d).trim()
  return ISO_DATE.test(when) ? when : undefined
}
