/**
 * The Snowball stemmers of npm @orama/stemmers (Apache-2.0; the same algorithms in about 25
 * languages, one small self-contained file each), by primary language subtag: loaded here for
 * indexing, and copied into the site (assets/stem-<lang>.js) for the reader's queries.
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { primaryLanguage, type Stemmer, type Stemmers } from './terms.js'

const require = createRequire(import.meta.url)

/** Language subtag → the package's export name and its file in dist/. */
const STEMMERS: Record<string, [string, string]> = {
  ar: ['arabic', 'ar'], bg: ['bulgarian', 'bg'], da: ['danish', 'dk'], de: ['german', 'de'], el: ['greek', 'gr'],
  en: ['english', 'en'], es: ['spanish', 'es'], fi: ['finnish', 'fi'], fr: ['french', 'fr'], ga: ['irish', 'ie'],
  hu: ['hungarian', 'hu'], hy: ['armenian', 'am'], id: ['indonesian', 'id'], it: ['italian', 'it'], lt: ['lithuanian', 'lt'],
  nb: ['norwegian', 'no'], ne: ['nepali', 'np'], nl: ['dutch', 'nl'], nn: ['norwegian', 'no'], no: ['norwegian', 'no'],
  pt: ['portuguese', 'pt'], ro: ['romanian', 'ro'], ru: ['russian', 'ru'], sr: ['serbian', 'rs'], sv: ['swedish', 'se'],
  ta: ['tamil', 'ta'], tr: ['turkish', 'tr'], uk: ['ukrainian', 'uk'],
}

const loaded = new Map<string, Stemmer>()

/** The stemmers of the given languages that exist (each loaded once per thread). */
export function stemmersFor(languages: Iterable<string>): Stemmers {
  const out: Stemmers = {}
  for (const tag of languages) {
    const lang = primaryLanguage(tag)
    const spec = STEMMERS[lang]
    if (!spec) continue
    let stem = loaded.get(lang)
    if (!stem) {
      stem = (require(`@orama/stemmers/${spec[0]}`) as { stemmer: Stemmer }).stemmer
      loaded.set(lang, stem)
    }
    out[lang] = stem
  }
  return out
}

/** The browser file of a language's stemmer (an ES module exporting `stemmer`), if there is one. */
export function stemmerFile(language: string): string | undefined {
  const spec = STEMMERS[primaryLanguage(language)]
  return spec && join(dirname(require.resolve('@orama/stemmers/english')), `${spec[1]}.js`)
}

/** The licence of the stemmers, which the site carries beside them. */
export const stemmerLicence = () => join(dirname(require.resolve('@orama/stemmers/english')), '..', 'LICENSE.md')
