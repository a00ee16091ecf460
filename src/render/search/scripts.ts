/**
 * The scripts the search page needs besides its own (assets/search.js, search-app.js): the
 * build's term code, compiled (so a query is folded and stemmed exactly as the index was), and
 * the stemmers of the index's languages, with their licence.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { packageRoot } from '../../core/package-paths.js'
import { LectioError } from '../../core/errors.js'
import { primaryLanguage } from './terms.js'
import { stemmerFile, stemmerLicence } from './stemmers.js'

/** terms.ts as JavaScript: beside this module when Lectio runs compiled, else in dist/ (tests run the sources). */
function termsScript(): string {
  const beside = fileURLToPath(new URL('./terms.js', import.meta.url))
  const path = existsSync(beside) ? beside : join(packageRoot, 'dist', 'render', 'search', 'terms.js')
  if (!existsSync(path)) {
    throw new LectioError({ code: 'stylesheet-missing', severity: 'error', stage: 'render', file: 'src/render/search/terms.ts', line: 1, column: 1, message: `the compiled search code ${path} is missing: run npm run build` })
  }
  return readFileSync(path, 'utf8')
}

/** Path in the site → content. */
export function searchScripts(languages: Iterable<string>): Map<string, string> {
  const files = new Map<string, string>([['assets/search-terms.js', termsScript()]])
  for (const tag of languages) {
    const lang = primaryLanguage(tag)
    const file = stemmerFile(lang)
    if (file && !files.has(`assets/stem-${lang}.js`)) files.set(`assets/stem-${lang}.js`, readFileSync(file, 'utf8'))
  }
  if (files.size > 1) files.set('assets/stem-LICENSE.md', readFileSync(stemmerLicence(), 'utf8'))
  return files
}
