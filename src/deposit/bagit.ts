/**
 * BagIt (RFC 8493): the tag files and rules a bag is written by (deposit-writer.ts zips it
 * reproducibly: sorted entries, fixed timestamps — the edition date —, fixed compression), and its
 * verification, which recomputes every checksum independently of how the bag was made and reports
 * what is missing, extra or corrupt.
 */
import { createHash } from 'node:crypto'
import { unzipSync } from 'fflate'
import type { Diagnostic } from '../core/diagnostic.js'

export const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex')

const TEI_ROOT = /^\uFEFF?\s*(?:<\?[^>]*\?>\s*|<!--[\s\S]*?-->\s*)*<(?:TEI|teiCorpus)[\s>/]/

/** RFC 8493 §2.1.3: CR, LF and % in a manifest path are percent-encoded. */
export const encodeManifestPath = (p: string) => p.replace(/[%\r\n]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
const decodeManifestPath = (p: string) => p.replace(/%(25|0D|0A)/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))

/** A payload path a bag can hold: relative, forward slashes, no empty, `.` or `..` segments. */
export const safePayloadPath = (p: string) => p !== '' && !p.startsWith('/') && !p.includes('\\') && p.split('/').every((s) => s !== '' && s !== '.' && s !== '..')

/**
 * The zip timestamp of every entry: noon of the bagging date. Zip stores local wall-clock time
 * and fflate reads it with the local getters, so the Date is built from local fields: the same
 * bytes in every time zone.
 */
export function zipTime(date: string): Date {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Math.min(Math.max(y, 1980), 2099), (m || 1) - 1, d || 1, 12, 0, 0)
}

export const BAGIT_TXT = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n'

/** bag-info.txt: the given labels, then the payload size and the bagging date. */
export function bagInfo(info: [string, string][], octets: number, files: number, date: string): string {
  return [...info, ['Payload-Oxum', `${octets}.${files}`], ['Bag-Size', bagSize(octets)], ['Bagging-Date', date]].map(([k, v]) => `${k}: ${v.replace(/\s*\n\s*/g, ' ')}\n`).join('')
}

/** A manifest line (RFC 8493 §2.1.3). */
export const manifestLine = (hash: string, path: string) => `${hash}  ${encodeManifestPath(path)}\n`

/** Unix, regular file, rw-r--r--: without these attributes unzip makes files nobody may read. */
export const FILE_ATTRIBUTES = (0o100644 << 16) >>> 0

function bagSize(octets: number): string {
  if (octets < 1024) return `${octets} B`
  const units = ['KB', 'MB', 'GB', 'TB']
  let v = octets / 1024
  let u = 0
  while (v >= 1024 && u < units.length - 1) { v /= 1024; u++ }
  return `${v.toFixed(1)} ${units[u]}`
}

/** Checks a zipped bag; `validateTei` checks each TEI file of the payload. */
export function verifyBag(zip: Uint8Array, file: string, validateTei?: (xml: string, file: string) => Diagnostic[]): Diagnostic[] {
  const out: Diagnostic[] = []
  const problem = (message: string, code = 'deposit-invalid', where = file) => out.push({ code, severity: 'error', stage: 'deposit', file: where, line: 1, column: 1, message })
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(zip)
  } catch {
    problem('not a readable zip file')
    return out
  }
  const names = Object.keys(files).filter((n) => !n.endsWith('/'))
  const roots = [...new Set(names.map((n) => n.split('/')[0]))]
  if (roots.length !== 1) {
    problem(`a bag zip holds one top folder; this one has ${roots.length}`)
    return out
  }
  const rootName = roots[0]
  const get = (p: string) => files[`${rootName}/${p}`]
  const text = (p: string) => (get(p) ? new TextDecoder().decode(get(p)) : undefined)
  const bagit = text('bagit.txt')
  if (!bagit || !/^BagIt-Version: \d+\.\d+\r?\n/.test(bagit)) problem('bagit.txt is missing or does not declare a BagIt version')
  for (const n of names) if (!safePayloadPath(n)) problem(`the zip entry "${n.slice(0, 80)}" is not a safe relative path`, 'deposit-path-unsafe')
  if (get('fetch.txt')) problem('fetch.txt lists files to download: this bag is not complete in itself', 'deposit-fetch', `${file}!fetch.txt`)
  const readManifest = (name: string, payloadOnly: boolean) => {
    const m = new Map<string, string>()
    ;(text(name) ?? '').split(/\r?\n/).forEach((line, i) => {
      if (!line) return
      const where = { file: `${file}!${name}`, line: i + 1, column: 1 }
      const mm = /^([0-9a-fA-F]{64})[ \t]+(.+)$/.exec(line)
      const p = mm ? decodeManifestPath(mm[2]) : ''
      if (!mm) out.push({ code: 'deposit-manifest-line', severity: 'error', stage: 'deposit', ...where, message: `"${line.slice(0, 60)}" is not "<sha256>  <path>"` })
      else if (!safePayloadPath(p) || (payloadOnly ? !p.startsWith('data/') : p.startsWith('data/'))) out.push({ code: 'deposit-path-unsafe', severity: 'error', stage: 'deposit', ...where, message: `the path "${p.slice(0, 80)}" is not a ${payloadOnly ? 'payload file under data/' : 'tag file'}: ignored` })
      else if (m.has(p)) out.push({ code: 'deposit-manifest-line', severity: 'error', stage: 'deposit', ...where, message: `"${p}" is listed twice` })
      else m.set(p, mm[1].toLowerCase())
    })
    return m
  }
  if (!get('manifest-sha256.txt')) problem('manifest-sha256.txt is missing')
  const manifest = readManifest('manifest-sha256.txt', true)
  const payload = names.map((n) => n.slice(rootName.length + 1)).filter((p) => p.startsWith('data/'))
  for (const [p, hash] of manifest) {
    const d = get(p)
    if (!d) problem(`${p} is listed in the manifest but missing`, 'deposit-file-missing', `${file}!${p}`)
    else if (sha256(d) !== hash) problem(`${p}: checksum mismatch (the file was changed or damaged)`, 'deposit-checksum', `${file}!${p}`)
  }
  for (const p of payload) if (!manifest.has(p)) problem(`${p} is in the payload but not in the manifest`, 'deposit-file-extra', `${file}!${p}`)
  if (!get('tagmanifest-sha256.txt')) problem('tagmanifest-sha256.txt is missing')
  const tagManifest = readManifest('tagmanifest-sha256.txt', false)
  for (const [p, hash] of tagManifest) {
    const d = get(p)
    if (!d || sha256(d) !== hash) problem(`${p}: tag file missing or changed`, 'deposit-checksum', `${file}!${p}`)
  }
  const info = text('bag-info.txt')
  if (info === undefined) problem('bag-info.txt is missing')
  // RFC 8493 §2.2.2: "Label: value" lines; a line starting with white space continues the previous one
  ;(info ?? '').split(/\r?\n/).forEach((line, i) => {
    if (line && !/^[^\s:][^:]*:\s?.*$/.test(line) && !/^[ \t]/.test(line)) {
      out.push({ code: 'deposit-bag-info', severity: 'error', stage: 'deposit', file: `${file}!bag-info.txt`, line: i + 1, column: 1, message: `"${line.slice(0, 60)}" is not a "Label: value" line` })
    }
  })
  const oxum = /^Payload-Oxum:\s*(\d+)\.(\d+)\s*$/m.exec(info ?? '')
  if (info !== undefined && !oxum) problem('bag-info.txt has no Payload-Oxum', 'deposit-bag-info', `${file}!bag-info.txt`)
  else if (oxum && info !== undefined) {
    const octets = payload.reduce((n, p) => n + (get(p)?.length ?? 0), 0)
    if (Number(oxum[1]) !== octets || Number(oxum[2]) !== payload.length) {
      const line = info.slice(0, oxum.index).split('\n').length
      out.push({ code: 'deposit-oxum', severity: 'error', stage: 'deposit', file: `${file}!bag-info.txt`, line, column: 1, message: `Payload-Oxum says ${oxum[1]}.${oxum[2]} (octets.files) but the payload is ${octets}.${payload.length}` })
    }
  }
  if (validateTei) {
    // the TEI folder, and any other XML file whose root element is TEI or teiCorpus (the metadata)
    for (const p of payload.filter((x) => x.endsWith('.xml'))) {
      const xml = new TextDecoder().decode(get(p))
      if (p.startsWith('data/tei/') || TEI_ROOT.test(xml.slice(0, 4096))) out.push(...validateTei(xml, `${file}!${p}`))
    }
  }
  return out
}
