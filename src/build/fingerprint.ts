/**
 * Content hashes that decide what a build must redo (incremental builds): the tool itself
 * (compiled code, stylesheets, schemas, assets), the edition's config and registers, each source.
 */
import { createHash } from 'node:crypto'
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { packageRoot } from '../core/package-paths.js'

export function hashParts(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha256')
  for (const p of parts) {
    h.update(String(typeof p === 'string' ? p.length : p.byteLength))
    h.update('\0')
    h.update(p)
  }
  return h.digest('hex')
}

const chunk = Buffer.alloc(1 << 16)

/**
 * The SHA-256 of a file, read through one reused buffer: hashing ten thousand sources or outputs
 * before a build then leaves no garbage behind to swell the build's memory.
 */
export function sha256File(path: string): string {
  const h = createHash('sha256')
  const fd = openSync(path, 'r')
  try {
    for (let n = readSync(fd, chunk, 0, chunk.length, null); n > 0; n = readSync(fd, chunk, 0, chunk.length, null)) h.update(chunk.subarray(0, n))
  } finally {
    closeSync(fd)
  }
  return h.digest('hex')
}

let cached: string | undefined

/** A hash of everything Lectio itself brings to a build; changes whenever the tool changes. */
export function toolFingerprint(): string {
  if (cached) return cached
  const h = createHash('sha256')
  for (const dir of ['dist', 'schema', 'xslt', 'src/render/assets', 'package.json']) {
    const abs = join(packageRoot, dir)
    if (!existsSync(abs)) continue
    for (const file of listFiles(abs)) {
      if (/\.(map|tsbuildinfo)$/.test(file)) continue
      h.update(file.slice(packageRoot.length))
      h.update(readFileSync(file))
    }
  }
  cached = h.digest('hex')
  return cached
}

function listFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path]
  const out: string[] = []
  for (const e of readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(path, e.name)
    if (e.isDirectory()) out.push(...listFiles(p))
    else out.push(p)
  }
  return out
}
