/**
 * TEI files as edition sources, built without PDFs (the end-to-end test prints them): the editor's
 * file is checked where it is, published with the build's additions and nothing else changed,
 * never rewritten, and rebuilt when it changes; invalid ones are rejected at their file:line:col,
 * where jing sees the error too.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { copyEdition, hashTree, lectio, tempDir, type RunResult } from '../helpers/run-lectio.js'

const fixture = 'test/fixtures/editions/tei-letters'
const letter = 'ellery-1887-03-02'
const prefixed = 'ellery-1887-04-11'
const hasJing = spawnSync('sh', ['-c', 'command -v jing']).status === 0

let out: string
let run: RunResult
let sourcesBefore: Record<string, string>

beforeAll(() => {
  sourcesBefore = hashTree(join(fixture, 'sources'))
  out = join(tempDir(), 'dist')
  run = lectio(['build', fixture, '--no-pdf', '--out', out])
}, 120_000)

const source = (id: string) => readFileSync(join(fixture, 'sources', `${id}.xml`), 'utf8')
const published = (id: string) => readFileSync(join(out, 'tei', `${id}.xml`), 'utf8')

describe('lectio build with TEI sources beside a text source', () => {
  it('publishes all three documents and never changes a source', () => {
    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).toMatch(/3 documents, 3 published/)
    expect(hashTree(join(fixture, 'sources'))).toEqual(sourcesBefore)
  })

  it('publishes the editor\'s file byte for byte, plus only the correspDesc and standOff it adds', () => {
    const copy = published(letter)
    expect(copy).toMatch(/<correspDesc>\s*<correspAction type="sent"><persName ref="#mellery">Meg<\/persName><placeName ref="#penzance">Penzance<\/placeName><date when="1887-03-02">2 March 1887<\/date><\/correspAction>\s*<correspAction type="received"><persName ref="#tellery">Tom<\/persName><\/correspAction>\s*<\/correspDesc>/)
    expect(copy).toMatch(/<standOff>[\s\S]*<person xml:id="mellery">[\s\S]*<place xml:id="penzance">[\s\S]*<\/standOff>/)
    const back = copy.replace(/\n\s*<correspDesc>[\s\S]*?<\/correspDesc>/, '').replace(/\n\s*<standOff>[\s\S]*?<\/standOff>/, '')
    expect(back).toBe(source(letter))
    // a header with its own correspDesc gets none; the standOff holds the entries pointed to by prefix too
    const other = published(prefixed)
    expect(other.match(/<correspDesc>/g)).toHaveLength(1)
    expect(other).toMatch(/<person xml:id="hvane">/)
    // a root without xml:id gets the document's id in the edition
    expect(other).toContain(`<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="${prefixed}">`)
    expect(other.replace(/\n\s*<standOff>[\s\S]*?<\/standOff>/, '').replace(` xml:id="${prefixed}"`, '')).toBe(source(prefixed))
  })

  it('writes published copies that validate (and that jing accepts)', () => {
    const files = readdirSync(join(out, 'tei')).filter((f) => f.endsWith('.xml')).map((f) => join(out, 'tei', f))
    expect(files).toHaveLength(3)
    const v = lectio(['validate', '--register', join(fixture, 'registers', 'persons.json'), ...files])
    expect(v.status, v.stderr).toBe(0)
    if (hasJing) execFileSync('jing', ['schema/tei_all.rng', ...files])
  })

  it('reports what it added and what lectio link could tag, as notes located in the source', () => {
    const ds = JSON.parse(readFileSync(join(out, 'reports', 'diagnostics.json'), 'utf8')) as { code: string; file: string; line: number; message: string }[]
    const additions = ds.filter((d) => d.code === 'published-addition')
    expect(additions.map((d) => `${d.file.replace(/.*\//, '')}:${d.line}`)).toEqual([`${letter}.xml:17`, `${letter}.xml:22`, `${prefixed}.xml:2`, `${prefixed}.xml:20`])
    expect(ds.find((d) => d.code === 'name-unlinked' && d.message.includes('"Harriet Vane-Collier" is #hvane'))?.line).toBe(35)
    const report = JSON.parse(readFileSync(join(out, 'reports', 'entities.json'), 'utf8')) as { id: string; additions?: string[]; unlinked?: { text: string; tagged: boolean }[]; entities: { ref: string }[] }[]
    const r = report.find((x) => x.id === letter)!
    expect(r.additions).toHaveLength(2)
    expect(r.entities.map((e) => e.ref).sort()).toEqual(['#mellery', '#penzance', '#tellery'])
    expect(r.unlinked!.map((u) => `${u.text}${u.tagged ? ' (tagged)' : ''}`)).toEqual(['Harriet Vane-Collier', 'Linnean Society (tagged)', 'Truro', 'Falmouth', 'Penzance'])
    expect(readFileSync(join(out, 'reports', 'entities.txt'), 'utf8')).toMatch(/register names lectio link could tag or link: 5/)
    // the text source is still tagged by the build
    expect(published('ellery-diary')).toContain('<persName ref="#hvane">Harriet Vane-Collier</persName>')
  })

  it('puts the editor\'s text on the HTML page', () => {
    const html = readFileSync(join(out, 'html', `${letter}.html`), 'utf8')
    expect(html).toMatch(/gorse is out along the cliff path/)
    expect(html).toMatch(/Do not forget the seeds/)
  })
})

describe('editing a TEI source', () => {
  it('rebuilds only that document, without --force; an edit to its published copy is sent back to the source', () => {
    const ed = copyEdition(fixture)
    expect(lectio(['build', ed, '--no-pdf']).status).toBe(0)
    const file = join(ed, 'sources', `${prefixed}.xml`)
    writeFileSync(file, readFileSync(file, 'utf8').replace('if the weather holds', 'if the weather holds fair'))
    const again = lectio(['build', ed, '--no-pdf'])
    expect(again.status, again.stderr).toBe(0)
    expect(again.stderr).toMatch(/2 documents unchanged, taken from the last build/)
    expect(readFileSync(join(ed, 'dist', 'html', `${prefixed}.html`), 'utf8')).toMatch(/if the weather holds fair/)
    expect(lectio(['build', ed, '--no-pdf']).stderr).toMatch(/nothing changed since the last build/)
    const copy = join(ed, 'dist', 'tei', `${prefixed}.xml`)
    writeFileSync(copy, readFileSync(copy, 'utf8').replace('Dear Meg', 'Dearest Meg'))
    const refused = lectio(['build', ed, '--no-pdf'])
    expect(refused.status).toBe(1)
    expect(refused.stderr).toMatch(/\[output-hand-edited\] .*published copy of the TEI source .*sources\/ellery-1887-04-11\.xml: make your edits there/)
  }, 120_000)
})

describe('TEI sources with errors', () => {
  const invalid = 'test/fixtures/editions/tei-invalid'
  let r: RunResult
  let dist: string
  beforeAll(() => {
    dist = join(tempDir(), 'dist')
    r = lectio(['build', invalid, '--no-pdf', '--out', dist])
  }, 120_000)

  it('are rejected at their file:line:col in the source; the valid one is published', () => {
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/4 documents, 1 published: 3 errors/)
    const errors = [...r.stderr.matchAll(/^(\S+):(\d+):(\d+): error: \[([\w-]+)\]/gm)].map((m) => `${m[1].replace(/.*\//, '')}:${m[2]}:${m[3]} ${m[4]}`)
    expect(errors).toEqual(['bad-date.xml:12:27 date-invalid', 'ill-formed.xml:12:50 xml-not-well-formed', 'opener-in-front.xml:12:7 rng-element-not-allowed'])
    expect(readdirSync(join(dist, 'tei')).filter((f) => f.endsWith('.xml'))).toEqual(['valid.xml'])
    expect(readdirSync(join(dist, 'rejected')).sort()).toEqual(['bad-date.xml', 'opener-in-front.xml'])
  })

  it.runIf(hasJing)('sit where jing sees the errors', () => {
    for (const m of r.stderr.matchAll(/^(\S+):(\d+):(\d+): error:/gm)) {
      const j = spawnSync('jing', ['schema/tei_all.rng', m[1]], { encoding: 'utf8' })
      const lines = [...j.stdout.matchAll(/:(\d+):\d+: (?:error|fatal):/g)].map((x) => Number(x[1]))
      // jing reports at the end of the offending tag; ours is at its start, on the same line here
      expect(lines, `${m[1]}: jing ${j.stdout}`).toContain(Number(m[2]))
    }
  })
})

describe('a work whose witnesses are TEI sources', () => {
  it('collates them as it collates converted texts: a diplomatic transcription read as its reading text', () => {
    const dist = join(tempDir(), 'dist')
    const r = lectio(['build', 'test/fixtures/editions/tei-diplomatic', '--no-pdf', '--out', dist])
    expect(r.status, r.stderr).toBe(0)
    expect(r.stderr).toMatch(/collate notebook: 2 witnesses/)
    const apparatus = readFileSync(join(dist, 'tei', 'notebook.apparatus.xml'), 'utf8')
    // the gap of the manuscript is the one variant: deletions, additions, abbreviations and corrections are read as the text
    expect(apparatus.match(/<app>/g)).toHaveLength(1)
    expect(apparatus).toContain('<app><lem wit="#A"/><rdg wit="#B">cliff</rdg></app>')
    expect(readdirSync(join(dist, 'html'))).toContain('notebook.apparatus.html')
  }, 120_000)
})

describe('lectio suggest on an edition with TEI sources', () => {
  it('lists the names an editor tagged without @ref that the registers do not know, beside the text sources\' candidates', () => {
    const r = lectio(['suggest', fixture])
    expect(r.status, r.stderr).toBe(0)
    expect(r.stdout).toMatch(/^\s+1 {2}person {2}Dr Anstey {2}\(tagged by the editor without @ref; not in the registers\) {2}— ellery-1887-04-11:28$/m)
    expect(r.stdout).toMatch(/^\s+1 {2}unknown Tom .*— ellery-diary:3$/m)
  })
})
