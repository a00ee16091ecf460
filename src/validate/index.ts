/**
 * The validate stage: reads TEI, never changes it, returns located diagnostics.
 * Well-formedness and hostile DOCTYPEs (core/xml/parse) → TEI P5 RelaxNG (tei_all) → project rules.
 */
import { compareDiagnostics, type Diagnostic } from '../core/diagnostic.js'
import type { Registers } from '../core/registers.js'
import { LectioError } from '../core/errors.js'
import { parseXml } from '../core/xml/parse.js'
import { checkAgainstSchema, loadTeiGrammar } from './relaxng.js'
import { runProjectRules } from './rules/project-rules.js'

export interface ValidateOptions { registers?: Registers; letter?: boolean }
export interface TeiValidator { validate(xml: string, file: string, options?: ValidateOptions): Diagnostic[] }

/** Schema errors that a project rule explains better at the same place (rule id → schema code). */
const RESTATED: Record<string, string> = { 'date-invalid': 'rng-attribute-value-invalid', 'id-duplicate': 'rng-id-duplicate' }

/** Loads the schema once; the validator is then reused for every file. */
export async function createTeiValidator(): Promise<TeiValidator> {
  const grammar = await loadTeiGrammar()
  return {
    validate(xml, file, options = {}) {
      // a DOCTYPE may declare entities: core's parser refuses those before anything reads the file
      if (xml.includes('<!DOCTYPE')) {
        const refused = parseProblems(xml, file)
        if (refused) return refused
      }
      const parsed = checkAgainstSchema(grammar, xml, file)
      // core's parser words well-formedness errors as everywhere else in Lectio; saxes's are the fallback
      if (parsed.illFormed) return parseProblems(xml, file) ?? parsed.diagnostics
      const rules = runProjectRules(parsed.tree, { file, registers: options.registers, letter: options.letter, xml })
      const explained = new Set(rules.filter((d) => RESTATED[d.code]).map((d) => `${d.line}:${d.column}:${RESTATED[d.code]}`))
      const schema = parsed.diagnostics.filter((d) => !explained.has(`${d.line}:${d.column}:${d.code}`))
      return [...schema, ...rules].sort(compareDiagnostics)
    },
  }
}

/** The located diagnostics of core's XML parser (hostile DOCTYPE, ill-formed XML), if it refuses the text. */
function parseProblems(xml: string, file: string): Diagnostic[] | undefined {
  try {
    parseXml(xml, file, 'validate')
    return undefined
  } catch (e) {
    if (e instanceof LectioError) return e.diagnostics
    throw e
  }
}
