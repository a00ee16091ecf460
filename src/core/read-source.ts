/**
 * Bytes of a plain-text source → a SourceFile Lectio can work on, with located warnings for every
 * repair. Decoding happens here, once, at the edge:
 * - UTF-8 (with or without BOM), UTF-16 LE/BE with BOM; otherwise, when the bytes are not valid
 *   UTF-8, Windows-1252 (a superset of Latin-1 for text), with a warning.
 * - CRLF and CR line ends become LF (line numbers do not change).
 * - Characters XML does not allow (NUL, other C0 controls, unpaired surrogates, U+FFFE/FFFF) are
 *   replaced by U+FFFD, one warning per line, so offsets and columns stay as in the file.
 * - A binary file (a known binary signature, or a share of NUL and control bytes no text has) is refused;
 *   a stray NUL in text is repaired like any other forbidden character.
 */
import { createSourceFile, type SourceFile } from './source-file.js'
import { LectioError } from './errors.js'
import type { Diagnostic } from './diagnostic.js'

export interface ReadSourceResult { source: SourceFile; diagnostics: Diagnostic[]; encoding: string }

export function decodeSource(bytes: Uint8Array, path: string): ReadSourceResult {
  const diagnostics: Diagnostic[] = []
  const fatal = (message: string, code: string): never => {
    throw new LectioError({ code, severity: 'error', stage: 'import', file: path, line: 1, column: 1, message })
  }
  let encoding: string
  let text: string
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le'
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2))
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be'
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2))
  } else {
    const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
    const body = hasBom ? bytes.subarray(3) : bytes
    if (looksBinary(body)) fatal('this looks like a binary file, not plain text: give Lectio a .txt transcription (export the text from the PDF or word processor first)', 'source-binary')
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body)
      encoding = 'utf-8'
    } catch {
      text = decodeWindows1252(body)
      encoding = 'windows-1252'
      diagnostics.push({ code: 'source-encoding-guessed', severity: 'warning', stage: 'import', file: path, line: 1, column: 1, message: 'the file is not valid UTF-8; read it as Windows-1252 (Latin-1): check accented letters, or save the file as UTF-8' })
    }
  }
  text = text.replace(/\r\n?/g, '\n')
  text = replaceForbidden(text, path, diagnostics)
  if (text.trim() === '') fatal(text.length === 0 ? 'the file is empty: there is nothing to import' : 'the file holds only white space: there is nothing to import', 'source-empty')
  if (looksLikeXml(text)) {
    fatal('this file is already XML (TEI?): `lectio import` reads plain text; name it as a TEI source in edition.json, or use `lectio validate` or `lectio render` for TEI files', 'source-is-xml')
  }
  return { source: createSourceFile(path, text), diagnostics, encoding }
}

/**
 * True when a text is XML rather than a transcription: an XML declaration, a TEI root, or a root
 * element declaring a namespace (comments and a DOCTYPE may come first).
 */
export function looksLikeXml(text: string): boolean {
  const head = text.slice(0, 4000).replace(/^\uFEFF/, '').trimStart()
  if (/^<\?xml\b/.test(head)) return true
  const start = head.replace(/^(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>\s*)*/, '')
  return /^<(TEI|teiCorpus)\b/.test(start) || /^<[A-Za-z][\w:.-]*[^>]*\bxmlns(:\w+)?=/.test(start)
}

const BINARY_MAGIC: number[][] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX, ODT, EPUB
  [0xd0, 0xcf, 0x11, 0xe0], // old Word / OLE
  [0x7f, 0x45, 0x4c, 0x46], // ELF
]

/** Known binary formats by their first bytes, or a share of NULs/control bytes no text has. */
function looksBinary(bytes: Uint8Array): boolean {
  if (BINARY_MAGIC.some((m) => m.every((b, i) => bytes[i] === b))) return true
  const n = Math.min(bytes.length, 8192)
  if (n === 0) return false
  let nuls = 0
  let controls = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]
    if (b === 0) nuls++
    else if (b < 9 || (b > 13 && b < 32)) controls++
  }
  // UTF-16 without a BOM is about half NULs; binary formats are full of NULs and control bytes
  return nuls / n > 0.1 || (nuls + controls) / n > 0.2
}

// C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF. A form feed (U+000C, where
// pdftotext ends each page) is kept: the importer reads it as a page change and never writes it.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Replaces each character XML cannot hold by U+FFFD, with a located warning per line. */
export function replaceForbidden(text: string, path: string, diagnostics: Diagnostic[]): string {
  if (!FORBIDDEN.test(text)) return text
  FORBIDDEN.lastIndex = 0
  const source = createSourceFile(path, text)
  const reportedLines = new Set<number>()
  const out = text.replace(FORBIDDEN, (ch, offset: number) => {
    const p = source.locate(offset)
    if (!reportedLines.has(p.line)) {
      reportedLines.add(p.line)
      const cp = ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')
      diagnostics.push({ code: 'source-character-replaced', severity: 'warning', stage: 'import', file: path, line: p.line, column: p.column, message: `character U+${cp} is not allowed in XML; replaced by U+FFFD` })
    }
    return '\uFFFD'
  })
  return out
}

// Windows-1252 differs from Latin-1 in 0x80–0x9F (curly quotes, dashes, €). Node's TextDecoder
// decodes the label as plain Latin-1 in some versions, so the table is applied here.
const CP1252_HIGH = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178'

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = []
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192)
    let s = ''
    for (const b of chunk) s += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b)
    parts.push(s)
  }
  return parts.join('')
}
