/**
 * Sets the PDF's document information (Title, Author, Subject, Keywords, Creator) by an incremental
 * update: a new Info dictionary, a one-entry cross-reference section and a trailer pointing back to
 * Chromium's (/Prev), appended to the file. Nothing Chromium wrote is moved, so its offsets stay
 * valid; the result depends only on its inputs (no dates, no /ID), so renders stay byte-identical.
 */
export interface PdfInfo { title?: string; author?: string; subject?: string; keywords?: string; creator?: string }

/** A PDF text string: UTF-16BE with a byte-order mark, hex-encoded (safe for any character). */
function textString(s: string): string {
  let hex = 'FEFF'
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')
  return `<${hex}>`
}

export function pdfInfo(pdf: Uint8Array, info: PdfInfo): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1')
  const trailerAt = text.lastIndexOf('trailer')
  const startxrefAt = text.lastIndexOf('startxref')
  if (trailerAt < 0 || startxrefAt < trailerAt) return pdf // a cross-reference stream: leave the file alone
  const trailer = text.slice(trailerAt, startxrefAt)
  const size = Number(/\/Size (\d+)/.exec(trailer)?.[1])
  const root = /\/Root (\d+ \d+ R)/.exec(trailer)?.[1]
  const prev = Number(/startxref\s+(\d+)/.exec(text.slice(startxrefAt))?.[1])
  if (!size || !root || !Number.isFinite(prev)) return pdf
  // keep what Chromium wrote (its dates, fixed before) unless we say otherwise
  const old = /\/Info (\d+) 0 R/.exec(trailer)?.[1]
  const oldDict = old ? new RegExp(`(?:^|\\n)${old} 0 obj\\s*<<([\\s\\S]*?)>>\\s*endobj`).exec(text)?.[1] ?? '' : ''
  const keep = ['Producer', 'CreationDate', 'ModDate'].map((k) => new RegExp(`/${k} (\\([^)]*\\))`).exec(oldDict)).filter((m) => m).map((m) => `${m![0]}`)
  const entries = [
    info.title ? `/Title ${textString(info.title)}` : '',
    info.author ? `/Author ${textString(info.author)}` : '',
    info.subject ? `/Subject ${textString(info.subject)}` : '',
    info.keywords ? `/Keywords ${textString(info.keywords)}` : '',
    info.creator ? `/Creator ${textString(info.creator)}` : '',
    ...keep,
  ].filter(Boolean)
  const base = text.endsWith('\n') ? text : text + '\n'
  const objAt = base.length
  const obj = `${size} 0 obj\n<<${entries.join('\n')}>>\nendobj\n`
  const xrefAt = objAt + obj.length
  const update = `${obj}xref\n0 1\n0000000000 65535 f \n${size} 1\n${String(objAt).padStart(10, '0')} 00000 n \n` +
    `trailer\n<</Size ${size + 1}\n/Root ${root}\n/Info ${size} 0 R\n/Prev ${prev}>>\nstartxref\n${xrefAt}\n%%EOF\n`
  return Buffer.from(base + update, 'latin1')
}
