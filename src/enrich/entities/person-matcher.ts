/**
 * Looks up a whole name (a header's author, not running text) in the person register: the id
 * when the name as a whole is one unambiguous register form, else undefined.
 */
import type { Registers } from '../../core/registers.js'
import { buildNameIndex } from './name-index.js'
import { compileMatcher } from './match-names.js'
import { conventionsFor } from './name-conventions.js'

export function personMatcher(registers: Registers, language?: string): (name: string) => string | undefined {
  const match = compileMatcher(buildNameIndex(registers), conventionsFor(language))
  return (name) => {
    const trimmed = name.trim()
    const found = match(trimmed)
    const m = found.length === 1 ? found[0] : undefined
    if (!m || m.targets.length !== 1 || m.targets[0].type !== 'person' || m.index !== 0 || m.length !== trimmed.length) return undefined
    return `#${m.targets[0].id}`
  }
}
