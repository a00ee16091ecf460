// The search page (xslt/html/search.xsl), loaded by search.js when the site is served over http.
// It reads the index the build wrote in search/ (src/render/search/index-writer.ts): meta.json
// and docs.json at once, then only the shards of the words searched for. All words must occur
// (each in any of its forms: case, accents and endings folded by search-terms.js, the build's
// own code); results are ranked by BM25, or by date. Facets count the documents each value
// would keep; a date range keeps the documents dated within it. Snippets and the paragraph to
// open come from the result's own page, fetched when the result is shown. The form's fields are
// the state: the page's address is kept in step, so a search can be bookmarked or shared.
import { decodeNumbers, fold, primaryLanguage, shardOf, termsOf, wordsOf } from './search-terms.js'

const PAGE_SIZE = 20
const SHOWN_VALUES = 8
// a document row: page, title, date, type, language, length, then the facets' value numbers
const ROW = { page: 0, title: 1, date: 2, type: 3, lang: 4, length: 5, facets: 6 }
const FACETS = [['person', 'Person'], ['place', 'Place'], ['org', 'Organisation'], ['sender', 'From'], ['addressee', 'To']]
const LISTS = [...FACETS.map(([f]) => f), 'type', 'year']
const LABELS = Object.fromEntries([...FACETS, ['type', 'Type of document'], ['year', 'Year']])

const fetchJson = async (url) => {
  const r = await fetch(url)
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`)
  return r.json()
}

/** The index: meta, the document rows, the stemmers of its languages, and shards on demand. */
async function loadIndex() {
  const [meta, docs] = await Promise.all([fetchJson('search/meta.json'), fetchJson('search/docs.json')])
  if (meta.format !== 1) throw new Error(`the index is of format ${meta.format}, this page reads format 1`)
  const stemmers = {}
  await Promise.all(meta.languages.map(async (tag) => {
    const lang = primaryLanguage(tag)
    try { stemmers[lang] = (await import(`./stem-${lang}.js`)).stemmer } catch { /* a language without a stemmer */ }
  }))
  const shards = new Map()
  const shard = (n) => {
    if (!shards.has(n)) shards.set(n, fetchJson(`search/t/${n}.json`))
    return shards.get(n)
  }
  const years = docs.map((d) => (/^\d{4}/.test(d[ROW.date]) ? d[ROW.date].slice(0, 4) : ''))
  // each document's type and year as a list of value numbers, made once: the facets count by number
  const yearKeys = [...new Set(years.filter(Boolean))].sort()
  const yearNumber = new Map(yearKeys.map((y, n) => [y, n]))
  const none = []
  const typeValues = docs.map((d) => [d[ROW.type]])
  const yearValues = years.map((y) => (y ? [yearNumber.get(y)] : none))
  return { meta, docs, stemmers, shard, years, yearKeys, typeValues, yearValues }
}

/** The forms a query word is indexed under, in each language of the edition. */
function variants(index, word) {
  const out = new Set()
  for (const lang of index.meta.languages) for (const t of termsOf(word, lang, index.stemmers)) out.add(t)
  return [...out]
}

/** document number → count of one word (any of its forms). */
async function postings(index, word) {
  const counts = new Map()
  for (const term of variants(index, word)) {
    const encoded = (await index.shard(shardOf(term, index.meta.shards)))[term]
    if (!encoded) continue
    const numbers = decodeNumbers(encoded)
    for (let i = 0, doc = -1; i + 1 < numbers.length; i += 2) {
      doc += numbers[i]
      counts.set(doc, (counts.get(doc) ?? 0) + numbers[i + 1])
    }
  }
  return counts
}

/** document number → BM25 score, for the documents with every word; null for no words. */
async function match(index, words) {
  if (!words.length) return null
  const lists = await Promise.all(words.map((w) => postings(index, w)))
  const n = index.meta.documents
  const avg = index.meta.averageLength || 1
  let scores = null
  for (const list of lists) {
    const idf = Math.log(1 + (n - list.size + 0.5) / (list.size + 0.5))
    const next = new Map()
    for (const [doc, tf] of list) {
      if (scores && !scores.has(doc)) continue
      const norm = 1.2 * (0.25 + 0.75 * index.docs[doc][ROW.length] / avg)
      next.set(doc, (scores?.get(doc) ?? 0) + idf * (tf * 2.2) / (tf + norm))
    }
    scores = next
  }
  return scores
}

/** The search the form holds. */
function readForm(form) {
  const data = new FormData(form)
  const selected = Object.fromEntries(LISTS.map((f) => [f, new Set(data.getAll(f))]))
  const bound = (name) => (/^\d{4}(-\d\d(-\d\d)?)?$/.test(String(data.get(name) ?? '').trim()) ? String(data.get(name)).trim() : '')
  return { q: String(data.get('q') ?? ''), selected, from: bound('from'), to: bound('to'), sort: data.get('sort') === 'date' ? 'date' : 'relevance' }
}

/** The value keys of a document for a list (facet numbers resolved to keys). */
function valuesOf(index, doc, list) {
  const row = index.docs[doc]
  if (list === 'type') return [index.meta.types[row[ROW.type]]]
  if (list === 'year') return index.years[doc] ? [index.years[doc]] : []
  const k = FACETS.findIndex(([f]) => f === list)
  return row[ROW.facets + k].map((v) => index.meta.facets[list][v][0])
}

function inRange(date, from, to) {
  if (!from && !to) return true
  if (!date) return false
  return (!from || date.slice(0, from.length) >= from) && (!to || date.slice(0, to.length) <= to)
}

/**
 * A list's values of a document as numbers (a facet's value numbers, the type's, the year's), and
 * the key a number stands for: counting by number keeps the loop over thousands of documents
 * free of lookups and of new objects.
 */
const FACET_AT = Object.fromEntries(LISTS.map((f) => [f, FACETS.findIndex(([g]) => g === f)]))
function numbersOf(index, doc, list) {
  if (list === 'type') return index.typeValues[doc]
  if (list === 'year') return index.yearValues[doc]
  return index.docs[doc][ROW.facets + FACET_AT[list]]
}
const keyOf = (index, list, n) => (list === 'type' ? index.meta.types[n] : list === 'year' ? index.yearKeys[n] : index.meta.facets[list][n][0])
const sizeOf = (index, list) => (list === 'type' ? index.meta.types.length : list === 'year' ? index.yearKeys.length : index.meta.facets[list].length)

/** Adds one to the count of each of a document's values (`seen`: a value named twice counts once). */
function tally(counts, seen, values, doc) {
  for (let k = 0; k < values.length; k++) {
    const v = values[k]
    if (seen[v] !== doc) { seen[v] = doc; counts[v]++ }
  }
}

/**
 * The results of a search (document numbers, ranked) and, per list, the count of each value:
 * over the documents that pass every other list, so a count says what choosing the value keeps.
 */
function evaluate(index, state, scores) {
  const tallies = LISTS.map((f) => new Int32Array(sizeOf(index, f)))
  const seen = LISTS.map((f) => new Int32Array(sizeOf(index, f)).fill(-1))
  // the chosen values of each list, as the numbers the rows hold
  const chosen = LISTS.map((f) => {
    const keys = state.selected[f]
    if (!keys.size) return null
    const numbers = new Set()
    for (let n = 0; n < sizeOf(index, f); n++) if (keys.has(keyOf(index, f, n))) numbers.add(n)
    return numbers
  })
  const narrowed = chosen.some(Boolean)
  const values = new Array(LISTS.length)
  const results = []
  const candidates = scores ? scores.keys() : index.docs.keys()
  for (const doc of candidates) {
    if ((state.from || state.to) && !inRange(index.docs[doc][ROW.date], state.from, state.to)) continue
    for (let i = 0; i < LISTS.length; i++) values[i] = numbersOf(index, doc, LISTS[i])
    let failed = -1
    let failures = 0
    if (narrowed) for (let i = 0; i < LISTS.length; i++) if (chosen[i] && !values[i].some((v) => chosen[i].has(v))) { failed = i; failures++ }
    if (failures > 1) continue
    for (let i = 0; i < LISTS.length; i++) if (!failures || failed === i) tally(tallies[i], seen[i], values[i], doc)
    if (!failures) results.push(doc)
  }
  const counts = Object.fromEntries(LISTS.map((f, i) => [f, new Map([...tallies[i]].flatMap((c, n) => (c ? [[keyOf(index, f, n), c]] : [])))]))
  const date = (d) => index.docs[d][ROW.date] || '~'
  if (state.sort === 'date' || !scores) results.sort((a, b) => (date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : a - b))
  else results.sort((a, b) => scores.get(b) - scores.get(a) || a - b)
  return { results, counts }
}

const el = (name, attributes = {}, ...children) => {
  const e = document.createElement(name)
  for (const [k, v] of Object.entries(attributes)) if (v !== undefined && v !== false) e.setAttribute(k, v === true ? '' : v)
  e.append(...children)
  return e
}

/** The name shown for a value of a list (a map per list, made once: a list may have thousands of values). */
function valueName(index, list, key) {
  const values = index.meta.facets[list]
  if (!values) return key
  index.names ??= {}
  index.names[list] ??= new Map(values.map(([k, name]) => [k, name]))
  return index.names[list].get(key) ?? key
}

/**
 * Names in alphabetical order, case and accents aside (`Émile` with the e's), then as written:
 * without the browser's collation, whose first use costs more than the whole search.
 */
function byName(a, b) {
  const fa = fold(a)
  const fb = fold(b)
  return fa < fb ? -1 : fa > fb ? 1 : a < b ? -1 : a > b ? 1 : 0
}

/** One list of the facets: its values with counts, the most frequent first, the rest folded away. */
function facetFieldset(index, list, counts, selected) {
  const values = [...new Set([...counts.keys(), ...selected])]
    .map((key) => ({ key, name: list === 'year' || list === 'type' ? key : valueName(index, list, key), n: counts.get(key) ?? 0 }))
    .sort((a, b) => (list === 'year' ? (a.key < b.key ? -1 : 1) : b.n - a.n || byName(a.name, b.name)))
  const item = (v, i) => {
    const id = `f-${list}-${i}`
    const box = el('input', { type: 'checkbox', id, name: list, value: v.key, checked: selected.has(v.key) })
    return el('li', {}, el('label', { for: id }, box, el('span', {}, v.name), el('span', { class: 'count' }, String(v.n))))
  }
  const shown = list === 'year' ? values : values.filter((v, i) => i < SHOWN_VALUES || selected.has(v.key))
  const inShown = new Set(shown)
  const rest = values.filter((v) => !inShown.has(v))
  const position = new Map(values.map((v, i) => [v, i]))
  const fieldset = el('fieldset', { 'data-list': list }, el('legend', {}, LABELS[list]), el('ul', {}, ...shown.map((v) => item(v, position.get(v)))))
  if (rest.length) {
    // the values folded away are made when first shown: a person facet of a large edition has thousands
    const more = el('ul', {})
    const details = el('details', {}, el('summary', {}, `${rest.length} more`), more)
    details.addEventListener('toggle', () => { if (details.open && !more.children.length) more.append(...rest.map((v) => item(v, position.get(v)))) })
    fieldset.append(details)
  }
  return fieldset
}

/** Replaces the facet lists, keeping the focus where it was (a keyboard user ticks on from there). */
function renderFacets(index, box, state, counts) {
  const focused = document.activeElement?.id
  const open = new Set([...box.querySelectorAll('details[open]')].map((d) => d.parentElement.dataset.list))
  box.querySelectorAll('fieldset[data-list]').forEach((f) => f.remove())
  for (const list of LISTS) {
    if (!counts[list].size && !state.selected[list].size) continue
    const fieldset = facetFieldset(index, list, counts[list], state.selected[list])
    if (open.has(list)) fieldset.querySelector('details')?.setAttribute('open', '')
    box.append(fieldset)
  }
  if (focused && document.getElementById(focused)) document.getElementById(focused).focus()
}

function resultMeta(index, doc) {
  const row = index.docs[doc]
  const names = (list) => valuesOf(index, doc, list).map((k) => valueName(index, list, k)).join(', ')
  const parts = []
  if (row[ROW.date]) parts.push(el('time', { datetime: /^\d{4}(-\d\d){0,2}$/.test(row[ROW.date]) ? row[ROW.date] : undefined }, row[ROW.date]))
  parts.push(index.meta.types[row[ROW.type]])
  if (names('sender')) parts.push(`from ${names('sender')}`)
  if (names('addressee')) parts.push(`to ${names('addressee')}`)
  const meta = el('p', { class: 'result-meta' })
  parts.forEach((p, i) => meta.append(...(i ? [' · ', p] : [p])))
  return meta
}

function resultItem(index, doc) {
  const row = index.docs[doc]
  const link = el('a', { class: 'result-title', href: row[ROW.page] }, row[ROW.title] || row[ROW.page])
  return el('li', { 'data-doc': String(doc) }, link, resultMeta(index, doc))
}

/** The blocks of a document page a hit can be in: its paragraphs, headings, lines, items, notes. */
function blocksOf(page) {
  return [...page.querySelectorAll('main .text [id], main .notes li[id]')].filter((b) => /^(P|DIV|H[1-6]|LI|SPAN)$/.test(b.tagName) && !b.matches('section, .opener, .closer, .postscript'))
}

/** A block's reading text, without the permalinks, page-break marks and note calls. */
function blockText(block) {
  const copy = block.cloneNode(true)
  copy.querySelectorAll('.permalink, .pb, sup.noteref, .backlink').forEach((e) => e.remove())
  return copy.textContent.replace(/\s+/g, ' ').trim()
}

/** The best block for the query terms: the most of them, then the shortest; with its hits. */
function bestBlock(page, terms, lang, stemmers) {
  let best = null
  for (const block of blocksOf(page)) {
    const text = blockText(block)
    const words = wordsOf(text)
    const hits = words.filter((w) => termsOf(w.word, lang, stemmers).some((t) => terms.has(t)))
    const distinct = new Set(hits.map((w) => termsOf(w.word, lang, stemmers)[0])).size
    if (distinct && (!best || distinct > best.distinct || (distinct === best.distinct && text.length < best.text.length))) best = { block, text, words, hits, distinct }
  }
  return best
}

/** A snippet: some thirty words around the first hit, the hits marked. */
function snippet(best) {
  const { text, words, hits } = best
  const first = words.indexOf(hits[0])
  const from = Math.max(0, first - 12)
  const to = Math.min(words.length, from + 30)
  const marked = new Set(hits)
  const p = el('p', { class: 'snippet' })
  if (from > 0) p.append('… ')
  let at = words[from].start
  for (let i = from; i < to; i++) {
    const w = words[i]
    if (!marked.has(w)) continue
    p.append(text.slice(at, w.start), el('mark', {}, text.slice(w.start, w.end)))
    at = w.end
  }
  p.append(text.slice(at, words[to - 1].end))
  if (to < words.length) p.append(' …')
  return p
}

/** Fills in a result's snippet and points its link at the paragraph, from the document's page. */
async function addSnippet(index, item, words, pages) {
  const row = index.docs[Number(item.dataset.doc)]
  const lang = index.meta.languages[row[ROW.lang]]
  const terms = new Set(words.flatMap((w) => termsOf(w, lang, index.stemmers)))
  if (!pages.has(row[ROW.page])) pages.set(row[ROW.page], fetch(row[ROW.page]).then((r) => (r.ok ? r.text() : '')).then((html) => new DOMParser().parseFromString(html, 'text/html')))
  const best = bestBlock(await pages.get(row[ROW.page]), terms, lang, index.stemmers)
  if (!best) return
  item.querySelector('a.result-title').setAttribute('href', `${row[ROW.page]}#${best.block.id}`)
  item.append(snippet(best))
}

function statusText(state, words, n) {
  const what = words.length ? `“${words.join(' ')}”` : 'the chosen facets'
  if (!n) return words.length ? `No document contains ${what}${Object.values(state.selected).some((s) => s.size) || state.from || state.to ? ' with these facets and dates' : ''}.` : 'No document matches.'
  return `${n} document${n === 1 ? '' : 's'} ${words.length ? `contain ${what}` : 'match'}${state.sort === 'date' ? ', by date' : ''}.`
}

/** Runs the search the form holds and shows it. */
async function run(index, ui, pages) {
  const state = readForm(ui.form)
  const words = wordsOf(state.q).map((w) => w.word)
  const browsing = !words.length && !LISTS.some((f) => state.selected[f].size) && !state.from && !state.to
  const { results, counts } = evaluate(index, state, await match(index, words))
  renderFacets(index, ui.facets, state, counts)
  ui.results.replaceChildren()
  ui.more?.remove()
  if (browsing) {
    ui.status.textContent = `${index.meta.documents} documents. Type words to find, or choose a facet.`
    return
  }
  ui.status.textContent = statusText(state, words, results.length)
  showPage(index, ui, pages, results, words, 0)
  performance.mark('lectio-search-results')
  document.documentElement.dataset.searchResults = String(results.length)
}

function showPage(index, ui, pages, results, words, start) {
  const items = results.slice(start, start + PAGE_SIZE).map((doc) => resultItem(index, doc))
  ui.results.append(...items)
  if (words.length) for (const item of items) addSnippet(index, item, words, pages).catch(() => {})
  ui.more?.remove()
  if (start + PAGE_SIZE < results.length) {
    ui.more = el('button', { type: 'button', class: 'more-results' }, `Show ${Math.min(PAGE_SIZE, results.length - start - PAGE_SIZE)} more`)
    ui.more.addEventListener('click', () => {
      showPage(index, ui, pages, results, words, start + PAGE_SIZE)
      ui.results.children[start + PAGE_SIZE]?.querySelector('a')?.focus()
    })
    ui.results.after(ui.more)
  }
}

/** Puts the page's address (its query string) into the form, for a search opened from a link. */
function fillForm(form, params) {
  for (const name of ['q', 'from', 'to', 'sort']) if (params.has(name) && form.elements[name]) form.elements[name].value = params.get(name)
  return Object.fromEntries(LISTS.map((f) => [f, params.getAll(f)]))
}

/** Ticks the facet values the address named (once their boxes exist). */
function tick(form, chosen) {
  for (const [list, keys] of Object.entries(chosen)) {
    for (const key of keys) if (![...form.querySelectorAll(`input[name="${list}"]`)].some((b) => b.value === key)) form.querySelector('.facets').append(el('input', { type: 'hidden', name: list, value: key }))
  }
}

export async function start(doc) {
  const ui = { form: doc.getElementById('search-form'), facets: doc.getElementById('search-facets'), status: doc.getElementById('search-status'), results: doc.getElementById('search-results') }
  ui.status.textContent = 'Loading the search index…'
  const index = await loadIndex()
  const pages = new Map()
  tick(ui.form, fillForm(ui.form, new URLSearchParams(location.search)))
  let timer
  const update = () => {
    clearTimeout(timer)
    history.replaceState(null, '', `?${new URLSearchParams(new FormData(ui.form))}`)
    run(index, ui, pages).then(() => ui.form.querySelectorAll('input[type="hidden"]').forEach((h) => h.remove()))
  }
  ui.form.addEventListener('submit', (e) => { e.preventDefault(); update() })
  ui.form.addEventListener('change', (e) => { if (e.target.id !== 'search-q') update() })
  doc.getElementById('search-q').addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(update, 300) })
  await run(index, ui, pages)
  ui.form.querySelectorAll('input[type="hidden"]').forEach((h) => h.remove())
}
