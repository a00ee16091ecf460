/**
 * The bytes of an XML file → its text, as XML 1.0 §4.3.3 and Appendix F say: a byte-order mark
 * (UTF-8, UTF-16) decides, else the encoding named in the XML declaration, else UTF-8. Bytes that
 * are not valid in the encoding are an error located at the first of them, never replaced silently.
 */
import { LectioError } from '../errors.js'
import { createSourceFile } from '../source-file.js'
import type { XmlStage } from './prepare.js'
import { decodeWindows1252 } from '../read-source.js'

export interface DecodedXml { text: string; encoding: string }

const CODE = 'xml-encoding-invalid'

export function decodeXml(bytes: Uint8Array, path: string, stage: XmlStage = 'validate'): DecodedXml {
  const fail = (byteOffset: number, message: string): never => {
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, byteOffset))
    const p = createSourceFile(path, before).locate(before.length)
    throw new LectioError({ code: CODE, severity: 'error', stage, message, file: path, line: p.line, column: p.column })
  }
  const b = bytes
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return utf8(b.subarray(3), 3, fail)
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) {
    if (b[0] === 0xff && b[2] === 0 && b[3] === 0) fail(0, 'UTF-32 is not supported: save the file as UTF-8')
    return utf16(b.subarray(2), b[0] === 0xff ? 'utf-16le' : 'utf-16be', fail)
  }
  if (b[0] === 0x3c && b[1] === 0 && b[2] === 0x3f && b[3] === 0) return utf16(b, 'utf-16le', fail)
  if (b[0] === 0 && b[1] === 0x3c && b[2] === 0 && b[3] === 0x3f) return utf16(b, 'utf-16be', fail)
  const declared = declaredEncoding(b)
  const name = declared?.toLowerCase()
  if (name === undefined || name === 'utf-8' || name === 'utf8') return utf8(b, 0, fail)
  if (name === 'us-ascii' || name === 'ascii') {
    const high = b.findIndex((x) => x > 0x7f)
    if (high >= 0) fail(high, `the file declares encoding "${declared}" but holds a byte above 127 (0x${b[high].toString(16).toUpperCase()})`)
    return { text: Buffer.from(b).toString('latin1'), encoding: 'us-ascii' }
  }
  // WHATWG's "iso-8859-1" is windows-1252; XML's is the real ISO 8859-1
  if (name === 'iso-8859-1' || name === 'latin1' || name === 'iso_8859-1' || name === 'l1') return { text: Buffer.from(b).toString('latin1'), encoding: 'iso-8859-1' }
  // Node's TextDecoder drops the bytes 0x80–0x9F of windows-1252 (curly quotes, dashes, €)
  if (name === 'windows-1252' || name === 'cp1252') return { text: decodeWindows1252(b), encoding: 'windows-1252' }
  if (name.startsWith('utf-16') || name === 'ucs-2' || name === 'iso-10646-ucs-2') fail(0, `the file declares encoding "${declared}" but has no UTF-16 byte-order mark and reads as ASCII: correct the declaration to UTF-8`)
  return other(b, declared!, fail)
}

/** The encoding pseudo-attribute of an XML declaration in ASCII-compatible bytes, if any. */
function declaredEncoding(b: Uint8Array): string | undefined {
  const head = Buffer.from(b.subarray(0, 256)).toString('latin1')
  if (!head.startsWith('<?xml')) return undefined
  const decl = head.slice(0, head.indexOf('?>') < 0 ? head.length : head.indexOf('?>'))
  return /\sencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']/.exec(decl)?.[1]
}

type Fail = (byteOffset: number, message: string) => never

function utf8(b: Uint8Array, skipped: number, fail: Fail): DecodedXml {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b), encoding: 'utf-8' }
  } catch {
    const at = firstInvalidUtf8(b)
    return fail(skipped + at, `byte 0x${b[at].toString(16).toUpperCase().padStart(2, '0')} is not valid UTF-8 here: the file is not in the encoding it declares (UTF-8 unless its XML declaration names another)`)
  }
}

function utf16(b: Uint8Array, encoding: 'utf-16le' | 'utf-16be', fail: Fail): DecodedXml {
  if (b.length % 2) fail(b.length - 1, 'the file is UTF-16 but has an odd number of bytes')
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(b), encoding }
  } catch {
    return fail(0, 'the file is UTF-16 but holds an unpaired surrogate')
  }
}

function other(b: Uint8Array, declared: string, fail: Fail): DecodedXml {
  let decoder: TextDecoder
  try {
    decoder = new TextDecoder(declared.toLowerCase(), { fatal: true })
  } catch {
    return fail(0, `the file declares encoding "${declared}", which Lectio cannot read: save it as UTF-8`)
  }
  try {
    return { text: decoder.decode(b), encoding: decoder.encoding }
  } catch {
    return fail(0, `the file holds bytes that are not valid in its declared encoding "${declared}"`)
  }
}

/** Index of the first byte that starts or continues an invalid UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0
  while (i < b.length) {
    const c = b[i]
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1
    if (n < 0) return i
    // the second byte's range excludes overlong forms, surrogates (ED A0–BF) and code points above U+10FFFF
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf
    for (let k = 1; k <= n; k++) {
      const x = b[i + k]
      if (x === undefined || x < (k === 1 ? lo : 0x80) || x > (k === 1 ? hi : 0xbf)) return i
    }
    i += n + 1
  }
  return i
}
