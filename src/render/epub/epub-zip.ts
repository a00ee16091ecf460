/**
 * The EPUB container (OCF): a zip whose first entry is `mimetype`, stored (not compressed) and
 * without extra fields, so a reader finds "application/epub+zip" at byte 38; then every other
 * file, compressed, in the order given. One fixed timestamp (the edition's date, noon local
 * fields, as the deposit's zips have it), so the same book gives the same bytes. Written entry by
 * entry (core/zip), in fflate zipSync's layout: a book of any size is never whole in memory.
 */
import { MemorySink, type ByteSink } from '../../core/zip/byte-sink.js'
import { writeCentralDirectory, writeEntry, type EntryStyle, type ZipEntry } from '../../core/zip/zip-writer.js'

export const EPUB_MIMETYPE = 'application/epub+zip'

/** The zip's timestamp for an edition date ("2026", "2026-11", "2026-11-24"). */
export function zipDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Math.min(Math.max(y, 1980), 2099), (m || 1) - 1, d || 1, 12, 0, 0)
}

/** Writes the book's zip into `sink`: the mimetype entry, then `files` (path, bytes) as they come. */
export function writeEpubZip(sink: ByteSink, files: Iterable<[string, Uint8Array]>, date: string): void {
  // as zipSync writes them: no operating system, no file attributes
  const style: EntryStyle = { mtime: zipDate(date), os: 0, attrs: 0 }
  const entries: ZipEntry[] = [writeEntry(sink, 'mimetype', new TextEncoder().encode(EPUB_MIMETYPE), style, 0)]
  for (const [path, bytes] of files) {
    if (path === 'mimetype') throw new Error('the mimetype entry is written by writeEpubZip')
    entries.push(writeEntry(sink, path, bytes, style, 9))
  }
  writeCentralDirectory(sink, entries, style)
}

/** The book's zip in memory. */
export function epubZip(files: Iterable<[string, Uint8Array]>, date: string): Uint8Array {
  const sink = new MemorySink()
  writeEpubZip(sink, files, date)
  const bytes = sink.bytes()
  sink.close()
  return bytes
}
