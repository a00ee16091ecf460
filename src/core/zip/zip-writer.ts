/**
 * Zip entries written one at a time into a ByteSink, in exactly the layout fflate's zipSync gives
 * (same headers, same flags; deflate at level 6 unless told, or stored), so an archive streamed to
 * disk is byte for byte the one zipSync makes of the same files. The central directory is written
 * from the small per-entry records at the end; entry data is never held beyond the entry being
 * written. Used by the deposit (a BagIt zip) and the EPUB.
 */
import { Deflate, deflateSync } from 'fflate'
import type { ByteSink } from './byte-sink.js'

export interface ZipEntry { name: Uint8Array; utf8: boolean; crc: number; csize: number; size: number; offset: number; /** 0 stored, 8 deflated */ method?: 0 | 8 }

/** The fixed attributes of every entry: one timestamp, Unix (3), rw-r--r-- regular files. */
export interface EntryStyle { mtime: Date; os: number; attrs: number }

const LEVEL = 6
export type DeflateLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9
/** Streamed input goes to the compressor in pieces of this size; a smaller whole goes in one push, as deflateSync would. */
const DEFLATE_PIECE = 1 << 16

const CRC_TABLE = (() => {
  const t = new Int32Array(256)
  for (let i = 0; i < 256; i++) {
    let c = i
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    t[i] = c
  }
  return t
})()

class Crc32 {
  private c = -1
  update(d: Uint8Array): void {
    let c = this.c
    for (let i = 0; i < d.length; i++) c = CRC_TABLE[(c ^ d[i]) & 255] ^ (c >>> 8)
    this.c = c
  }
  get value(): number { return ~this.c >>> 0 }
}

// MS-DOS date and time, from the local fields as fflate reads them
function dosTime(d: Date): number {
  const y = d.getFullYear() - 1980
  if (y < 0 || y > 119) throw new Error(`a zip cannot store the year ${d.getFullYear()}`)
  return ((y << 25) | ((d.getMonth() + 1) << 21) | (d.getDate() << 16) | (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1)) >>> 0
}

function header(e: ZipEntry, style: EntryStyle, central: boolean): Uint8Array {
  const fixed = central ? 46 : 30
  const out = new Uint8Array(fixed + e.name.length)
  const v = new DataView(out.buffer)
  let b = 0
  v.setUint32(b, central ? 0x02014b50 : 0x04034b50, true), b += 4
  if (central) out[b++] = 20, out[b++] = style.os
  out[b] = 20, b += 2
  out[b + 1] = e.utf8 ? 8 : 0, b += 2
  v.setUint16(b, e.method ?? 8, true), b += 2
  v.setUint32(b, dosTime(style.mtime), true), b += 4
  v.setUint32(b, e.crc, true), v.setUint32(b + 4, e.csize, true), v.setUint32(b + 8, e.size, true)
  v.setUint16(b + 12, e.name.length, true), b += 16
  if (central) {
    v.setUint32(b + 6, style.attrs, true)
    v.setUint32(b + 10, e.offset, true), b += 14
  }
  out.set(e.name, b)
  return out
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length)
  let p = 0
  for (const x of parts) { out.set(x, p); p += x.length }
  return out
}

function checkSize(n: number, what: string): void {
  // no ZIP64: fflate's zipSync has none either, and a deposit that large needs another packer
  if (n > 0xffffffff) throw new Error(`${what}: more than 4 GiB, beyond a plain zip`)
}

/** The name fields of an entry. */
export function entryName(name: string): { name: Uint8Array; utf8: boolean } {
  const bytes = new TextEncoder().encode(name)
  if (bytes.length > 65535) throw new Error(`zip entry name too long: ${name.slice(0, 80)}…`)
  return { name: bytes, utf8: bytes.length !== name.length }
}

/** One entry from bytes in hand, compressed in one go (`level` 0: stored as it is, as zipSync stores it). */
export function writeEntry(sink: ByteSink, name: string, data: Uint8Array, style: EntryStyle, level: DeflateLevel = LEVEL): ZipEntry {
  const crc = new Crc32()
  crc.update(data)
  const packed = level === 0 ? data : deflateSync(data, { level })
  const e: ZipEntry = { ...entryName(name), crc: crc.value, csize: packed.length, size: data.length, offset: sink.size, method: level === 0 ? 0 : 8 }
  checkSize(sink.size + packed.length, name)
  sink.write(header(e, style, false))
  sink.write(packed)
  return e
}

/**
 * One entry from pieces (of any size), compressed as they come; the local header is written
 * first and completed once the sizes and checksum are known. The pieces are re-cut to a fixed
 * size so that the output depends on the content only, not on how it was handed in.
 */
export function writeStreamedEntry(sink: ByteSink, name: string, pieces: Iterable<Uint8Array>, style: EntryStyle): ZipEntry {
  const e: ZipEntry = { ...entryName(name), crc: 0, csize: 0, size: 0, offset: sink.size }
  sink.write(header(e, style, false))
  const crc = new Crc32()
  const deflate = new Deflate({ level: LEVEL }, (out) => { e.csize += out.length; sink.write(out) })
  const buf = new Uint8Array(DEFLATE_PIECE)
  let fill = 0
  for (const piece of pieces) {
    crc.update(piece)
    e.size += piece.length
    for (let p = 0; p < piece.length;) {
      // a full buffer goes out only when more follows: the last push is always final
      if (fill === buf.length) { deflate.push(buf, false); fill = 0 }
      const n = Math.min(buf.length - fill, piece.length - p)
      buf.set(piece.subarray(p, p + n), fill)
      fill += n
      p += n
    }
  }
  deflate.push(buf.subarray(0, fill), true)
  e.crc = crc.value
  checkSize(e.size, name)
  checkSize(sink.size, name)
  sink.patch(e.offset, header(e, style, false))
  return e
}

/** The central directory and its end record, for the entries in archive order. */
export function writeCentralDirectory(sink: ByteSink, entries: Iterable<ZipEntry>, style: EntryStyle): void {
  const start = sink.size
  let count = 0
  // headers go out in batches: one write per entry would be one system call per entry
  let batch: Uint8Array[] = []
  let batched = 0
  const flush = () => { if (batch.length) sink.write(concat(batch, batched)); batch = []; batched = 0 }
  for (const e of entries) {
    const h = header(e, style, true)
    batch.push(h)
    batched += h.length
    count++
    if (batched >= DEFLATE_PIECE) flush()
  }
  flush()
  const end = new Uint8Array(22)
  const v = new DataView(end.buffer)
  if (count > 65535) throw new Error(`${count} zip entries: more than a plain zip holds`)
  v.setUint32(0, 0x06054b50, true)
  v.setUint16(8, count, true)
  v.setUint16(10, count, true)
  v.setUint32(12, sink.size - start, true)
  v.setUint32(16, start, true)
  checkSize(sink.size, 'the central directory')
  sink.write(end)
}
