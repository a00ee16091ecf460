/** The edition's registers of persons, places and organisations: types, loading, checks. */
import { readFileSync } from 'node:fs'
import { parseLocatedJson, locatePointer, type LocatedJson } from './json-location.js'
import { checkJsonSchema } from './json-schema.js'
import type { Diagnostic } from './diagnostic.js'
import { LectioError } from './errors.js'
import { isXmlRegister, readTeiRegister } from './tei-register.js'

export type EntityKind = 'persons' | 'places' | 'orgs'
export const ENTITY_KINDS: readonly EntityKind[] = ['persons', 'places', 'orgs']

export interface RegisterEntry {
  id: string
  name: string
  aliases?: string[]
  ref?: string
  note?: string
  birth?: string
  death?: string
  /** From TEI registers (core/tei-register.ts): the name's parts, for the sort form of an index. */
  forename?: string
  surname?: string
  /** From TEI registers: a place's location/geo ("lat long"). */
  geo?: string
}

export interface Registers { persons: RegisterEntry[]; places: RegisterEntry[]; orgs: RegisterEntry[] }

export function emptyRegisters(): Registers {
  return { persons: [], places: [], orgs: [] }
}

/**
 * Reads and checks register files (schema, unique ids across all files, aliases shared by two
 * entries). Throws a LectioError with every problem found; returns the merged registers otherwise.
 * `displayPath(file)` gives the path to show in messages.
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
  const registers = emptyRegisters()
  const errors: Diagnostic[] = []
  const warnings: Diagnostic[] = []
  const ids = new Map<string, string>()
  const forms = new Map<string, { id: string; where: string }>()
  for (const { text, shown } of files) {
    // a TEI register (listPerson …) is read into the same model; the checks below apply to both
    const tei = isXmlRegister(text, shown) ? readTeiRegister(text, shown) : undefined
    const json = tei ? undefined : parseLocatedJson<Partial<Registers>>(text, shown, 'register-invalid')
    const schemaErrors = tei ? tei.errors : checkJsonSchema(json!, 'register.schema.json', 'register-invalid')
    if (schemaErrors.length) {
      errors.push(...schemaErrors)
      continue
    }
    const value = tei ? tei.registers : json!.value
    const locate = tei ? tei.locate : (pointer: string) => locatePointer(json as LocatedJson, pointer)
    for (const kind of ENTITY_KINDS) {
      const list = value[kind] ?? []
      list.forEach((entry, i) => {
        const at = (suffix: string) => locate(`/${kind}/${i}${suffix}`)
        const prev = ids.get(entry.id)
        if (prev) {
          const p = at('/id')
          errors.push({ code: 'register-id-duplicate', severity: 'error', stage: 'config', file: shown, line: p.line, column: p.column, message: `id "${entry.id}" is already used (${prev})` })
          return
        }
        ids.set(entry.id, `${shown}, ${kind}`)
        for (const [j, form] of [entry.name, ...(entry.aliases ?? [])].entries()) {
          const key = `${kind}:${normaliseForm(form)}`
          const other = forms.get(key)
          if (other && other.id !== entry.id) {
            const p = at(j === 0 ? '/name' : `/aliases/${j - 1}`)
            errors.push({ code: 'register-alias-shared', severity: 'error', stage: 'config', file: shown, line: p.line, column: p.column, message: `"${form}" names both "${other.id}" and "${entry.id}"; keep it on one entry (a shared form cannot be linked)` })
          } else forms.set(key, { id: entry.id, where: shown })
        }
        registers[kind].push(entry)
      })
    }
  }
  if (errors.length) throw new LectioError(errors)
  return { registers, diagnostics: warnings }
}

/** The comparison form of a name: case, diacritics, quotes and dashes folded. */
export function normaliseForm(s: string): string {
  return s
    .normalize('NFKD').replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02BC`´]/g, "'").replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ').trim().toLowerCase()
}
