/**
 * The deposit stage: a self-describing package a repository accepts — a BagIt bag, zipped
 * reproducibly, with the TEI documents, a teiCorpus, the HTML site, the PDFs, the registers, and
 * metadata as DataCite, Dublin Core and (for letters) CMIF.
 */
import type { Diagnostic } from '../core/diagnostic.js'
import type { EditionConfig } from '../core/edition.js'
import { toolVersion } from '../core/package-paths.js'
import { makeBag, safePayloadPath, verifyBag } from './bagit.js'
import { cmif, dataCite, dublinCore, parseDocuments, teiCorpus } from './metadata.js'

export interface DepositInput { edition: EditionConfig; files: Map<string, Uint8Array | string> }

export function buildDeposit(input: DepositInput): { name: string; zip: Uint8Array; diagnostics: Diagnostic[] } {
  const e = input.edition
  const name = `${e.id}-${e.version}`
  const { docs, diagnostics } = parseDocuments(input.files)
  const payload = new Map<string, Uint8Array | string>()
  for (const [path, data] of input.files) {
    // the metadata folder is the deposit's own; other paths must stay inside data/
    if (!safePayloadPath(path) || path.startsWith('metadata/')) {
      diagnostics.push({ code: 'deposit-path-unsafe', severity: 'error', stage: 'deposit', file: path, line: 1, column: 1, message: `the payload path "${path}" ${path.startsWith('metadata/') ? 'is reserved for the generated metadata' : 'is not a safe relative path'}: left out` })
    } else payload.set(path, data)
  }
  // a teiCorpus holds at least one TEI document
  if (docs.length) payload.set('metadata/teiCorpus.xml', teiCorpus(e, docs))
  payload.set('metadata/datacite.xml', dataCite(e, docs))
  payload.set('metadata/dublin-core.xml', dublinCore(e, docs))
  const letters = cmif(e, docs)
  if (letters) payload.set('metadata/cmif.xml', letters)
  const zip = makeBag(name, payload, [
    ['Source-Organization', e.publisher],
    ...e.editors.map((x): [string, string] => ['Contact-Name', x.name]),
    ['External-Identifier', name],
    ['External-Description', e.title],
    ['Bag-Software-Agent', `Lectio ${toolVersion()}`],
    ['Bag-Group-Identifier', e.id],
  ], e.date)
  if (!docs.length) diagnostics.push({ code: 'deposit-no-tei', severity: 'warning', stage: 'deposit', file: `${name}.zip`, line: 1, column: 1, message: 'no readable TEI documents (tei/*.xml) among the files: the deposit has no teiCorpus' })
  return { name: `${name}.zip`, zip, diagnostics }
}

export function verifyDeposit(zip: Uint8Array, file: string, validateTei?: (xml: string, file: string) => Diagnostic[]): Diagnostic[] {
  return verifyBag(zip, file, validateTei)
}
