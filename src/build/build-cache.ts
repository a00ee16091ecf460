/**
 * What the previous build left for the next one (`dist/.cache/`): per document, keyed by the hash
 * of its inputs, `documents/<id>.json` (its summary and entity report) and `documents/<id>.xml`
 * (its TEI, published or not); and `build.json`, the keys of the edition-level outputs and of
 * each document page.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileAtomic } from '../core/write-atomic.js'
import { carryOver, writeStaged } from './output-dir.js'
import type { BuildEntityReport } from './tei/tei-report.js'
import type { DocumentSummary, SiteRows } from './process-document.js'

/** `depositKey`: what the deposit in the output was made from (none: there is no deposit). */
export interface BuildRecord { buildKey: string; siteKey: string; pdfKey: string; depositKey?: string; documentKeys: Record<string, string>; pageKeys: Record<string, string> }

interface CachedDocument { key: string; summary: DocumentSummary; report: BuildEntityReport | null; site?: SiteRows }

export const documentCacheDir = (outDir: string) => join(outDir, '.cache', 'documents')
export const cachedTeiPath = (cacheDir: string, id: string) => join(cacheDir, `${id}.xml`)
const recordPath = (cacheDir: string, id: string) => join(cacheDir, `${id}.json`)

export function readBuildRecord(outDir: string): BuildRecord | undefined {
  const p = join(outDir, '.cache', 'build.json')
  if (!existsSync(p)) return undefined
  try {
    const record = JSON.parse(readFileSync(p, 'utf8')) as BuildRecord
    return { ...record, pageKeys: record.pageKeys ?? {} }
  } catch {
    return undefined
  }
}

export function writeBuildRecord(outDir: string, record: BuildRecord): void {
  writeFileAtomic(join(outDir, '.cache', 'build.json'), JSON.stringify(record, null, 2) + '\n')
}

function readCached(cacheDir: string, id: string): CachedDocument | undefined {
  const p = recordPath(cacheDir, id)
  if (!existsSync(p)) return undefined
  try {
    return JSON.parse(readFileSync(p, 'utf8')) as CachedDocument
  } catch {
    return undefined
  }
}

/** The summary of a document built from the same inputs, when the cache has it (with its TEI). */
export function readCachedSummary(cacheDir: string, id: string, key: string): DocumentSummary | undefined {
  const cached = readCached(cacheDir, id)
  if (cached?.key !== key) return undefined
  if (cached.summary.hasTei && !existsSync(cachedTeiPath(cacheDir, id))) return undefined
  return cached.summary
}

export function readCachedReport(cacheDir: string, id: string): BuildEntityReport | null {
  return readCached(cacheDir, id)?.report ?? null
}

/** The rows and register entries of a published document, for the edition pages. */
export function readCachedSiteRows(cacheDir: string, id: string): SiteRows {
  const site = readCached(cacheDir, id)?.site
  if (!site) throw new Error(`the build cache has no edition-page rows for ${id}`)
  return site
}

export function writeCachedDocument(cacheDir: string, key: string, summary: DocumentSummary, report: BuildEntityReport | null, xml: string, site?: SiteRows): void {
  if (summary.hasTei) writeStaged(cachedTeiPath(cacheDir, summary.id), xml)
  writeStaged(recordPath(cacheDir, summary.id), JSON.stringify({ key, summary: { ...summary, ms: 0 }, report, site }))
}

/** Carries a document's cache files over from the previous build's output to this one's. */
export function copyCachedDocument(fromDir: string, toDir: string, id: string, hasTei: boolean): void {
  carryOver(recordPath(fromDir, id), recordPath(toDir, id))
  if (hasTei) carryOver(cachedTeiPath(fromDir, id), cachedTeiPath(toDir, id))
}
