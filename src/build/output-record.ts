/**
 * Never lose an editor's work: Lectio records the sha256 of every file it writes in
 * `<dir>/.lectio-outputs.json`. A file whose content no longer matches (or that Lectio never
 * wrote) has been edited by hand, and is not overwritten without --force.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { writeFileAtomic } from '../core/write-atomic.js'
import { writeStaged } from './output-dir.js'
import { sha256File } from './fingerprint.js'

const RECORD = '.lectio-outputs.json'

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

function recordPath(file: string): string {
  return join(dirname(file), RECORD)
}

function readRecord(dir: string): Record<string, string> {
  const p = join(dir, RECORD)
  if (!existsSync(p)) return {}
  try {
    return JSON.parse(readFileSync(p, 'utf8')) as Record<string, string>
  } catch {
    return {}
  }
}

/** True when `file` exists and is not byte-identical to what Lectio last wrote there. */
export function isHandEdited(file: string): boolean {
  if (!existsSync(file)) return false
  const recorded = readRecord(dirname(file))[basename(file)]
  return recorded !== sha256(readFileSync(file))
}

/** Writes `file` atomically and records its hash. */
export function writeRecorded(file: string, data: string | Uint8Array): void {
  writeFileAtomic(file, data)
  const dir = dirname(file)
  const record = readRecord(dir)
  record[basename(file)] = sha256(data)
  const sorted = Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)))
  writeFileAtomic(recordPath(file), JSON.stringify(sorted, null, 2) + '\n')
}

/**
 * Takes `file` as it now is for what Lectio wrote (its edits are kept elsewhere, e.g. adopted
 * as a source), so the next build replaces it without asking.
 */
export function recordAsWritten(file: string): void {
  const dir = dirname(file)
  const record = readRecord(dir)
  record[basename(file)] = sha256File(file)
  const sorted = Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)))
  writeFileAtomic(recordPath(file), JSON.stringify(sorted, null, 2) + '\n')
}

/** Which of `names` in `dir` were changed by hand (the record is read once, not per file). */
export function handEditedIn(dir: string, names: readonly string[]): string[] {
  const record = readRecord(dir)
  return names.filter((name) => {
    const file = join(dir, name)
    return existsSync(file) && record[name] !== sha256File(file)
  })
}

/**
 * Writes many files into a build's staging directory and records their hashes once at the end
 * (`flush`), not per file: a record rewritten after every one of ten thousand files would cost
 * the square of their number.
 */
export class OutputRecorder {
  private readonly records = new Map<string, Record<string, string>>()

  write(file: string, data: string | Uint8Array): void {
    writeStaged(file, data)
    const dir = dirname(file)
    const record = this.records.get(dir) ?? readRecord(dir)
    record[basename(file)] = sha256(data)
    this.records.set(dir, record)
  }

  flush(): void {
    for (const [dir, record] of this.records) {
      const sorted = Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)))
      writeStaged(join(dir, RECORD), JSON.stringify(sorted, null, 2) + '\n')
    }
    this.records.clear()
  }
}

/** `x.xml` → `x.new.xml`: where the new version goes when the old one was edited by hand. */
export function besidePath(file: string): string {
  const m = /^(.*?)(\.[^./]+)?$/.exec(file)!
  return `${m[1]}.new${m[2] ?? ''}`
}
