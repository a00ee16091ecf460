/**
 * Golden files: compares `actual` with the file; a missing or different golden fails. With
 * UPDATE_GOLDEN=1 the file is (re)written instead — never when CI=true. Review every rewritten
 * golden before committing it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { expect } from 'vitest'

export function expectGolden(path: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === '1') {
    if (process.env.CI === 'true') throw new Error('UPDATE_GOLDEN is refused when CI=true')
    writeFileSync(path, actual)
    return
  }
  if (!existsSync(path)) throw new Error(`golden file ${path} is missing: run with UPDATE_GOLDEN=1, then review it`)
  expect(actual).toBe(readFileSync(path, 'utf8'))
}
