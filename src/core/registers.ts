/**
 * The edition's registers of persons, places and organisations: types, loading, checks.
 *
 * Registers are taken as editors write them: a quirk never stops the import. An id that is not an
 * XML name (`2433`) or that names entries of two kinds is given a valid, unique xml:id with a
 * per-kind prefix; a repeated id in one kind is renamed; a `ref` that is not an authority URI is
 * left out; a form shared by two entries is kept on both (the tagger decides each mention, or
 * tags it without @ref). Each is reported where it stands. Only what cannot be read (malformed
 * JSON, unknown fields, an entry without a name) is an error.
 */
import { readFileSync } from 'node:fs'
import { parseLocatedJson, locatePointer, type LocatedJson } from './json-location.js'
import { checkJsonSchema } from './json-schema.js'
import { compareDiagnostics, type Diagnostic } from './diagnostic.js'
import { LectioError } from './errors.js'
import { isXmlRegister, readTeiRegister } from './tei-register.js'

export type EntityKind = 'persons' | 'places' | 'orgs'
export const ENTITY_KINDS: readonly EntityKind[] = ['persons', 'places', 'orgs']

export interface RegisterEntry {
  /** A valid xml:id, unique over all kinds (referenced as `#id`). */
  id: string
  name: string
  /** Other forms that occur in the texts; a form starting with a lower-case letter is matched in that case only. */
  aliases?: string[]
  /** Authority URI (http or https). */
  ref?: string
  note?: string
  birth?: string
  death?: string
  /** From TEI registers (core/tei-register.ts): the name's parts, for the sort form of an index. */
  forename?: string
  surname?: string
  /** From TEI registers: a place's location/geo ("lat long"). */
  geo?: string
  /** The id as the register wrote it, when it had to be changed into `id` (not an XML name, or used twice). */
  registerId?: string
}

export interface Registers { persons: RegisterEntry[]; places: RegisterEntry[]; orgs: RegisterEntry[] }

export function emptyRegisters(): Registers {
  return { persons: [], places: [], orgs: [] }
}

/** An entry as a register file gives it, before the checks (`id` may be a number there). */
export type RawEntry = Omit<RegisterEntry, 'id' | 'registerId' | 'ref'> & { id: string | number; ref?: string | null }

/** One entry read from a register file, with a way to locate its fields for messages. */
export interface ReadEntry {
  kind: EntityKind
  entry: RawEntry
  file: string
  /** Line and column of a field of the entry (`''` for the entry itself, `/name`, `/aliases/0`). */
  at: (field: string) => { line: number; column: number }
}

/** Prefixes that make an id valid and unique per kind (`2433` → `person-2433`). */
const KIND_PREFIX: Record<EntityKind, string> = { persons: 'person', places: 'place', orgs: 'org' }

/**
 * Reads and checks register files. Throws a LectioError only when a file cannot be read or is
 * not a register; quirks are returned as warnings. `displayPath(file)` gives the path to show.
 */
export function loadRegisters(files: readonly string[], displayPath: (file: string) => string = (f) => f): { registers: Registers; diagnostics: Diagnostic[] } {
  const texts = files.map((file) => {
    const shown = displayPath(file)
    try {
      return { text: readFileSync(file, 'utf8'), shown }
    } catch {
      throw new LectioError({ code: 'register-unreadable', severity: 'error', stage: 'config', file: shown, line: 1, column: 1, message: 'cannot read the register file' })
    }
  })
  return loadRegisterData(texts)
}

/** Checks and merges registers given as text (`shown`: the path for messages). */
export function loadRegisterData(files: readonly { text: string; shown: string }[]): { registers: Registers; diagnostics: Diagnostic[] } {
  const errors: Diagnostic[] = []
  const read: ReadEntry[] = []
  for (const { text, shown } of files) {
    // a TEI register (listPerson …) is read into the same model; the checks below apply to both
    if (isXmlRegister(text, shown)) {
      const tei = readTeiRegister(text, shown)
      if (tei.errors.length) errors.push(...tei.errors)
      else read.push(...readTeiEntries(tei, shown))
      continue
    }
    const json = parseLocatedJson<Partial<Record<EntityKind, RawEntry[]>>>(text, shown, 'register-invalid')
    const schemaErrors = checkJsonSchema(json, 'register.schema.json', 'register-invalid')
    if (schemaErrors.length) {
      errors.push(...schemaErrors)
      continue
    }
    read.push(...readJsonEntries(json, shown))
  }
  if (errors.length) throw new LectioError(errors)
  return checkRegisterEntries(read)
}

function readTeiEntries(tei: ReturnType<typeof readTeiRegister>, file: string): ReadEntry[] {
  return ENTITY_KINDS.flatMap((kind) => tei.registers[kind].map((entry, i): ReadEntry => ({
    kind, entry, file, at: (field) => tei.locate(`/${kind}/${i}${field}`),
  })))
}

function readJsonEntries(json: LocatedJson<Partial<Record<EntityKind, RawEntry[]>>>, file: string): ReadEntry[] {
  return ENTITY_KINDS.flatMap((kind) => (json.value[kind] ?? []).map((entry, i): ReadEntry => ({
    kind, entry, file, at: (field) => locatePointer(json as LocatedJson, `/${kind}/${i}${field}`),
  })))
}

/**
 * The checks every register goes through, whatever its file format: ids made valid and unique,
 * refs that are not authority URIs left out, forms shared by two entries reported.
 */
export function checkRegisterEntries(read: readonly ReadEntry[]): { registers: Registers; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  const registers = emptyRegisters()
  const ids = assignIds(read, diagnostics)
  read.forEach((r, i) => {
    const { id: _id, ref, ...fields } = r.entry
    const entry: RegisterEntry = { ...fields, id: ids[i] }
    if (ref !== null && ref !== undefined) entry.ref = ref
    if (ids[i] !== String(r.entry.id)) entry.registerId = String(r.entry.id)
    if (entry.ref !== undefined && !isAuthorityUri(entry.ref)) {
      diagnostics.push(warning(r, '/ref', 'register-ref-not-uri', `ref "${entry.ref}" of "${entry.id}" is not an authority URI (http:// or https://); the entry is used without it`))
      delete entry.ref
    }
    registers[r.kind].push(entry)
  })
  diagnostics.push(...sharedForms(read, ids))
  return { registers, diagnostics: diagnostics.sort(compareDiagnostics) }
}

/** Whether `ref` can stand as an authority URI (`idno type="URI"`). */
export function isAuthorityUri(ref: string): boolean {
  return /^https?:\/\/\S+$/.test(ref)
}

/** An XML name without a colon: what xml:id and the targets of @ref need. */
export function isXmlId(id: string): boolean {
  return /^[\p{L}_][\p{L}\p{N}\p{M}._\-\u00B7]*$/u.test(id)
}

/** The xml:id of each entry, in order: the register's own where it is valid and unique. */
function assignIds(read: readonly ReadEntry[], diagnostics: Diagnostic[]): string[] {
  const kindsOf = new Map<string, Set<EntityKind>>()
  for (const r of read) {
    const id = String(r.entry.id)
    kindsOf.set(id, (kindsOf.get(id) ?? new Set()).add(r.kind))
  }
  // every id the registers write is reserved, so that a mapped id never takes another's
  const taken = new Set(read.map((r) => String(r.entry.id)))
  const firstOf = new Map<string, ReadEntry>()
  return read.map((r) => {
    const id = String(r.entry.id)
    const manyKinds = kindsOf.get(id)!.size > 1
    if (!isXmlId(id) || manyKinds) {
      const mapped = unique(`${KIND_PREFIX[r.kind]}-${slug(id)}`, taken)
      const why = manyKinds ? `names entries of more than one kind (${[...kindsOf.get(id)!].join(', ')})` : 'is not an XML name'
      diagnostics.push(warning(r, '/id', 'register-id-mapped', `id "${id}" ${why}; the entry is written as xml:id "${mapped}" (ref="#${mapped}")`, 'info'))
      return mapped
    }
    const first = firstOf.get(id)
    if (!first) {
      firstOf.set(id, r)
      taken.add(id)
      return id
    }
    const renamed = unique(id, taken)
    const p = first.at('/id')
    diagnostics.push(warning(r, '/id', 'register-id-duplicate', `id "${id}" is already used (${first.file}:${p.line}:${p.column}); this entry is kept apart as "${renamed}" — give it its own id, or merge the two entries`))
    return renamed
  })
}

function slug(id: string): string {
  return id.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'entry'
}

function unique(base: string, taken: Set<string>): string {
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  taken.add(id)
  return id
}

/** A form that names two entries of one kind: kept on both, reported once where it stands second. */
function sharedForms(read: readonly ReadEntry[], ids: readonly string[]): Diagnostic[] {
  const out: Diagnostic[] = []
  const forms = new Map<string, string>()
  read.forEach((r, i) => {
    for (const [j, form] of [r.entry.name, ...(r.entry.aliases ?? [])].entries()) {
      const key = `${r.kind}:${normaliseForm(form)}`
      const other = forms.get(key)
      if (other === undefined) forms.set(key, ids[i])
      else if (other !== ids[i]) {
        out.push(warning(r, j === 0 ? '/name' : `/aliases/${j - 1}`, 'register-alias-shared', `"${form}" names both "${other}" and "${ids[i]}": a mention is linked to the one a nearby fuller name points to (cert="medium"), else tagged without @ref`))
      }
    }
  })
  return out
}

function warning(r: ReadEntry, field: string, code: string, message: string, severity: 'warning' | 'info' = 'warning'): Diagnostic {
  const p = r.at(field)
  return { code, severity, stage: 'config', file: r.file, line: p.line, column: p.column, message }
}

/** The comparison form of a name: case, diacritics, quotes and dashes folded. */
export function normaliseForm(s: string): string {
  return s
    .normalize('NFKD').replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02BC`´]/g, "'").replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ').trim().toLowerCase()
}
