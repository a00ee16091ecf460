/**
 * Writes a file so that readers see either the old or the new content, never half of it:
 * write a temporary file beside the target, fsync, rename over the target.
 */
import { mkdirSync, openSync, writeSync, fsyncSync, closeSync, renameSync, rmSync } from 'node:fs'
import { dirname, basename, join } from 'node:path'

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true })
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`)
  const fd = openSync(tmp, 'w')
  try {
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
    let written = 0
    while (written < buf.length) written += writeSync(fd, buf, written, buf.length - written)
    fsyncSync(fd)
  } catch (e) {
    closeSync(fd)
    rmSync(tmp, { force: true })
    throw e
  }
  closeSync(fd)
  renameSync(tmp, path)
}

export interface AtomicFileWriter {
  write(chunk: string | Uint8Array): void
  /** Makes the file appear, complete. */
  commit(): void
  /** Drops what was written; the target is untouched. */
  abort(): void
}

/** Like writeFileAtomic, for content written in pieces (reports over a whole corpus). */
export function openFileAtomic(path: string): AtomicFileWriter {
  mkdirSync(dirname(path), { recursive: true })
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`)
  const fd = openSync(tmp, 'w')
  let open = true
  const close = () => { if (open) { open = false; closeSync(fd) } }
  return {
    write(chunk) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
      let written = 0
      while (written < buf.length) written += writeSync(fd, buf, written, buf.length - written)
    },
    commit() {
      fsyncSync(fd)
      close()
      renameSync(tmp, path)
    },
    abort() {
      close()
      rmSync(tmp, { force: true })
    },
  }
}
