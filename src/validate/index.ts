/**
 * The validate stage: reads TEI, never changes it, returns located diagnostics.
 * Well-formedness and DOCTYPEs (core/xml: internal entities expanded, external DTDs noted, hostile
 * declarations refused) → TEI P5 RelaxNG (tei_all) → project rules.
 */
import { compareDiagnostics, type Diagnostic } from '../core/diagnostic.js'
import type { Registers } from '../core/registers.js'
import { LectioError } from '../core/errors.js'
import { createSourceFile } from '../core/source-file.js'
import { parseXml } from '../core/xml/parse.js'
import { prepareXml, type PreparedXml } from '../core/xml/prepare.js'
import type { RegisterFiles } from '../core/references.js'
import { checkAgainstSchema, loadTeiGrammar } from './relaxng.js'
import { runProjectRules } from './rules/project-rules.js'
import { createTagLocator } from './tag-positions.js'

export interface ValidateOptions {
  /** The edition's registers: `#id` pointers may name their entries, and must resolve. */
  registers?: Registers
  /** The ids of each register file (by absolute path), to check pointers such as persons.xml#id. */
  registerFiles?: RegisterFiles
  /** The document's path for resolving pointers to other files, when `file` is not it. */
  base?: string
  /** The file is a letter: a missing correspDesc is reported. */
  letter?: boolean
}
export interface TeiValidator { validate(xml: string, file: string, options?: ValidateOptions): Diagnostic[] }

/** Schema errors that a project rule explains better at the same place (rule id → schema code). */
const RESTATED: Record<string, string> = { 'date-invalid': 'rng-attribute-value-invalid', 'id-duplicate': 'rng-id-duplicate' }

/** Loads the schema once; the validator is then reused for every file. */
export async function createTeiValidator(): Promise<TeiValidator> {
  const grammar = await loadTeiGrammar()
  return {
    validate(xml, file, options = {}) {
      let prepared: PreparedXml
      try {
        prepared = prepareXml(createSourceFile(file, xml), 'validate')
      } catch (e) {
        if (e instanceof LectioError) return e.diagnostics
        throw e
      }
      const parsed = checkAgainstSchema(grammar, prepared.text, file)
      // core's parser words well-formedness errors as everywhere else in Lectio; saxes's are the fallback
      if (parsed.illFormed) return parseProblems(xml, file) ?? toOriginal(parsed.diagnostics, prepared, xml)
      const rules = runProjectRules(parsed.tree, { ...options, file, xml: prepared.text })
      const explained = new Set(rules.filter((d) => RESTATED[d.code]).map((d) => `${d.line}:${d.column}:${RESTATED[d.code]}`))
      const schema = parsed.diagnostics.filter((d) => !explained.has(`${d.line}:${d.column}:${d.code}`))
      return [...prepared.notes, ...toOriginal([...schema, ...rules], prepared, xml)].sort(compareDiagnostics)
    },
  }
}

/**
 * Diagnostics located in the prepared text (DOCTYPE blanked, entities expanded) moved to the
 * original file: what came from an entity is reported at its reference.
 */
function toOriginal(ds: Diagnostic[], prepared: PreparedXml, xml: string): Diagnostic[] {
  if (prepared.text === xml) return ds
  const expanded = createTagLocator(prepared.text)
  const original = createSourceFile('', xml)
  return ds.map((d) => {
    if (d.line === undefined) return d
    const p = original.locate(prepared.toOriginal(expanded.offset(d.line, d.column ?? 1)))
    return { ...d, line: p.line, column: p.column }
  })
}

/** The located diagnostics of core's XML parser (ill-formed XML), if it refuses the text. */
function parseProblems(xml: string, file: string): Diagnostic[] | undefined {
  try {
    parseXml(xml, file, 'validate')
    return undefined
  } catch (e) {
    if (e instanceof LectioError) return e.diagnostics
    throw e
  }
}
