/**
 * The validate stage: reads TEI, never changes it, returns located diagnostics.
 * Well-formedness and hostile DOCTYPEs (core/xml/parse) → TEI P5 RelaxNG (tei_all) → project rules.
 */
import { compareDiagnostics, type Diagnostic } from '../core/diagnostic.js'
import type { Registers } from '../core/registers.js'
import { LectioError } from '../core/errors.js'
import { parseXml } from '../core/xml/parse.js'
import { loadTeiGrammar, validateRelaxNG } from './relaxng.js'
import { runProjectRules } from './rules/project-rules.js'

export interface ValidateOptions { registers?: Registers; letter?: boolean }
export interface TeiValidator { validate(xml: string, file: string, options?: ValidateOptions): Diagnostic[] }

/** Loads the schema once; the validator is then reused for every file. */
export async function createTeiValidator(): Promise<TeiValidator> {
  const grammar = await loadTeiGrammar()
  return {
    validate(xml, file, options = {}) {
      let parsed
      try {
        parsed = parseXml(xml, file, 'validate')
      } catch (e) {
        if (e instanceof LectioError) return e.diagnostics
        throw e
      }
      return [...validateRelaxNG(grammar, xml, file), ...runProjectRules(parsed.tree, { file, registers: options.registers, letter: options.letter })].sort(compareDiagnostics)
    },
  }
}
