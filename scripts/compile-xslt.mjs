#!/usr/bin/env node
// Compiles every top-level stylesheet xslt/*.xsl to dist/sef/<name>.sef.json with xslt3
// (Saxon-JS runs only compiled SEF). Modules in subfolders are pulled in by xsl:include/import.
// Skips a stylesheet whose SEF is newer than every .xsl file, so repeated builds are fast.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const xsltDir = join(root, 'xslt')
const outDir = join(root, 'dist', 'sef')
mkdirSync(outDir, { recursive: true })

const allXsl = []
const walk = (d) => {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    if (e.isDirectory()) walk(join(d, e.name))
    else if (e.name.endsWith('.xsl')) allXsl.push(join(d, e.name))
  }
}
if (existsSync(xsltDir)) walk(xsltDir)
const newest = Math.max(0, ...allXsl.map((f) => statSync(f).mtimeMs))
const entries = existsSync(xsltDir) ? readdirSync(xsltDir).filter((f) => f.endsWith('.xsl')).sort() : []
const xslt3 = join(root, 'node_modules', 'xslt3', 'xslt3.js')
let failed = false
for (const f of entries) {
  const out = join(outDir, f.replace(/\.xsl$/, '.sef.json'))
  if (existsSync(out) && statSync(out).mtimeMs > newest && !process.argv.includes('--force')) continue
  process.stderr.write(`compiling xslt/${f} → dist/sef/${f.replace(/\.xsl$/, '.sef.json')}\n`)
  try {
    execFileSync(process.execPath, [xslt3, `-xsl:${join(xsltDir, f)}`, `-export:${out}`, '-nogo', '-relocate:on'], { stdio: ['ignore', 'inherit', 'inherit'] })
  } catch {
    process.stderr.write(`xslt/${f}: compilation failed (see the messages above)\n`)
    failed = true
  }
}
process.exit(failed ? 1 : 0)
