/**
 * An edition: `editions/<name>/edition.json` plus its registers, checked with ajv against
 * `schema/edition.schema.json` and `schema/register.schema.json` before anything runs.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, readdirSync, realpathSync } from 'node:fs'
import { basename, extname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { parseLocatedJson, locatePointer, type LocatedJson } from './json-location.js'
import { checkJsonSchema } from './json-schema.js'
import { loadRegisters, type Registers } from './registers.js'
import { LectioError } from './errors.js'
import { looksLikeXml } from './read-source.js'
import type { Diagnostic, Severity } from './diagnostic.js'

/** What a source is; `tei`: a TEI file (any kind), the editor's master. */
export type SourceKind = 'auto' | 'letter' | 'letters' | 'essay' | 'article' | 'journal' | 'tei'

/** How a source is read: plain text converted at each build, or TEI published as it is. */
export type SourceFormat = 'text' | 'tei'

/** How dates are tagged: `edition.json` "dates", a source's "dates" overriding it. */
export interface DatesConfig {
  /** The day the year begins in the sources ("03-25" for Old Style); default "01-01". */
  yearStart?: string
  /** Tag every year in editorial notes (default true). */
  bareYearsInNotes?: boolean
}

export interface SourceConfig {
  id: string
  /** Path relative to the edition directory, as written in edition.json. */
  file: string
  kind: SourceKind
  /** Required for nothing: a text source falls back to the title found in it, a TEI source has its header. */
  title?: string
  author?: string
  date?: string
  language?: string
  bibl?: string
  url?: string
  witness?: string
  pageOrder?: string[]
  dates?: DatesConfig
}

export interface WorkConfig {
  id: string; title: string; witnesses: string[]; base: string
  ignorePunctuation?: boolean; ignoreCase?: boolean
}

export interface EditionConfig {
  id: string
  title: string
  subtitle?: string
  version: string
  language: string
  publisher: string
  pubPlace?: string
  date: string
  licence: { name: string; url?: string; text?: string }
  editors: { name: string; role?: string; ref?: string }[]
  introduction?: string
  editorialPrinciples?: string
  citation?: string
  /** Where the site is published (the folder of index.html), for citations and permalinks. */
  baseUrl?: string
  /** False: no search page or index (default true). */
  search?: boolean
  sources: SourceConfig[]
  works?: WorkConfig[]
  registers?: string[]
  rules?: Record<string, Severity | 'off'>
  dates?: DatesConfig
  print?: { paper?: 'A4' | 'Letter' | 'A5'; lineNumbers?: boolean }
  /** `lectio link`: forms never tagged, and elements whose text is never tagged (`note`, `note[type=editorial]`). */
  link?: { exclude?: string[]; skip?: string[] }
}

export interface Edition {
  /** Absolute path of the edition directory. */
  dir: string
  /** The directory as the user named it, for messages. */
  displayDir: string
  config: EditionConfig
  registers: Registers
  /** Absolute path of a source's file. */
  sourcePath(source: SourceConfig): string
  /** TEI when `kind` says so or the file's content is XML; plain text otherwise. Read once, on first use. */
  sourceFormat(source: SourceConfig): SourceFormat
  /** A path inside the edition as shown in messages (`editions/x/sources/a.txt`). */
  display(absPath: string): string
}

/** Shows a path relative to the working directory when it is inside it. */
function displayPath(p: string): string {
  const rel = relative(process.cwd(), p)
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : p
}

/**
 * The edition object. Made outside loadEdition on purpose: closures share their function's
 * context, so a closure made there would keep the config's parse tree (tens of MB for an edition
 * of ten thousand sources) alive for as long as the edition is used.
 */
function makeEdition(dir: string, config: EditionConfig, registers: Registers): Edition {
  const formats = new Map<string, SourceFormat>()
  return {
    dir, displayDir: displayPath(dir) || '.', config, registers,
    sourcePath: (s) => resolve(dir, s.file),
    sourceFormat(s) {
      let format = formats.get(s.id)
      if (!format) {
        format = s.kind === 'tei' || looksLikeXml(headOf(resolve(dir, s.file))) ? 'tei' : 'text'
        formats.set(s.id, format)
      }
      return format
    },
    display: displayPath,
  }
}

/** The first 4 KB of a file as text (UTF-16 when it starts with its BOM), or '' when unreadable. */
function headOf(file: string): string {
  const buf = Buffer.alloc(4096)
  let n = 0
  try {
    const fd = openSync(file, 'r')
    try { n = readSync(fd, buf, 0, buf.length, 0) } finally { closeSync(fd) }
  } catch {
    return ''
  }
  const head = buf.subarray(0, n)
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(head.subarray(2))
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(head.subarray(2))
  return new TextDecoder('utf-8').decode(head)
}

export function loadEdition(dirArg: string): { edition: Edition; diagnostics: Diagnostic[] } {
  const dir = resolve(dirArg)
  const display = displayPath
  const configPath = join(dir, 'edition.json')
  if (!existsSync(configPath)) {
    throw new LectioError({ code: 'edition-missing', severity: 'error', stage: 'config', file: display(configPath), line: 1, column: 1, message: `no edition.json in ${display(dir) || '.'}: is this an edition directory?` })
  }
  const shownConfig = display(configPath)
  const json = parseLocatedJson<EditionConfig>(readFileSync(configPath, 'utf8'), shownConfig, 'edition-invalid')
  const schemaErrors = checkJsonSchema(json, 'edition.schema.json', 'edition-invalid')
  if (schemaErrors.length) throw new LectioError(schemaErrors)

  const raw = json.value
  const errors: Diagnostic[] = []
  const at = (pointer: string, code: string, message: string) => {
    const p = locatePointer(json as LocatedJson, pointer)
    errors.push({ code, severity: 'error', stage: 'config', file: shownConfig, line: p.line, column: p.column, message })
  }
  const realDir = realpathSync(dir)
  const inside = (p: string) => {
    const abs = resolve(dir, p)
    let real = abs
    try { real = realpathSync(abs) } catch { /* reported as missing below */ }
    const rel = relative(realDir, real)
    return !rel.startsWith('..') && !isAbsolute(rel)
  }

  const seenIds = new Map<string, number>()
  const sources: SourceConfig[] = raw.sources.map((s, i) => {
    const id = s.id ?? basename(s.file, extname(s.file))
    if (seenIds.has(id)) at(`/sources/${i}`, 'edition-invalid', `source id "${id}" is used twice (also source ${seenIds.get(id)! + 1})`)
    seenIds.set(id, i)
    if (!inside(s.file)) at(`/sources/${i}/file`, 'edition-path-outside', `"${s.file}" points outside the edition directory`)
    else if (!existsSync(resolve(dir, s.file))) at(`/sources/${i}/file`, 'source-missing', `source file "${s.file}" does not exist`)
    return { ...s, id, kind: s.kind ?? 'auto' }
  })
  for (const [i, w] of (raw.works ?? []).entries()) {
    for (const [j, wid] of w.witnesses.entries()) if (!seenIds.has(wid)) at(`/works/${i}/witnesses/${j}`, 'edition-invalid', `no source has the id "${wid}"`)
    if (!w.witnesses.includes(w.base)) at(`/works/${i}/base`, 'edition-invalid', `the base "${w.base}" is not one of the witnesses`)
  }

  let registerFiles: string[]
  if (raw.registers) {
    registerFiles = []
    raw.registers.forEach((r, i) => {
      if (!inside(r)) at(`/registers/${i}`, 'edition-path-outside', `"${r}" points outside the edition directory`)
      else if (!existsSync(resolve(dir, r))) at(`/registers/${i}`, 'register-missing', `register file "${r}" does not exist`)
      else registerFiles.push(resolve(dir, r))
    })
  } else {
    const regDir = join(dir, 'registers')
    registerFiles = existsSync(regDir)
      ? readdirSync(regDir).filter((f) => /\.(json|xml)$/.test(f)).sort().map((f) => join(regDir, f))
      : []
  }
  if (errors.length) throw new LectioError(errors)
  const { registers, diagnostics } = loadRegisters(registerFiles, display)

  const config: EditionConfig = { ...raw, sources }
  return { edition: makeEdition(dir, config, registers), diagnostics }
}
