/**
 * Collation speed (a benchmark, not a test): `npx vitest bench test/collate --run`.
 * The sample edition's two witnesses of the letter, imported as the build imports them, and a
 * synthetic long pair (60,000 words, scattered changes and one moved passage).
 */
import { bench, describe } from 'vitest'
import { readFileSync } from 'node:fs'
import { collateWitnesses, type Witness } from '../../src/collate/index.js'
import { loadEdition } from '../../src/core/edition.js'
import { decodeSource } from '../../src/core/read-source.js'
import { importText } from '../../src/import/index.js'
import { serializeTei } from '../../src/core/xml/serialize.js'

const { edition } = loadEdition('editions/kropotkin')
const work = edition.config.works![0]
const sample: Witness[] = work.witnesses.map((id, k) => {
  const s = edition.config.sources.find((x) => x.id === id)!
  const { source } = decodeSource(readFileSync(edition.sourcePath(s)), s.file)
  return { siglum: s.witness ?? String.fromCharCode(65 + k), id, title: s.title, teiXml: serializeTei(importText(source, { id, kind: s.kind, metadata: s, edition: edition.config }).doc.tree) }
})
const sampleBase = sample[work.witnesses.indexOf(work.base)].siglum

const tei = (words: string[]) => {
  const ps: string[] = []
  for (let i = 0; i < words.length; i += 120) ps.push(`<p>${words.slice(i, i + 120).join(' ')}</p>`)
  return `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader><text><body>${ps.join('')}</body></text></TEI>`
}
const words: string[] = []
let x = 11
for (let i = 0; i < 60_000; i++) { x = (x * 1103515245 + 12345) % 2147483648; words.push(`w${x % 2000}`) }
const changed = words.slice()
for (let i = 500; i < changed.length; i += 997) changed[i] = 'CHANGED'
changed.splice(40_000, 0, ...changed.splice(10_000, 50))

describe('collate', () => {
  bench('sample letter, 2 witnesses', () => { collateWitnesses(sample, { workId: work.id, title: work.title, base: sampleBase }) })
  bench('synthetic, 2 × 60,000 words', () => {
    collateWitnesses([{ siglum: 'A', id: 'a', title: 'A', teiXml: tei(words) }, { siglum: 'B', id: 'b', title: 'B', teiXml: tei(changed) }], { workId: 'w', title: 'w', base: 'A' })
  })
})
