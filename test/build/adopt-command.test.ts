/**
 * `lectio adopt` beyond the happy path (the end-to-end test has that): adopting the hand-edited
 * published copy, and the refusals — an edited copy a fresh conversion would leave behind, a
 * target that exists, a source it does not know. Nothing is written when it refuses.
 */
import { describe, expect, it } from 'vitest'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { copyEdition, hashTree, lectio } from '../helpers/run-lectio.js'

const fixture = 'test/fixtures/editions/adopt-loop'
const id = 'benn-1887-05-02'

describe('lectio adopt', () => {
  it('adopts a hand-edited published copy with --from-dist, byte for byte, and the next build publishes it without --force', () => {
    const ed = copyEdition(fixture)
    expect(lectio(['build', ed, '--no-pdf']).status).toBe(0)
    const dist = join(ed, 'dist', 'tei', `${id}.xml`)
    const edited = readFileSync(dist, 'utf8').replace('quite safe', 'quite safe and dry')
    writeFileSync(dist, edited)
    const refused = lectio(['build', ed, '--no-pdf'])
    expect(refused.status).toBe(1)
    expect(refused.stderr).toContain(`lectio adopt ${ed} ${id} --from-dist`)
    const fresh = lectio(['adopt', ed, id])
    expect(fresh.status).toBe(1)
    expect(fresh.stderr).toMatch(/\[adopt-dist-edited\] .* was edited by hand: adopt it with --from-dist/)
    expect(existsSync(join(ed, 'sources', `${id}.xml`))).toBe(false)
    const r = lectio(['adopt', ed, id, '--from-dist'])
    expect(r.status, r.stderr).toBe(0)
    expect(readFileSync(join(ed, 'sources', `${id}.xml`), 'utf8')).toBe(edited)
    const b = lectio(['build', ed, '--no-pdf'])
    expect(b.status, b.stderr).toBe(0)
    expect(readFileSync(join(ed, 'dist', 'html', `${id}.html`), 'utf8')).toMatch(/quite safe and dry/)
    // the standOff the edited copy carries is the document's own now: the build adds no second one
    expect(readFileSync(dist, 'utf8').match(/<standOff>/g)).toHaveLength(1)
  }, 180_000)

  it('refuses when the target exists or the source is unknown, and writes nothing', () => {
    const ed = copyEdition(fixture)
    writeFileSync(join(ed, 'sources', `${id}.xml`), '<TEI/>')
    const before = hashTree(ed)
    const exists = lectio(['adopt', ed, `sources/${id}.txt`])
    expect(exists.status).toBe(1)
    expect(exists.stderr).toMatch(/edition\.json:12:7: error: \[adopt-target-exists\] .*benn-1887-05-02\.xml exists already/)
    const unknown = lectio(['adopt', ed, 'nobody'])
    expect(unknown.status).toBe(1)
    expect(unknown.stderr).toMatch(/\[adopt-source-unknown\] no source "nobody" in the edition \(its sources: benn-1887-05-02\)/)
    expect(hashTree(ed)).toEqual(before)
  })
})
