/**
 * The deposit stage: a self-describing package a repository accepts — a BagIt bag, zipped
 * reproducibly, with the TEI documents, a teiCorpus, the HTML site, the PDFs, the registers, and
 * metadata as DataCite, Dublin Core and (for letters) CMIF.
 *
 * writeDeposit streams the package to a file, reading each payload file once and keeping none:
 * its memory does not grow with the edition. buildDeposit makes the same bytes in memory.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { Diagnostic } from '../core/diagnostic.js'
import type { EditionConfig } from '../core/edition.js'
import { verifyBag } from './bagit.js'
import { FileSink, MemorySink } from '../core/zip/byte-sink.js'
import { depositName, type DepositSource, writeDepositTo } from './deposit-writer.js'

export type { DepositSource } from './deposit-writer.js'

export interface DepositInput { edition: EditionConfig; files: Map<string, Uint8Array | string> }

/** The deposit's file name, `<edition id>-<version>.zip`. */
export const depositFileName = (edition: EditionConfig) => `${depositName(edition)}.zip`

/** The deposit in memory, for payloads already in memory (tests, small editions). */
export function buildDeposit(input: DepositInput): { name: string; zip: Uint8Array; diagnostics: Diagnostic[] } {
  const out = new MemorySink()
  const r = writeDepositTo(input.edition, [...input.files].map(([path, data]) => ({ path, read: () => data })), { out, spool: () => new MemorySink() })
  return { ...r, zip: out.bytes() }
}

/**
 * The deposit streamed to `outFile`: the sources are read one at a time, once each, in path
 * order. The zip appears complete or not at all: it is written beside `outFile` (with its spools)
 * in a temporary folder, and renamed over `outFile` at the end; on error the folder is removed.
 */
export function writeDeposit(input: { edition: EditionConfig; files: Iterable<DepositSource> }, outFile: string): { name: string; diagnostics: Diagnostic[] } {
  mkdirSync(dirname(outFile), { recursive: true })
  const tmp = mkdtempSync(join(dirname(outFile), `.${basename(outFile)}.`))
  let out: FileSink | undefined
  let spools = 0
  try {
    out = new FileSink(join(tmp, 'deposit.zip'))
    const r = writeDepositTo(input.edition, input.files, { out, spool: () => new FileSink(join(tmp, `${++spools}.spool`)) })
    out.sync()
    out.close()
    renameSync(out.path, outFile)
    return r
  } finally {
    out?.close()
    rmSync(tmp, { recursive: true, force: true })
  }
}

export function verifyDeposit(zip: Uint8Array, file: string, validateTei?: (xml: string, file: string) => Diagnostic[]): Diagnostic[] {
  return verifyBag(zip, file, validateTei)
}
