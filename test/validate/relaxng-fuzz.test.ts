/**
 * Valid TEI files mutated at random (elements removed, doubled, swapped, moved, renamed;
 * attributes added, removed, changed; text added or taken away) must get jing's verdict from
 * Lectio: above all, Lectio may accept none that jing refuses. One jing run over all of them,
 * where jing is installed.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SaxesParser } from 'saxes'
import { loadTeiGrammar, checkAgainstSchema } from '../../src/validate/relaxng.js'
import { hasJing, jingErrorLines } from './relaxng-helpers.js'

interface El { name: string; attrs: [string, string][]; children: (El | string)[] }

const dir = 'test/fixtures/validate/valid'
const sources = readdirSync(dir).filter((f) => f.endsWith('.xml')).sort().map((f) => readFileSync(join(dir, f), 'utf8'))
const NAMES = ['p', 'div', 'head', 'note', 'date', 'persName', 'hi', 'lb', 'pb', 'title', 'list', 'item', 'closer', 'salute', 'opener', 'ab', 'seg', 'foo']
const ATTRIBUTES = ['type', 'n', 'when', 'xml:id', 'ref', 'target', 'rend', 'cert', 'place', 'xml:lang', 'from', 'colour']
const VALUES = ['x', '', '1', '2024-13-01', '1890-03-04', '#a', 'a b', '--03', 'high', 'en', '1a', 'foot', 'two words', '\u200b', 'http://a/%zz']

function parse(xml: string): El {
  const parser = new SaxesParser()
  const stack: El[] = [{ name: '#root', attrs: [], children: [] }]
  parser.on('opentag', (t) => {
    const el: El = { name: t.name, attrs: Object.entries(t.attributes as Record<string, string>), children: [] }
    stack[stack.length - 1].children.push(el)
    stack.push(el)
  })
  parser.on('closetag', () => void stack.pop())
  parser.on('text', (s) => void stack[stack.length - 1].children.push(s))
  parser.write(xml).close()
  return stack[0].children.find((c): c is El => typeof c !== 'string')!
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
function serialize(el: El): string {
  const attrs = el.attrs.map(([k, v]) => ` ${k}="${esc(v)}"`).join('')
  if (!el.children.length) return `<${el.name}${attrs}/>`
  return `<${el.name}${attrs}>${el.children.map((c) => (typeof c === 'string' ? esc(c) : serialize(c))).join('')}</${el.name}>`
}

function elements(root: El): El[] {
  return [root, ...root.children.flatMap((c) => (typeof c === 'string' ? [] : elements(c)))]
}

type Mutation = [number, number, number, number]
/** Applies one mutation; the numbers pick the kind, the element, and what to put there. */
function mutate(root: El, [kind, which, pick, other]: Mutation): void {
  const all = elements(root)
  const el = all[which % all.length]
  const kids = el.children.filter((c): c is El => typeof c !== 'string')
  const kid = kids.length ? kids[pick % kids.length] : undefined
  const at = kid ? el.children.indexOf(kid) : -1
  switch (kind % 9) {
    case 0: if (kid) el.children.splice(at, 1); break
    case 1: if (kid) el.children.splice(at, 0, structuredClone(kid)); break
    case 2: if (kid && at + 1 < el.children.length) el.children.splice(at, 2, el.children[at + 1], kid); break
    case 3: { const prev = kids[kids.indexOf(kid!) - 1]; if (kid && prev) { el.children.splice(at, 1); prev.children.push(kid) } break }
    case 4: if (el !== root) el.name = NAMES[pick % NAMES.length]; break
    case 5: {
      // namespace declarations stay: without them the file is no longer namespace-well-formed
      const removable = el.attrs.filter(([k]) => !k.startsWith('xmlns'))
      if (removable.length) el.attrs.splice(el.attrs.indexOf(removable[pick % removable.length]), 1)
      break
    }
    case 6: el.attrs = [...el.attrs.filter(([k]) => k !== ATTRIBUTES[pick % ATTRIBUTES.length]), [ATTRIBUTES[pick % ATTRIBUTES.length], VALUES[other % VALUES.length]]]; break
    case 7: el.children.splice(pick % (el.children.length + 1), 0, other % 2 ? 'some words' : ' '); break
    case 8: el.children = el.children.filter((c) => typeof c !== 'string'); break
  }
}

describe('mutated TEI files get jing\'s verdict', () => {
  it.runIf(hasJing)('300 mutants of the valid corpus: Lectio accepts none that jing refuses, and refuses none it accepts', async () => {
    const grammar = await loadTeiGrammar()
    const mutation = fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat())
    const mutant = fc.tuple(fc.nat(sources.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }))
    const docs = fc.sample(mutant, { numRuns: 300, seed: 5 }).map(([source, mutations]) => {
      const root = parse(sources[source])
      for (const m of mutations) mutate(root, m)
      return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(root)}\n`
    })
    const theirs = jingErrorLines('schema/tei_all.rng', docs).map((lines) => lines.length > 0)
    const ours = docs.map((xml) => checkAgainstSchema(grammar, xml, 'm.xml').diagnostics.length > 0)
    const disagree = docs.flatMap((xml, i) => (ours[i] === theirs[i] ? [] : [`Lectio ${ours[i] ? 'refuses' : 'accepts'}, jing ${theirs[i] ? 'refuses' : 'accepts'}: ${xml}`]))
    expect(disagree).toEqual([])
    // the mutants are not all alike
    expect(theirs.filter(Boolean).length).toBeGreaterThan(100)
    expect(theirs.filter((x) => !x).length).toBeGreaterThan(20)
  }, 180_000)
})
