/**
 * BagIt (RFC 8493) packages, zipped reproducibly: sorted entries, fixed timestamps (the edition
 * date), fixed compression. Verification recomputes every checksum independently of how the bag
 * was made, and reports what is missing, extra or corrupt.
 */
import { createHash } from 'node:crypto'
import { unzipSync, zipSync, type Zippable } from 'fflate'
import type { Diagnostic } from '../core/diagnostic.js'

export const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex')
const bytes = (s: string | Uint8Array) => (typeof s === 'string' ? new TextEncoder().encode(s) : s)

export function makeBag(name: string, payload: Map<string, Uint8Array | string>, info: [string, string][], date: string): Uint8Array {
  const entries = [...payload].map(([p, d]) => [`data/${p}`, bytes(d)] as [string, Uint8Array]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const manifest = entries.map(([p, d]) => `${sha256(d)}  ${p}\n`).join('')
  const octets = entries.reduce((n, [, d]) => n + d.length, 0)
  const bagit = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n'
  const bagInfo = [...info, ['Payload-Oxum', `${octets}.${entries.length}`], ['Bagging-Date', date]].map(([k, v]) => `${k}: ${v.replace(/\s*\n\s*/g, ' ')}\n`).join('')
  const tags: [string, Uint8Array][] = [['bag-info.txt', bytes(bagInfo)], ['bagit.txt', bytes(bagit)], ['manifest-sha256.txt', bytes(manifest)]]
  const tagManifest = tags.map(([p, d]) => `${sha256(d)}  ${p}\n`).join('')
  const mtime = new Date(`${date}T00:00:00Z`)
  const zippable: Zippable = {}
  for (const [p, d] of [...tags, ['tagmanifest-sha256.txt', bytes(tagManifest)] as [string, Uint8Array], ...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    zippable[`${name}/${p}`] = [d, { mtime, level: 6, os: 3 }]
  }
  return zipSync(zippable, { mtime })
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
  if (!bagit || !/^BagIt-Version: 1\.\d+\n/.test(bagit)) problem('bagit.txt is missing or does not declare a BagIt version')
  const readManifest = (name: string) => {
    const m = new Map<string, string>()
    ;(text(name) ?? '').split('\n').filter(Boolean).forEach((line) => {
      const mm = /^([0-9a-f]{64})\s+(.+)$/.exec(line)
      if (mm) m.set(mm[2], mm[1])
      else problem(`${name}: line "${line.slice(0, 60)}" is not "<sha256>  <path>"`)
    })
    return m
  }
  if (!get('manifest-sha256.txt')) problem('manifest-sha256.txt is missing')
  const manifest = readManifest('manifest-sha256.txt')
  const payload = names.map((n) => n.slice(rootName.length + 1)).filter((p) => p.startsWith('data/'))
  for (const [p, hash] of manifest) {
    const d = get(p)
    if (!d) problem(`${p} is listed in the manifest but missing`, 'deposit-file-missing', `${file}!${p}`)
    else if (sha256(d) !== hash) problem(`${p}: checksum mismatch (the file was changed or damaged)`, 'deposit-checksum', `${file}!${p}`)
  }
  for (const p of payload) if (!manifest.has(p)) problem(`${p} is in the payload but not in the manifest`, 'deposit-file-extra', `${file}!${p}`)
  const tagManifest = readManifest('tagmanifest-sha256.txt')
  for (const [p, hash] of tagManifest) {
    const d = get(p)
    if (!d || sha256(d) !== hash) problem(`${p}: tag file missing or changed`, 'deposit-checksum', `${file}!${p}`)
  }
  const oxum = /Payload-Oxum:\s*(\d+)\.(\d+)/.exec(text('bag-info.txt') ?? '')
  if (!oxum) problem('bag-info.txt has no Payload-Oxum')
  else {
    const octets = payload.reduce((n, p) => n + (get(p)?.length ?? 0), 0)
    if (Number(oxum[1]) !== octets || Number(oxum[2]) !== payload.length) problem(`Payload-Oxum says ${oxum[1]}.${oxum[2]} but the payload is ${octets}.${payload.length}`)
  }
  if (validateTei) {
    for (const p of payload.filter((x) => /^data\/(tei\/.*|metadata\/(teiCorpus|cmif))\.xml$/.test(x))) {
      out.push(...validateTei(new TextDecoder().decode(get(p)), `${file}!${p}`))
    }
  }
  return out
}
