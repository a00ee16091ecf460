/**
 * What the header of an adopted source records about where it comes from: the plain-text
 * transcription it was converted from (kept in `sources/`, with its checksum), and the moment it
 * became the edition's master — the conversion, with Lectio's version, and the fidelity check
 * that found every word of the text in the TEI at that moment.
 */
import type { TeiRoot } from '../../core/tree.js'
import { findFirst, rootElement } from '../../core/tree.js'
import { el } from '../../core/tei.js'
import { toolVersion } from '../../core/package-paths.js'

export interface Provenance {
  /** The transcription's path relative to the TEI file (`x.txt`), as a pointer target. */
  textHref: string
  /** SHA-256 of the transcription's bytes. */
  sha256: string
  /** The edition's date: Lectio never reads the clock. */
  date: string
}

export function recordProvenance(tree: TeiRoot, p: Provenance): void {
  const header = findFirst(tree, 'teiHeader')!
  const sourceDesc = findFirst(header, 'sourceDesc')!
  sourceDesc.children.push(el('bibl', { type: 'transcription' }, [
    'The plain-text transcription this file was converted from: ',
    el('ref', { target: p.textHref }, [p.textHref]), ' ',
    el('idno', { type: 'sha256' }, [p.sha256]),
  ]))
  let revisionDesc = findFirst(header, 'revisionDesc')
  if (!revisionDesc) header.children.push((revisionDesc = el('revisionDesc')))
  revisionDesc.children.push(el('change', { when: p.date, type: 'adopted' }, [
    `Adopted as the edition's TEI master with Lectio ${toolVersion()} (lectio adopt): converted from the plain text ${p.textHref}; `,
    'the fidelity check found every word of the text in this file or in what the conversion set aside as page furniture. ',
    'From now on this file, not the text, is edited; the build publishes it as it is.',
  ]))
}

/** The standOff the build made from the registers: a TEI source gets it in its published copy at every build, from the registers as they are then. */
export function dropStandOff(tree: TeiRoot): void {
  const tei = rootElement(tree)
  tei.children = tei.children.filter((c) => c.type !== 'element' || c.name !== 'standOff')
}
