/**
 * TEI pointers (@ref, @target, @corresp, … — data.pointer) and what they point at: an element of
 * the same document ("#p12"), an element of another file ("persons.xml#p12",
 * "../register/persons.xml#p12"), an absolute URI, or a name made with a prefix the document
 * declares (`<prefixDef ident="pers" matchPattern="(.+)" replacementPattern="persons.xml#$1"/>`,
 * written "pers:p12"). The validator uses this to decide which pointers must resolve; the stages
 * that look entries up in the registers use `registerEntryOf`.
 */
import { readFileSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import type { TeiElement, TeiNode, TeiRoot } from './tree.js'
import { ENTITY_KINDS, loadRegisterData, type EntityKind, type RegisterEntry, type Registers } from './registers.js'

export interface PrefixDef { ident: string; matchPattern: string; replacementPattern: string }

export type Pointer =
  | { kind: 'local'; id: string }
  /** `path` is `file` resolved against the document's directory, when that is known. */
  | { kind: 'file'; file: string; path?: string; id?: string }
  | { kind: 'uri'; uri: string }
  /** XPointer schemes ("#xpath(…)") and other forms Lectio does not follow. */
  | { kind: 'other'; text: string }

/** The ids each register file holds, by absolute path. */
export type RegisterFiles = ReadonlyMap<string, ReadonlySet<string>>

/**
 * The ids of each register file, for checking pointers such as persons.xml#id. Call it for
 * files that loadRegisters has accepted together (each alone then passes the same checks).
 */
export function registerFilesOf(files: readonly string[]): RegisterFiles {
  const out = new Map<string, Set<string>>()
  for (const file of files) {
    const one = loadRegisterData([{ text: readFileSync(file, 'utf8'), shown: file }]).registers
    out.set(resolve(file), new Set(ENTITY_KINDS.flatMap((k) => one[k].map((e) => e.id))))
  }
  return out
}

export interface PointerContext {
  /** The document's prefix declarations (readPrefixDefs), and any the edition adds. */
  prefixes?: readonly PrefixDef[]
  /** The document's own path: relative file names are resolved against its directory. */
  base?: string
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1)
}

/** Every prefixDef of a document (in encodingDesc/listPrefixDef), in document order. */
export function readPrefixDefs(tree: TeiRoot | TeiElement): PrefixDef[] {
  const out: PrefixDef[] = []
  const walk = (nodes: TeiNode[]) => {
    for (const n of nodes) {
      if (n.type !== 'element') continue
      const a = n.attributes
      if (localName(n.name) === 'prefixDef' && a.ident && a.matchPattern !== undefined && a.replacementPattern !== undefined) {
        out.push({ ident: a.ident, matchPattern: a.matchPattern, replacementPattern: a.replacementPattern })
      }
      walk(n.children)
    }
  }
  walk(tree.children)
  return out
}

/** What one pointer token points at. A declared prefix is expanded first (TEI P5 §16.2.3). */
export function resolvePointer(token: string, ctx: PointerContext = {}): Pointer {
  const pointer = expandPrefix(token, ctx.prefixes ?? []) ?? token
  if (pointer.startsWith('#')) {
    const id = pointer.slice(1)
    return /^[^\s#()]+$/.test(id) ? { kind: 'local', id } : { kind: 'other', text: pointer }
  }
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(pointer)) return { kind: 'uri', uri: pointer }
  const hash = pointer.indexOf('#')
  const file = hash < 0 ? pointer : pointer.slice(0, hash)
  const fragment = hash < 0 ? undefined : pointer.slice(hash + 1)
  if (fragment !== undefined && !/^[^\s#()]+$/.test(fragment)) return { kind: 'other', text: pointer }
  const path = ctx.base ? resolve(dirname(ctx.base), safeDecode(file)) : undefined
  // a pointer into the document itself by its own file name is a local one
  if (path && fragment && path === resolve(ctx.base!)) return { kind: 'local', id: fragment }
  return { kind: 'file', file, path, id: fragment }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

/** prefix:value → the pointer its prefixDef makes of it; undefined when no declaration matches. */
function expandPrefix(token: string, prefixes: readonly PrefixDef[]): string | undefined {
  const colon = token.indexOf(':')
  if (colon <= 0) return undefined
  const ident = token.slice(0, colon)
  const value = token.slice(colon + 1)
  for (const p of prefixes) {
    if (p.ident !== ident) continue
    let m: RegExpExecArray | null
    try {
      m = new RegExp(`^(?:${p.matchPattern})$`, 'u').exec(value)
    } catch {
      continue // a pattern JavaScript cannot read: the pointer stays as written
    }
    // several prefixDefs may share an ident: the first whose pattern matches applies
    if (m) return p.replacementPattern.replace(/\$(\d)/g, (_s, n: string) => m![Number(n)] ?? '')
  }
  return undefined
}

/** The register file a file pointer names: the same path, else the one register of that file name. */
export function registerFileOf(p: Extract<Pointer, { kind: 'file' }>, files: RegisterFiles): string | undefined {
  if (p.path && files.has(p.path)) return p.path
  const name = basename(safeDecode(p.file))
  const same = [...files.keys()].filter((f) => basename(f) === name)
  return same.length === 1 ? same[0] : undefined
}

/** Whether a pointer must resolve, and does: the validator's view of one token. */
export type Resolution = 'resolved' | 'unresolved' | 'unchecked' | 'outside'

export interface ResolutionContext extends PointerContext {
  /** The xml:ids of the document. */
  ids: ReadonlySet<string>
  registers?: Registers
  registerFiles?: RegisterFiles
}

/**
 * - a local "#id" resolves to an element of the document or a register entry; without registers
 *   one that resolves to neither is `unchecked` (it may name an entry of registers kept elsewhere);
 * - a pointer into a known register file must name one of its ids;
 * - other files, URIs and XPointers are `outside`: not Lectio's to check.
 */
export function resolveReference(token: string, ctx: ResolutionContext): Resolution {
  const p = resolvePointer(token, ctx)
  if (p.kind === 'local') {
    if (ctx.ids.has(p.id)) return 'resolved'
    if (!ctx.registers && !ctx.registerFiles) return 'unchecked'
    const known = (ctx.registers && entryById(ctx.registers, p.id)) || [...(ctx.registerFiles?.values() ?? [])].some((ids) => ids.has(p.id))
    return known ? 'resolved' : 'unresolved'
  }
  if (p.kind !== 'file' || !ctx.registerFiles) return 'outside'
  const file = registerFileOf(p, ctx.registerFiles)
  if (!file) return 'outside'
  return p.id === undefined || ctx.registerFiles.get(file)!.has(p.id) ? 'resolved' : 'unresolved'
}

type Found = { kind: EntityKind; entry: RegisterEntry }
/** Each registers object's entries by id, made once (registers do not change once loaded). */
const byId = new WeakMap<Registers, Map<string, Found>>()

function entryById(registers: Registers, id: string): Found | undefined {
  let index = byId.get(registers)
  if (!index) {
    index = new Map()
    for (const kind of ENTITY_KINDS) for (const entry of registers[kind]) if (!index.has(entry.id)) index.set(entry.id, { kind, entry })
    byId.set(registers, index)
  }
  return index.get(id)
}

/**
 * The register entry a pointer names: "#id", a pointer into a register file ("persons.xml#id",
 * resolved by path or file name when `registerFiles` is given, else by id alone), or a prefixed
 * name that expands to one of those. Undefined for anything else.
 */
export function registerEntryOf(token: string, registers: Registers, ctx: PointerContext & { registerFiles?: RegisterFiles } = {}): Found | undefined {
  const p = resolvePointer(token, ctx)
  if (p.kind === 'local') return entryById(registers, p.id)
  if (p.kind !== 'file' || p.id === undefined) return undefined
  if (ctx.registerFiles) {
    const file = registerFileOf(p, ctx.registerFiles)
    if (!file || !ctx.registerFiles.get(file)!.has(p.id)) return undefined
  }
  return entryById(registers, p.id)
}
