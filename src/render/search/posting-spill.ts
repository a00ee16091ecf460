/**
 * The postings of the whole edition (term → documents with counts) gathered in a temporary file,
 * so that building the index needs memory for one shard at a time, not for the corpus. Postings
 * are kept by bucket (the term's shard among BUCKETS); a bucket's postings are buffered and
 * written out in chunks; a shard of the index is read back from the buckets it is made of.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { shardOf } from './terms.js'

/** The finest sharding: the index has at most this many shards (a power of two). */
export const BUCKETS = 4096
/** Buffered postings are written out when they reach this many bytes in all. */
const FLUSH_BYTES = 4 * 2 ** 20

export class PostingSpill {
  private readonly dir = mkdtempSync(join(tmpdir(), 'lectio-search-'))
  private readonly fd = openSync(join(this.dir, 'postings.txt'), 'w+')
  private size = 0
  private buffered = 0
  private readonly buffers: string[][] = Array.from({ length: BUCKETS }, () => [])
  private readonly chunks: [number, number][][] = Array.from({ length: BUCKETS }, () => [])
  /** How many postings were added. */
  postings = 0

  /** One posting: `term` occurs `count` times in document number `doc` (documents added in order). */
  add(term: string, doc: number, count: number): void {
    const line = `${term}\t${doc}\t${count}\n`
    this.buffers[shardOf(term, BUCKETS)].push(line)
    this.buffered += line.length
    this.postings++
    if (this.buffered >= FLUSH_BYTES) this.flush()
  }

  private flush(): void {
    this.buffers.forEach((lines, b) => {
      if (!lines.length) return
      const bytes = Buffer.from(lines.join(''), 'utf8')
      writeSync(this.fd, bytes, 0, bytes.length, this.size)
      this.chunks[b].push([this.size, bytes.length])
      this.size += bytes.length
      this.buffers[b] = []
    })
    this.buffered = 0
  }

  /**
   * The postings of one shard of `shards` (a power of two ≤ BUCKETS), by term: the documents in
   * the order they were added and their counts.
   */
  shard(shard: number, shards: number): Map<string, { docs: number[]; counts: number[] }> {
    this.flush()
    const out = new Map<string, { docs: number[]; counts: number[] }>()
    for (let b = shard; b < BUCKETS; b += shards) {
      for (const [start, length] of this.chunks[b]) {
        const buffer = Buffer.alloc(length)
        readSync(this.fd, buffer, 0, length, start)
        for (const line of buffer.toString('utf8').split('\n')) {
          if (!line) continue
          const [term, doc, count] = line.split('\t')
          let p = out.get(term)
          if (!p) out.set(term, (p = { docs: [], counts: [] }))
          p.docs.push(Number(doc))
          p.counts.push(Number(count))
        }
      }
    }
    return out
  }

  private disposed = false

  dispose(): void {
    if (this.disposed) return
    this.disposed = true
    closeSync(this.fd)
    rmSync(this.dir, { recursive: true, force: true })
  }
}
