/**
 * Looks up a whole name (a header's author, not running text) in the person register: the id
 * when the name as a whole is one unambiguous register form, else undefined.
 */
import type { Registers } from '../../core/registers.js'
import { buildNameIndex } from './name-index.js'
import { compileMatcher } from './match-names.js'

export function personMatcher(registers: Registers): (name: string) => string | undefined {
  const match = compileMatcher(buildNameIndex(registers))
  return (name) => {
    const trimmed = name.trim()
    const found = match(trimmed)
    const m = found.length === 1 ? found[0] : undefined
    if (!m || m.form.type !== 'person' || m.form.ids.length !== 1 || m.index !== 0 || m.length !== trimmed.length) return undefined
    return `#${m.form.ids[0]}`
  }
}
