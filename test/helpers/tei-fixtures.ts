/**
 * The TEI documents among the test fixtures: the hand-made ones (test/fixtures/tei), those of the
 * renderers, the valid ones of the validator and its letters in other projects' conventions, and
 * the TEI the importer and enricher produce
 * (their expected.xml). Each is a whole TEI document (no teiCorpus, no DOCTYPE).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

const root = join(process.cwd(), 'test', 'fixtures')

export interface TeiFixture { name: string; file: string; xml: string }

function xmlFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.xml')).sort().map((f) => join(dir, f)) : []
}
function expectedFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort().map((d) => join(dir, d, 'expected.xml')).filter((f) => existsSync(f)) : []
}

export function teiFixtures(): TeiFixture[] {
  const files = [
    ...xmlFiles(join(root, 'tei')), ...xmlFiles(join(root, 'render-html')), ...xmlFiles(join(root, 'render-print')),
    ...xmlFiles(join(root, 'validate', 'valid')), ...xmlFiles(join(root, 'validate', 'third-party', 'letters')), ...expectedFiles(join(root, 'import')), ...expectedFiles(join(root, 'enrich')),
  ]
  return files.map((file) => ({ name: file.slice(root.length + 1), file, xml: readFileSync(file, 'utf8') }))
    .filter((f) => /<TEI[\s>]/.test(f.xml) && !/<teiCorpus[\s>]/.test(f.xml) && !/<!DOCTYPE/.test(f.xml) && (f.xml.match(/<TEI[\s>]/g) ?? []).length === 1)
}
