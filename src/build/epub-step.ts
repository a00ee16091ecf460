/**
 * The EPUB step of a build (`epub/<edition>.epub`, src/render/epub/): each published document's
 * content document is kept in the build cache under its document's key, so a rebuild renders
 * only the documents that changed; the book is then assembled from all of them, in edition
 * order. Memory: the content documents of the edition, while the zip is made.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Diagnostic } from '../core/diagnostic.js'
import type { Edition } from '../core/edition.js'
import { assembleEpub, renderEpubDocument, type EpubDocument } from '../render/epub/index.js'
import { carryOver, writeStaged } from './output-dir.js'

interface CachedEpubDocument { key: string; document: EpubDocument }

const cachePath = (dir: string, id: string) => join(dir, '.cache', 'epub', `${id}.json`)

/** Writes `<stageDir>/epub/<edition>.epub` from the published documents (`keys`: their document keys). */
export function buildEpub(edition: Edition, published: readonly { id: string; key: string }[], teiOf: (id: string) => string, outDir: string, stageDir: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  const documents = published.map(({ id, key }) => {
    const previous = cachePath(outDir, id)
    if (existsSync(previous)) {
      const cached = JSON.parse(readFileSync(previous, 'utf8')) as CachedEpubDocument
      if (cached.key === key) {
        carryOver(previous, cachePath(stageDir, id))
        return cached.document
      }
    }
    const r = renderEpubDocument(edition.config, id, teiOf(id))
    diagnostics.push(...r.diagnostics)
    writeStaged(cachePath(stageDir, id), JSON.stringify({ key, document: r.document } satisfies CachedEpubDocument))
    return r.document
  })
  const book = assembleEpub(edition.config, documents)
  writeStaged(join(stageDir, 'epub', `${edition.config.id}.epub`), book.epub)
  return [...diagnostics, ...book.diagnostics]
}
