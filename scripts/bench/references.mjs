// The benchmark's reference runs, on the same machine and the same TEI files as Lectio:
// - the TEI Consortium's own HTML step, TEI Stylesheets' html/html.xsl on Saxon-HE (Java), one
//   JVM over the build's TEI files, against `lectio build --no-pdf`;
// - jing, one JVM over the TEI files, against `lectio validate` in one process.
// Each says what is missing when it cannot run. Nothing is downloaded or vendored: the
// stylesheets are a checkout given by TEI_STYLESHEETS=/path (see the README).
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

const SAXON_JARS = ['/usr/share/java/Saxon-HE.jar']

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0
}

/** Wall-clock milliseconds of a command run to its end (its output is not kept). */
export function timed(command, args, options = {}) {
  const t0 = performance.now()
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...options })
  const ms = performance.now() - t0
  if (r.error) throw r.error
  return { ms, status: r.status, stderr: r.stderr ?? '' }
}

/** The TEI files of a built edition (`dist/tei/*.xml`, without the hidden record of outputs). */
export function teiFiles(editionDir) {
  const dir = join(editionDir, 'dist', 'tei')
  return readdirSync(dir).filter((f) => f.endsWith('.xml') && !f.startsWith('.')).sort().map((f) => join(dir, f))
}

/** What the HTML reference needs and lacks, or the paths to run it with. */
export function htmlReferenceSetup(env = process.env) {
  const missing = []
  if (!has('java')) missing.push('java (Debian: default-jre-headless)')
  const saxon = SAXON_JARS.find((j) => existsSync(j))
  if (!saxon) missing.push('Saxon-HE (Debian: libsaxonhe-java, /usr/share/java/Saxon-HE.jar)')
  const stylesheets = env.TEI_STYLESHEETS
  const xsl = stylesheets ? join(stylesheets, 'html', 'html.xsl') : undefined
  if (!stylesheets) missing.push('a TEI Stylesheets checkout (TEI_STYLESHEETS=/path, see the README)')
  else if (!existsSync(xsl)) missing.push(`html/html.xsl in TEI_STYLESHEETS (${stylesheets})`)
  return missing.length ? { missing } : { saxon, xsl }
}

/** TEI Stylesheets' HTML step over `files`, in one JVM (the files copied to a folder of their own). */
export function runHtmlReference(setup, files, work) {
  const input = join(work, 'reference-tei')
  const output = join(work, 'reference-html')
  mkdirSync(input, { recursive: true })
  mkdirSync(output, { recursive: true })
  for (const f of files) copyFileSync(f, join(input, f.slice(f.lastIndexOf('/') + 1)))
  const r = timed('java', ['-cp', setup.saxon, 'net.sf.saxon.Transform', `-s:${input}`, `-o:${output}`, `-xsl:${setup.xsl}`])
  const written = readdirSync(output).length
  if (r.status !== 0 || written !== files.length) throw new Error(`the TEI Stylesheets run failed (${written} of ${files.length} files): ${r.stderr.slice(-500)}`)
  return r.ms
}

/** jing and `lectio validate` over the same files, alternately, `rounds` times each. */
export function runValidateReference(root, files, rounds) {
  if (!has('jing')) return { missing: ['jing (Debian: jing)'] }
  const jing = []
  const lectio = []
  for (let i = 0; i < rounds; i++) {
    const j = timed('jing', [join(root, 'schema', 'tei_all.rng'), ...files])
    if (j.status !== 0) throw new Error(`jing found errors in the bench's TEI: ${j.stderr.slice(-300)}`)
    jing.push(j.ms)
    const l = timed(process.execPath, [join(root, 'bin', 'lectio.js'), 'validate', ...files])
    if (l.status !== 0) throw new Error(`lectio validate found errors in the bench's TEI: ${l.stderr.slice(-300)}`)
    lectio.push(l.ms)
  }
  return { jing, lectio }
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
