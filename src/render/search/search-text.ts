/**
 * The searchable text of a TEI document: its `<text>` — headings, paragraphs, letter parts,
 * notes, both readings of a choice — without the running heads (`fw`) and comments. Blocks are
 * kept apart by a space; a word split by markup (a page break inside it, `<hi>W</hi>ord`) stays
 * one word. Read from the serialized TEI, which Lectio writes itself (no DTD, entities limited to
 * XML's and character references): a pass over a string, about a tenth of a millisecond for a
 * letter, where a walk of the tree in XSLT cost several (measured: 2–4 ms of CPU per letter).
 */
const TEXT = /<text[\s>][\s\S]*<\/text>/
const SKIPPED = /<fw\b[^>]*\/>|<fw\b[^>]*>[\s\S]*?<\/fw>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g
// elements whose text is set apart from its neighbours' (blocks, and the readings of a choice)
const BLOCKS = new Set(('p ab head note item l lg list dateline salute signed closer opener postscript table row cell titlePart docTitle ' +
  'docAuthor docDate byline label quote cit bibl trailer epigraph argument figure figDesc address addrLine sic corr orig reg abbr ' +
  'expan lem rdg div front body back titlePage floatingText sp speaker stage').split(' '))
const TAG = /<\/?([A-Za-z][\w.-]*)([^>]*)>/g
const ENTITY = /&(?:#x([0-9a-f]+)|#([0-9]+)|(lt|gt|amp|quot|apos));/gi
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

/** What a tag leaves in the text: a space between blocks and at a line break, else nothing. */
function tagText(name: string, attributes: string): string {
  if (name === 'lb' || name === 'cb') return /\bbreak\s*=\s*["']no["']/.test(attributes) ? '' : ' '
  return BLOCKS.has(name) ? ' ' : ''
}

export function searchText(teiXml: string): string {
  const text = TEXT.exec(teiXml)?.[0] ?? ''
  return text
    .replace(SKIPPED, ' ')
    .replace(TAG, (_, name: string, attributes: string) => tagText(name, attributes))
    .replace(ENTITY, (_, hex: string, dec: string, name: string) => (hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : NAMED[name.toLowerCase()]))
    .replace(/\s+/g, ' ')
    .trim()
}
