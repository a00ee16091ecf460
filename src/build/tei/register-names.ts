/**
 * Register names as the enrich stage finds them (the same index, matcher and language
 * conventions), for what the build and `lectio link` do with TEI sources: the names in a run of
 * text, and the entries a whole name (an editor's persName) stands for.
 */
import type { Registers } from '../../core/registers.js'
import { buildNameIndex, compileMatcher, conventionsFor, type NameMatch } from '../../enrich/index.js'
import type { EntityType } from './register-refs.js'

export interface RegisterNames {
  /** The register names in a text, longest first where they overlap, in text order. */
  find(text: string): NameMatch[]
  /** The entries of kind `type` a whole name is a form of (several: the form is ambiguous). */
  whole(text: string, type: EntityType): string[]
}

export function registerNames(registers: Registers, language?: string): RegisterNames {
  const match = compileMatcher(buildNameIndex(registers), conventionsFor(language))
  return {
    find: match,
    whole(text, type) {
      const trimmed = text.replace(/\s+/g, ' ').trim()
      const found = match(trimmed)
      const m = found.length === 1 && found[0].index === 0 && found[0].length === trimmed.length ? found[0] : undefined
      return m ? m.targets.filter((t) => t.type === type).map((t) => t.id) : []
    },
  }
}
