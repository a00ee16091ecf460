/**
 * `lectio adopt EDITION_DIR SOURCE`: a plain-text source becomes a TEI source. The TEI as the
 * build makes it (import → enrich → fidelity; without the standOff, which the build adds from the
 * registers at every build) is written to `sources/<id>.xml` with its provenance in the header,
 * edition.json points the source at it, and the text stays in `sources/` as the record of the
 * transcription. With `fromDist`, the published copy in `dist/tei/` — edited by hand, typically —
 * becomes the source as it is, byte for byte. Nothing is overwritten, and every write is atomic.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { loadEdition, type Edition, type SourceConfig } from '../../core/edition.js'
import { LectioError } from '../../core/errors.js'
import { locatePointer, parseLocatedJson } from '../../core/json-location.js'
import { writeFileAtomic } from '../../core/write-atomic.js'
import { serializeTei } from '../../core/xml/serialize.js'
import type { Diagnostic } from '../../core/diagnostic.js'
import { applySeverityOverrides } from '../../core/diagnostic.js'
import { createTeiValidator } from '../../validate/index.js'
import { processTextFile } from '../text-document.js'
import { sha256File } from '../fingerprint.js'
import { isHandEdited, recordAsWritten } from '../output-record.js'
import { dropStandOff, recordProvenance } from './adopt-provenance.js'
import { editJson } from './edition-json.js'

export interface AdoptOptions { editionDir: string; source: string; fromDist?: boolean; outDir?: string }
export interface AdoptResult { source: string; written: string; was: string; diagnostics: Diagnostic[]; fromDist: boolean }

export async function adoptSource(options: AdoptOptions): Promise<AdoptResult> {
  const { edition } = loadEdition(options.editionDir)
  const configPath = join(edition.dir, 'edition.json')
  const configText = readFileSync(configPath, 'utf8')
  const index = findSource(edition, options.source, configText)
  const source = edition.config.sources[index]
  const refuse = (code: string, message: string, pointer = `/sources/${index}/file`): never => {
    const p = locatePointer(parseLocatedJson(configText, edition.display(configPath), 'edition-invalid'), pointer)
    throw new LectioError({ code, severity: 'error', stage: 'cli', file: edition.display(configPath), line: p.line, column: p.column, message })
  }
  if (edition.sourceFormat(source) === 'tei') refuse('adopt-already-tei', `source "${source.id}" (${source.file}) is already a TEI source: edit it, and lectio build publishes it`)
  const textPath = edition.sourcePath(source)
  const target = join(dirname(textPath), `${source.id}.xml`)
  if (existsSync(target)) refuse('adopt-target-exists', `${edition.display(target)} exists already; nothing was written (move it away, or point the source at it in edition.json)`)
  const dist = join(options.outDir ?? join(edition.dir, 'dist'), 'tei', `${source.id}.xml`)
  let tei: string
  let diagnostics: Diagnostic[] = []
  if (options.fromDist) {
    if (!existsSync(dist)) refuse('adopt-dist-missing', `there is no published copy ${edition.display(dist)} to adopt: build the edition first, or adopt without --from-dist`)
    tei = readFileSync(dist, 'utf8')
  } else {
    if (isHandEdited(dist)) refuse('adopt-dist-edited', `${edition.display(dist)} was edited by hand: adopt it with --from-dist to keep those edits (a fresh conversion would leave them behind)`)
    const converted = await convertForAdoption(edition, source, target)
    tei = converted.tei
    diagnostics = converted.diagnostics
    const errors = diagnostics.filter((d) => d.severity === 'error')
    if (errors.length) throw new LectioError([...errors, { code: 'adopt-conversion-failed', severity: 'error', stage: 'cli', file: edition.display(textPath), line: 1, column: 1, message: 'the conversion has errors (above), so it was not adopted: fix the text or the registers and build it first' }])
  }
  const file = relative(edition.dir, target).split(sep).join('/')
  const newConfig = editJson(configText, [[['sources', index, 'file'], file], [['sources', index, 'pageOrder'], undefined]])
  writeFileAtomic(target, tei)
  writeFileAtomic(configPath, newConfig)
  // the published copy's edits now live in the source: the next build may replace it
  if (options.fromDist) recordAsWritten(dist)
  return { source: source.id, written: edition.display(target), was: source.file, diagnostics, fromDist: options.fromDist === true }
}

/** The source named by its id or its file (as written in edition.json, or a path to it). */
function findSource(edition: Edition, name: string, configText: string): number {
  const byFile = resolve(name)
  const i = edition.config.sources.findIndex((s) => s.id === name || s.file === name || edition.sourcePath(s) === byFile || edition.sourcePath(s) === resolve(edition.dir, name))
  if (i >= 0) return i
  const ids = edition.config.sources.map((s) => s.id)
  const shown = edition.display(join(edition.dir, 'edition.json'))
  const p = locatePointer(parseLocatedJson(configText, shown, 'edition-invalid'), '/sources')
  throw new LectioError({ code: 'adopt-source-unknown', severity: 'error', stage: 'cli', file: shown, line: p.line, column: p.column, message: `no source "${name}" in the edition (its sources: ${ids.slice(0, 12).join(', ')}${ids.length > 12 ? ', …' : ''})` })
}

/** The TEI as the build makes it, its header recording the conversion, checked as the build checks it. */
async function convertForAdoption(edition: Edition, source: SourceConfig, target: string): Promise<{ tei: string; diagnostics: Diagnostic[] }> {
  const textPath = edition.sourcePath(source)
  const result = processTextFile(textPath, edition.display(textPath), { id: source.id, source, edition: edition.config, registers: edition.registers })
  dropStandOff(result.doc.tree)
  recordProvenance(result.doc.tree, { textHref: relative(dirname(target), textPath).split(sep).join('/'), sha256: sha256File(textPath), date: edition.config.date })
  const tei = serializeTei(result.doc.tree)
  const validator = await createTeiValidator()
  const letter = source.kind === 'letter' || source.kind === 'letters'
  const validation = validator.validate(tei, edition.display(target), { registers: edition.registers, letter })
  return { tei, diagnostics: applySeverityOverrides([...result.diagnostics, ...validation], edition.config.rules) }
}
