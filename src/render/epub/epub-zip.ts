/**
 * The EPUB container (OCF): a zip whose first entry is `mimetype`, stored (not compressed) and
 * without extra fields, so a reader finds "application/epub+zip" at byte 38; then every other
 * file, compressed, in the order given. One fixed timestamp (the edition's date, noon local
 * fields, as the deposit's zips have it), so the same book gives the same bytes.
 */
import { zipSync, type Zippable } from 'fflate'

export const EPUB_MIMETYPE = 'application/epub+zip'

/** The zip's timestamp for an edition date ("2026", "2026-11", "2026-11-24"). */
export function zipDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Math.min(Math.max(y, 1980), 2099), (m || 1) - 1, d || 1, 12, 0, 0)
}

export function epubZip(files: readonly [string, Uint8Array][], date: string): Uint8Array {
  const mtime = zipDate(date)
  const entries: Zippable = { mimetype: [new TextEncoder().encode(EPUB_MIMETYPE), { level: 0, mtime }] }
  for (const [path, bytes] of files) {
    if (path === 'mimetype') throw new Error('the mimetype entry is written by epubZip')
    entries[path] = [bytes, { level: 9, mtime }]
  }
  return zipSync(entries)
}
