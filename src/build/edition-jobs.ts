/**
 * The edition-level steps of a build that read the whole published corpus, one file at a time:
 * the edition pages (from the documents' rows in the cache) and the deposit package (from
 * the staged outputs). Each runs as one job in a worker with a capped heap (document-pool.ts), so
 * the garbage of reading ten thousand files is collected instead of growing the build's memory.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync, type Dirent } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import type { Edition } from '../core/edition.js'
import type { Diagnostic } from '../core/diagnostic.js'
import { siteAssets, writeEditionPages } from '../render/html/index.js'
import { depositFileName, writeDeposit, type DepositSource } from '../deposit/index.js'
import { stagedPageSink } from './output-dir.js'
import { readCachedSiteRows } from './build-cache.js'
import { editionOf } from './process-document.js'

export interface SiteJob { kind: 'site'; editionDir: string; cacheDir: string; ids: string[]; works: { workId: string; title: string }[]; htmlDir: string }
export interface DepositJob { kind: 'deposit'; editionDir: string; stageDir: string }
export interface SiteOutcome { diagnostics: Diagnostic[] }
export interface DepositOutcome { name: string; diagnostics: Diagnostic[] }

/** Writes the edition pages and the site's assets into `htmlDir`. */
export function renderSiteJob(job: SiteJob): SiteOutcome {
  const edition = editionOf(job.editionDir)
  const documents = function* () { for (const id of job.ids) yield readCachedSiteRows(job.cacheDir, id) }
  const diagnostics = writeEditionPages(edition.config, documents(), job.works, stagedPageSink(job.htmlDir))
  for (const [path, content] of siteAssets()) {
    mkdirSync(dirname(join(job.htmlDir, path)), { recursive: true })
    writeFileSync(join(job.htmlDir, path), content)
  }
  return { diagnostics }
}

/** Writes the deposit package of the staged build to `<stage>/deposit/`. */
export function depositJob(job: DepositJob): DepositOutcome {
  const edition = editionOf(job.editionDir)
  return writeDeposit({ edition: edition.config, files: collectPayload(job.stageDir, edition) }, join(job.stageDir, 'deposit', depositFileName(edition.config)))
}

/** Files that go into the deposit, from the staged output (tei, html, pdf) and the registers; read only when packed. */
function collectPayload(stageDir: string, edition: Edition): DepositSource[] {
  const files: DepositSource[] = []
  const add = (dir: string, prefix: string) => {
    if (!existsSync(dir)) return
    for (const rel of listFiles(dir)) {
      if (rel.split('/').some((p) => p.startsWith('.'))) continue
      const file = join(dir, rel)
      files.push({ path: `${prefix}/${rel}`, read: () => readFileSync(file) })
    }
  }
  add(join(stageDir, 'tei'), 'tei')
  add(join(stageDir, 'html'), 'html')
  add(join(stageDir, 'pdf'), 'pdf')
  add(join(edition.dir, 'registers'), 'registers')
  return files
}

function listFiles(dir: string, base = dir): string[] {
  const out: string[] = []
  const entries: Dirent[] = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const e of entries) {
    const p = join(dir, e.name)
    if (e.isDirectory()) out.push(...listFiles(p, base))
    else out.push(relative(base, p).split('\\').join('/'))
  }
  return out
}
