// The edition's citation facts (src/core/citation.ts) are those of the site's Cite sections and
// of the deposit's DataCite metadata.
import { describe, expect, test } from 'vitest'
import { bibtex, editionCitation } from '../../src/core/citation.js'
import { dataCite } from '../../src/deposit/metadata.js'
import type { EditionConfig } from '../../src/core/edition.js'

const edition: EditionConfig = {
  id: 'ed', title: 'Letters from the Lake', subtitle: 'A test', version: '2.0.1', language: 'en', publisher: 'Nowhere Press', pubPlace: 'Basel',
  date: '2024-05-06', licence: { name: 'CC BY 4.0' }, editors: [{ name: 'Ed One' }, { name: 'Ed Two' }], sources: [], baseUrl: 'https://example.org/lake',
}

describe('citation', () => {
  test('the edition\'s facts, with the base URL as the folder of the site', () => {
    expect(editionCitation(edition)).toEqual({ title: 'Letters from the Lake', subtitle: 'A test', editors: ['Ed One', 'Ed Two'], publisher: 'Nowhere Press', pubPlace: 'Basel', version: '2.0.1', issued: '2024-05-06', url: 'https://example.org/lake/' })
    expect(editionCitation({ ...edition, baseUrl: undefined }).url).toBeUndefined()
  })

  test('BibTeX escapes what TeX would read as commands', () => {
    const bib = bibtex(editionCitation(edition), { id: 'x 1', page: 'x%201.html', title: '50% & #1_{a}', authors: [], date: '', letter: false })
    expect(bib).toContain('title = {{50\\% \\& \\#1\\_\\{a\\}}}')
    expect(bib).toMatch(/^@incollection\{x_1,/)
    expect(bib).toContain('url = {https://example.org/lake/x%201.html}')
    expect(bib).not.toContain('author')
  })

  test('DataCite carries the same title, editors, publisher, version, date and the site\'s URL', () => {
    const xml = dataCite(edition, ['Clara Vogt'])
    expect(xml).toContain('<alternateIdentifiers><alternateIdentifier alternateIdentifierType="URL">https://example.org/lake/</alternateIdentifier></alternateIdentifiers>')
    expect(xml).toContain('<titles><title>Letters from the Lake</title><title titleType="Subtitle">A test</title></titles>')
    expect(xml).toContain('<contributor contributorType="Editor"><contributorName>Ed Two</contributorName></contributor>')
    expect(xml).toContain('<version>2.0.1</version>')
    expect(xml).toContain('<publicationYear>2024</publicationYear>')
    expect(xml).toContain('<creator><creatorName>Clara Vogt</creatorName></creator>')
    expect(dataCite({ ...edition, baseUrl: undefined }, [])).not.toContain('alternateIdentifier')
  })
})
