/**
 * The EPUB step of a build (`epub/<edition>.epub`, src/render/epub/), kept current with every
 * build but redoing only what changed:
 *  - each published document's content document is kept in the build cache under its
 *    document's key, so only the documents that changed are rendered again;
 *  - the book's own pages (title page, contents, indexes) are kept under the hash of all the
 *    documents' summaries, so a change that leaves every title, heading and name as it was
 *    (most corrections of a letter's text) does not remake them — at 10,000 letters that
 *    transform is most of the step;
 *  - the book itself is kept under the keys of all its documents: a build where no published
 *    document changed only carries it over.
 * Memory: one content document at a time while the zip is written (entry by entry, to the file),
 * and every document's summary for the book's own pages.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Diagnostic } from '../core/diagnostic.js'
import type { Edition } from '../core/edition.js'
import { renderEpubDocument, renderEpubEditionPages, writeEpub, type EpubDocument } from '../render/epub/index.js'
import { FileSink } from '../core/zip/byte-sink.js'
import { carryOver, carryOverTree, writeStaged } from './output-dir.js'
import { hashParts, toolFingerprint } from './fingerprint.js'

interface CachedEpubDocument { key: string; document: EpubDocument; diagnostics?: Diagnostic[] }
interface CachedEditionPages { key: string; pages: ReturnType<typeof renderEpubEditionPages> }
interface CachedBook { key: string; diagnostics: Diagnostic[] }

const cacheDir = (dir: string) => join(dir, '.cache', 'epub')
const cachePath = (dir: string, id: string) => join(cacheDir(dir), `${id}.json`)
const editionPagesPath = (dir: string) => join(dir, '.cache', 'epub-edition.json')
const bookPath = (dir: string) => join(dir, '.cache', 'epub-book.json')

function readJson<T>(file: string): T | undefined {
  if (!existsSync(file)) return undefined
  try { return JSON.parse(readFileSync(file, 'utf8')) as T } catch { return undefined }
}

/**
 * Writes `<stageDir>/epub/<edition>.epub` from the published documents (`key`: each one's
 * document key, which covers the tool, the edition and the registers). Returns the step's
 * diagnostics and whether the book was carried over unchanged.
 */
export function buildEpub(edition: Edition, published: readonly { id: string; key: string }[], teiOf: (id: string) => string, outDir: string, stageDir: string): { diagnostics: Diagnostic[]; unchanged: boolean } {
  const file = join('epub', `${edition.config.id}.epub`)
  const bookKey = hashParts(...published.flatMap(({ id, key }) => [id, key]))
  const book = readJson<CachedBook>(bookPath(outDir))
  if (book?.key === bookKey && existsSync(join(outDir, file)) && existsSync(cacheDir(outDir))) {
    carryOver(join(outDir, file), join(stageDir, file))
    carryOverTree(cacheDir(outDir), cacheDir(stageDir))
    for (const f of [bookPath, editionPagesPath]) if (existsSync(f(outDir))) carryOver(f(outDir), f(stageDir))
    return { diagnostics: book.diagnostics, unchanged: true }
  }
  const diagnostics: Diagnostic[] = []
  // only each document's file name and summary are kept; its XHTML goes to the cache and is read
  // back from there when its entry is written
  const documents = published.map(({ id, key }) => {
    const cached = readJson<CachedEpubDocument>(cachePath(outDir, id))
    if (cached?.key === key) {
      carryOver(cachePath(outDir, id), cachePath(stageDir, id))
      diagnostics.push(...(cached.diagnostics ?? []))
      return { file: cached.document.file, summary: cached.document.summary }
    }
    const r = renderEpubDocument(edition.config, id, teiOf(id))
    diagnostics.push(...r.diagnostics)
    writeStaged(cachePath(stageDir, id), JSON.stringify({ key, document: r.document, diagnostics: r.diagnostics } satisfies CachedEpubDocument))
    return { file: r.document.file, summary: r.document.summary }
  })
  const pages = editionPages(edition, documents.map((d) => d.summary), outDir, stageDir)
  const xhtmlOf = (i: number) => {
    const cached = readJson<CachedEpubDocument>(cachePath(stageDir, published[i].id))
    if (!cached) throw new Error(`the EPUB cache lost ${published[i].id}`)
    return cached.document.xhtml
  }
  mkdirSync(dirname(join(stageDir, file)), { recursive: true })
  const sink = new FileSink(join(stageDir, file))
  let written: { diagnostics: Diagnostic[] }
  try { written = writeEpub(edition.config, documents, xhtmlOf, pages, sink) } finally { sink.close() }
  const all = [...diagnostics, ...written.diagnostics]
  writeStaged(bookPath(stageDir), JSON.stringify({ key: bookKey, diagnostics: all } satisfies CachedBook))
  return { diagnostics: all, unchanged: false }
}

/** The book's own pages, from the cache when every summary is as it was. */
function editionPages(edition: Edition, summaries: string[], outDir: string, stageDir: string): ReturnType<typeof renderEpubEditionPages> {
  const key = hashParts(toolFingerprint(), JSON.stringify(edition.config), ...summaries)
  const cached = readJson<CachedEditionPages>(editionPagesPath(outDir))
  if (cached?.key === key) {
    carryOver(editionPagesPath(outDir), editionPagesPath(stageDir))
    return cached.pages
  }
  const pages = renderEpubEditionPages(edition.config, summaries)
  writeStaged(editionPagesPath(stageDir), JSON.stringify({ key, pages } satisfies CachedEditionPages))
  return pages
}
