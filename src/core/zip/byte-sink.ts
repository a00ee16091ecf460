/**
 * Where the deposit writer puts bytes: in memory (buildDeposit) or in a file (writeDeposit), with
 * the few operations a zip needs — append, overwrite a header once its sizes are known, and read
 * a range back to copy it into the final archive.
 */
import { closeSync, fsyncSync, openSync, readSync, writeSync } from 'node:fs'

export interface ByteSink {
  /** Bytes written so far: the offset the next write lands at. */
  readonly size: number
  write(data: Uint8Array): void
  /** Overwrites bytes already written (a zip local header, once the entry is compressed). */
  patch(at: number, data: Uint8Array): void
  /** The bytes [from, to) in pieces of at most `CHUNK` bytes; a piece is valid until the next is asked for. */
  read(from: number, to: number): Iterable<Uint8Array>
  /** Releases the file descriptor or the memory. */
  close(): void
}

/** Piece size for reading back and for streamed compression: memory use per step. */
export const CHUNK = 1 << 20

export class MemorySink implements ByteSink {
  private chunks: Uint8Array[] = []
  size = 0
  write(data: Uint8Array): void {
    if (!data.length) return
    // a copy: the writer may reuse its buffer (FileSink.read does)
    this.chunks.push(data.slice())
    this.size += data.length
  }
  patch(at: number, data: Uint8Array): void {
    let start = 0
    for (const c of this.chunks) {
      const end = start + c.length
      if (end > at && start < at + data.length) {
        const from = Math.max(at, start)
        c.set(data.subarray(from - at, Math.min(end, at + data.length) - at), from - start)
      }
      start = end
    }
  }
  *read(from: number, to: number): Iterable<Uint8Array> {
    let start = 0
    for (const c of this.chunks) {
      const end = start + c.length
      for (let p = Math.max(from, start); p < Math.min(to, end); p += CHUNK) yield c.subarray(p - start, Math.min(to, end, p + CHUNK) - start)
      start = end
    }
  }
  /** Everything written, as one array. */
  bytes(): Uint8Array {
    const out = new Uint8Array(this.size)
    let p = 0
    for (const c of this.chunks) { out.set(c, p); p += c.length }
    return out
  }
  close(): void { this.chunks = [] }
}

export class FileSink implements ByteSink {
  private fd: number | undefined
  size = 0
  /** `chunk`: the size of the pieces read() gives (smaller in tests, to cut text at every place). */
  constructor(readonly path: string, private readonly chunk = CHUNK) { this.fd = openSync(path, 'w+') }
  private get open(): number {
    if (this.fd === undefined) throw new Error(`${this.path} is closed`)
    return this.fd
  }
  write(data: Uint8Array): void {
    this.writeAt(this.size, data)
    this.size += data.length
  }
  patch(at: number, data: Uint8Array): void { this.writeAt(at, data) }
  private writeAt(at: number, data: Uint8Array): void {
    for (let done = 0; done < data.length;) done += writeSync(this.open, data, done, data.length - done, at + done)
  }
  *read(from: number, to: number): Iterable<Uint8Array> {
    // one buffer for all pieces: copying a large spool allocates nothing per piece
    const whole = new Uint8Array(Math.min(this.chunk, Math.max(0, to - from)))
    for (let p = from; p < to;) {
      const buf = whole.subarray(0, Math.min(this.chunk, to - p))
      let got = 0
      while (got < buf.length) {
        const n = readSync(this.open, buf, got, buf.length - got, p + got)
        if (n === 0) throw new Error(`${this.path}: file ended at ${p + got}, ${to} expected`)
        got += n
      }
      yield buf
      p += buf.length
    }
  }
  /** Flushes the file to the disk. */
  sync(): void { fsyncSync(this.open) }
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd)
    this.fd = undefined
  }
}
