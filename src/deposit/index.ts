/**
 * The deposit stage: a self-describing package a repository accepts — a BagIt bag, zipped
 * reproducibly, with the TEI documents, a teiCorpus, the HTML site, the PDFs, the registers, and
 * metadata as DataCite, Dublin Core and (for letters) CMIF.
 */
import type { Diagnostic } from '../core/diagnostic.js'
import type { EditionConfig } from '../core/edition.js'
import { toolVersion } from '../core/package-paths.js'
import { makeBag, verifyBag } from './bagit.js'
import { cmif, dataCite, dublinCore, parseDocuments, teiCorpus } from './metadata.js'

export interface DepositInput { edition: EditionConfig; files: Map<string, Uint8Array | string> }

export function buildDeposit(input: DepositInput): { name: string; zip: Uint8Array; diagnostics: Diagnostic[] } {
  const e = input.edition
  const name = `${e.id}-${e.version}`
  const docs = parseDocuments(input.files)
  const payload = new Map(input.files)
  payload.set('metadata/teiCorpus.xml', teiCorpus(e, docs))
  payload.set('metadata/datacite.xml', dataCite(e, docs))
  payload.set('metadata/dublin-core.xml', dublinCore(e, docs))
  const letters = cmif(e, docs)
  if (letters) payload.set('metadata/cmif.xml', letters)
  const zip = makeBag(name, payload, [
    ['Source-Organization', e.publisher],
    ['External-Identifier', name],
    ['External-Description', e.title],
    ['Bag-Software-Agent', `Lectio ${toolVersion()}`],
    ['Bag-Group-Identifier', e.id],
  ], e.date)
  return { name: `${name}.zip`, zip, diagnostics: [] }
}

export function verifyDeposit(zip: Uint8Array, file: string, validateTei?: (xml: string, file: string) => Diagnostic[]): Diagnostic[] {
  return verifyBag(zip, file, validateTei)
}
