/**
 * Collation of the witnesses of one work → a TEI document with listWit and a parallel-segmentation
 * apparatus over the base text (see align.ts for the alignment, apparatus.ts for the encoding).
 */
import type { Diagnostic } from '../core/diagnostic.js'
import type { EditionConfig } from '../core/edition.js'
import { el, root, TEI_NS } from '../core/tei.js'
import { serializeTei } from '../core/xml/serialize.js'
import { toolVersion } from '../core/package-paths.js'
import { LectioError } from '../core/errors.js'
import { witnessTokens } from './tokenize.js'
import { align } from './align.js'
import { buildApparatusBody } from './apparatus.js'

export interface Witness { siglum: string; id: string; title: string; teiXml: string }
export interface CollateOptions { workId: string; title: string; base: string; ignorePunctuation?: boolean; ignoreCase?: boolean; edition?: EditionConfig }

export function collateWitnesses(witnesses: Witness[], options: CollateOptions): { teiXml: string; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  const norm = { ignoreCase: options.ignoreCase, ignorePunctuation: options.ignorePunctuation }
  const tokens = witnesses.map((w) => witnessTokens(w.teiXml, `${w.id}.xml`, norm))
  const file = `${options.workId}.apparatus.xml`
  let baseIndex = witnesses.findIndex((w) => w.siglum === options.base)
  if (baseIndex < 0) {
    // a wrong base must not lose the collation: fall back to the first witness, and say so
    baseIndex = 0
    diagnostics.push({ code: 'collation-base-unknown', severity: 'warning', stage: 'collate', file, line: 1, column: 1, message: `the base "${options.base}" is not among the witnesses (${witnesses.map((w) => w.siglum).join(', ')}): collated against ${witnesses[0]?.siglum ?? 'nothing'} instead` })
  }
  if (witnesses.length < 2) diagnostics.push({ code: 'collation-single', severity: 'warning', stage: 'collate', file, line: 1, column: 1, message: `${witnesses.length} witness${witnesses.length === 1 ? '' : 'es'} given: there is nothing to collate` })
  const seen = new Set<string>()
  for (const w of witnesses) {
    if (seen.has(w.siglum)) throw new LectioError({ code: 'collation-siglum-duplicate', severity: 'error', stage: 'collate', file, line: 1, column: 1, message: `the siglum "${w.siglum}" is given to two witnesses: each witness needs its own` })
    seen.add(w.siglum)
  }
  if (!witnesses.length) throw new LectioError({ code: 'collation-single', severity: 'error', stage: 'collate', file, line: 1, column: 1, message: 'no witnesses given: there is nothing to collate' })
  const base = { siglum: witnesses[baseIndex].siglum, tokens: tokens[baseIndex] }
  const baseKeys = base.tokens.map((t) => t.key)
  const others = witnesses.flatMap((w, k) => (k === baseIndex ? [] : [{ siglum: w.siglum, tokens: tokens[k], pairs: align(baseKeys, tokens[k].map((t) => t.key)) }]))
  for (const o of others) {
    const share = o.pairs.length / Math.max(1, Math.min(base.tokens.length, o.tokens.length))
    if (share < 0.3) diagnostics.push({ code: 'collation-weak', severity: 'warning', stage: 'collate', file, line: 1, column: 1, message: `witness ${o.siglum} shares only ${Math.round(share * 100)}% of its words with the base ${base.siglum}: is it the same text?` })
  }
  const body = buildApparatusBody(base, others)
  const ed = options.edition
  const header = el('teiHeader', {}, [
    el('fileDesc', {}, [
      el('titleStmt', {}, [el('title', {}, [`${options.title}: collation of ${witnesses.length} witnesses`]), ...(ed?.editors ?? []).map((e) => el('editor', {}, [e.name]))]),
      el('publicationStmt', {}, ed ? [el('publisher', {}, [ed.publisher]), el('date', { when: ed.date }, [ed.date]), el('availability', {}, [el('licence', { target: ed.licence.url }, [ed.licence.name])])] : [el('p', {}, ['Unpublished.'])]),
      el('sourceDesc', {}, [el('listWit', {}, witnesses.map((w) => el('witness', { 'xml:id': w.siglum, corresp: `${encodeURI(w.id)}.xml` }, [w.title])))]),
    ]),
    el('encodingDesc', {}, [
      el('appInfo', {}, [el('application', { ident: 'lectio', version: toolVersion() }, [el('label', {}, ['Lectio collation'])])]),
      el('variantEncoding', { method: 'parallel-segmentation', location: 'internal' }),
      el('editorialDecl', {}, [el('p', {}, [`Word-level collation against the base text ${base.siglum}. ${norm.ignoreCase ? 'Differences of case are ignored. ' : ''}${norm.ignorePunctuation ? 'Differences of punctuation are ignored. ' : ''}Notes are not collated. Paragraph breaks that differ are recorded as milestone elements in the readings (an app of type paragraph when nothing else differs). A passage of two or more words that a witness reads elsewhere is a pair of apps of type transposition, each pointing to the other with @corresp. Blocks of the base other than paragraphs (headings, salutations) are paragraphs with @rend naming them.`])]),
    ]),
  ])
  const tei = el('TEI', { xmlns: TEI_NS, 'xml:id': `${options.workId.replace(/[^A-Za-z0-9_.-]/g, '_')}.apparatus`.replace(/^([^A-Za-z_])/, '_$1') }, [
    header,
    el('text', {}, [el('body', {}, [el('div', { type: 'collation', n: String(body.variants) }, body.paragraphs.length ? body.paragraphs : [el('p', {}, [])])])]),
  ])
  return { teiXml: serializeTei(root(tei)), diagnostics }
}
