/**
 * Collation of the witnesses of one work → a TEI document with listWit and a parallel-segmentation
 * apparatus over the base text (see align.ts for the alignment, apparatus.ts for the encoding).
 */
import type { Diagnostic } from '../core/diagnostic.js'
import type { EditionConfig } from '../core/edition.js'
import { el, root, TEI_NS } from '../core/tei.js'
import { serializeTei } from '../core/xml/serialize.js'
import { toolVersion } from '../core/package-paths.js'
import { witnessTokens } from './tokenize.js'
import { align } from './align.js'
import { buildApparatusBody } from './apparatus.js'

export interface Witness { siglum: string; id: string; title: string; teiXml: string }
export interface CollateOptions { workId: string; title: string; base: string; ignorePunctuation?: boolean; ignoreCase?: boolean; edition?: EditionConfig }

export function collateWitnesses(witnesses: Witness[], options: CollateOptions): { teiXml: string; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  const norm = { ignoreCase: options.ignoreCase, ignorePunctuation: options.ignorePunctuation }
  const tokens = witnesses.map((w) => witnessTokens(w.teiXml, `${w.id}.xml`, norm))
  const baseIndex = witnesses.findIndex((w) => w.siglum === options.base)
  const base = { siglum: witnesses[baseIndex].siglum, tokens: tokens[baseIndex] }
  const baseKeys = base.tokens.map((t) => t.key)
  const others = witnesses.flatMap((w, k) => (k === baseIndex ? [] : [{ siglum: w.siglum, tokens: tokens[k], pairs: align(baseKeys, tokens[k].map((t) => t.key)) }]))
  for (const o of others) {
    const share = o.pairs.length / Math.max(1, Math.min(base.tokens.length, o.tokens.length))
    if (share < 0.3) diagnostics.push({ code: 'collation-weak', severity: 'warning', stage: 'enrich', file: `${options.workId}.apparatus.xml`, line: 1, column: 1, message: `witness ${o.siglum} shares only ${Math.round(share * 100)}% of its words with the base ${base.siglum}: is it the same text?` })
  }
  const body = buildApparatusBody(base, others)
  const ed = options.edition
  const header = el('teiHeader', {}, [
    el('fileDesc', {}, [
      el('titleStmt', {}, [el('title', {}, [`${options.title}: collation of ${witnesses.length} witnesses`]), ...(ed?.editors ?? []).map((e) => el('editor', {}, [e.name]))]),
      el('publicationStmt', {}, ed ? [el('publisher', {}, [ed.publisher]), el('date', { when: ed.date }, [ed.date]), el('availability', {}, [el('licence', { target: ed.licence.url }, [ed.licence.name])])] : [el('p', {}, ['Unpublished.'])]),
      el('sourceDesc', {}, [el('listWit', {}, witnesses.map((w) => el('witness', { 'xml:id': w.siglum }, [w.title])))]),
    ]),
    el('encodingDesc', {}, [
      el('appInfo', {}, [el('application', { ident: 'lectio', version: toolVersion() }, [el('label', {}, ['Lectio collation'])])]),
      el('variantEncoding', { method: 'parallel-segmentation', location: 'internal' }),
      el('editorialDecl', {}, [el('p', {}, [`Word-level collation against the base text ${base.siglum}. ${norm.ignoreCase ? 'Differences of case are ignored. ' : ''}${norm.ignorePunctuation ? 'Differences of punctuation are ignored. ' : ''}Notes are not collated. Paragraph breaks that differ are recorded as milestone elements in the readings.`])]),
    ]),
  ])
  const tei = el('TEI', { xmlns: TEI_NS, 'xml:id': `${options.workId.replace(/[^A-Za-z0-9_.-]/g, '_')}.apparatus`.replace(/^([^A-Za-z_])/, '_$1') }, [
    header,
    el('text', {}, [el('body', {}, [el('div', { type: 'collation', n: String(body.variants) }, body.paragraphs.length ? body.paragraphs : [el('p', {}, [])])])]),
  ])
  return { teiXml: serializeTei(root(tei)), diagnostics }
}
