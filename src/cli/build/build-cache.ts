/**
 * What the previous build left for the next one (`dist/.cache/`): per-document results keyed by
 * the hash of their inputs, and the keys of the edition-level outputs (site, PDFs, deposit).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileAtomic } from '../../core/write-atomic.js'
import type { DocumentOutcome } from './process-document.js'

export interface BuildRecord { buildKey: string; siteKey: string; pdfKey: string; documentKeys: Record<string, string> }

export function readBuildRecord(outDir: string): BuildRecord | undefined {
  const p = join(outDir, '.cache', 'build.json')
  if (!existsSync(p)) return undefined
  try {
    return JSON.parse(readFileSync(p, 'utf8')) as BuildRecord
  } catch {
    return undefined
  }
}

export function writeBuildRecord(outDir: string, record: BuildRecord): void {
  writeFileAtomic(join(outDir, '.cache', 'build.json'), JSON.stringify(record, null, 2) + '\n')
}

export function readCachedDocument(outDir: string, id: string, key: string): DocumentOutcome | undefined {
  const p = join(outDir, '.cache', 'documents', `${id}.json`)
  if (!existsSync(p)) return undefined
  try {
    const cached = JSON.parse(readFileSync(p, 'utf8')) as { key: string; outcome: DocumentOutcome }
    return cached.key === key ? cached.outcome : undefined
  } catch {
    return undefined
  }
}

export function writeCachedDocument(outDir: string, key: string, outcome: DocumentOutcome): void {
  writeFileAtomic(join(outDir, '.cache', 'documents', `${outcome.id}.json`), JSON.stringify({ key, outcome: { ...outcome, ms: 0 } }))
}
