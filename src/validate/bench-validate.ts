/**
 * Benchmark (not a test): how long the validate stage takes to load the schema once, and to
 * validate a synthetic TEI file of about 1 MB (and larger) afterwards.
 * Run after `npm run build`: node dist/validate/bench-validate.js [MEGABYTES...]
 */
import { createTeiValidator } from './index.js'

/** A TEI document of about `bytes` characters: divisions, paragraphs, names, dates, footnotes. */
export function syntheticTei(bytes: number): string {
  const parts: string[] = []
  let size = 0
  for (let i = 1; size < bytes; i++) {
    const div = `    <div type="chapter" xml:id="d${i}">
      <head>Chapter ${i}</head>
      <p>On <date when="18${String(i % 100).padStart(2, '0')}-0${(i % 9) + 1}-1${i % 10}">a day</date> <persName ref="#p${i % 50}">someone</persName> wrote from <placeName ref="#pl${i % 20}">a town</placeName> about <hi rend="italic">things</hi> that mattered.<note place="foot" n="${i}">A note with <ref target="#d${i}">a reference</ref>.</note> The text goes on for a while, with ordinary words in ordinary sentences.</p>
      <p>Another paragraph<lb/>with a line break, a <choice><sic>mistke</sic><corr>mistake</corr></choice> and a <foreign xml:lang="fr">mot</foreign>.<pb n="${i}"/> More text follows here.</p>
    </div>\n`
    parts.push(div)
    size += div.length
  }
  const persons = Array.from({ length: 50 }, (_, k) => `<person xml:id="p${k}"><persName>Person ${k}</persName></person>`).join('')
  const places = Array.from({ length: 20 }, (_, k) => `<place xml:id="pl${k}"><placeName>Place ${k}</placeName></place>`).join('')
  return `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader>
    <fileDesc>
      <titleStmt><title>Synthetic</title></titleStmt>
      <publicationStmt><p>Benchmark.</p></publicationStmt>
      <sourceDesc><p>Generated.</p></sourceDesc>
    </fileDesc>
  </teiHeader>
  <standOff><listPerson>${persons}</listPerson><listPlace>${places}</listPlace></standOff>
  <text>
  <body>
${parts.join('')}  </body>
  </text>
</TEI>
`
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0)
  let t = performance.now()
  const validator = await createTeiValidator()
  console.log(`schema load: ${Math.round(performance.now() - t)} ms (once per process)`)
  for (const mb of sizes.length ? sizes : [1, 5]) {
    const xml = syntheticTei(mb * 1e6)
    validator.validate(xml, 'warm-up.xml')
    const runs: number[] = []
    let problems = 0
    for (let r = 0; r < 3; r++) {
      t = performance.now()
      problems = validator.validate(xml, 'synthetic.xml').length
      runs.push(performance.now() - t)
    }
    const best = Math.min(...runs)
    console.log(`${(xml.length / 1e6).toFixed(2)} MB TEI: ${Math.round(best)} ms (best of 3, after a warm-up), ${(xml.length / 1e6 / (best / 1000)).toFixed(1)} MB/s, ${problems} diagnostics`)
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) await main()
