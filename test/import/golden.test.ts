/** One folder per feature in test/fixtures/import: input.txt → expected.xml + expected.diagnostics.txt. */
import { describe, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodeSource } from '../../src/core/read-source.js'
import { importText, checkFidelity } from '../../src/import/index.js'
import { serializeTei } from '../../src/core/xml/serialize.js'
import { formatDiagnostic } from '../../src/core/diagnostic.js'
import { expectGolden } from '../helpers/golden.js'

const root = 'test/fixtures/import'

describe('import goldens', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const dir = join(root, name)
      const { source } = decodeSource(readFileSync(join(dir, 'input.txt')), 'input.txt')
      const { doc, diagnostics } = importText(source, { id: name })
      const all = [...diagnostics, ...checkFidelity(doc)]
      expectGolden(join(dir, 'expected.xml'), serializeTei(doc.tree))
      expectGolden(join(dir, 'expected.diagnostics.txt'), all.map(formatDiagnostic).join('\n') + '\n')
    })
  }
})
