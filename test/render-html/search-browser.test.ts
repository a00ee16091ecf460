// The search in real headless Chromium (Debian's, via playwright-core), on sites served by
// `lectio serve`: the sample edition (built with lectio build) and a hand-made fixture of letters
// in English and German (test/fixtures/render-html/search). A word of one letter is found and
// opens the letter at its paragraph; a person facet and a date range narrow the results; Zurich
// finds Zürich, Muller and Mueller find Müller; axe-core finds no serious or critical violation on
// the search and correspondence pages; the keyboard reaches the results and Enter opens one;
// without JavaScript, or opened from disk, the page says what to do.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { chromium, type Browser, type Page } from 'playwright-core'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { spawn, type ChildProcess } from 'node:child_process'
import { lectio, tempDir } from '../helpers/run-lectio.js'
import { renderSite } from '../../src/render/html/index.js'
import { compileStylesheets, fixtureEdition, writeSite } from './render-fixtures.js'

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
const fixtureDir = join(process.cwd(), 'test', 'fixtures', 'render-html', 'search')
let browser: Browser
let sample: string
let fixture: string
const servers: ChildProcess[] = []
let sampleDist: string

/** Starts `lectio serve DIR --port 0` and resolves with the site's address it prints. */
function serve(dir: string): Promise<string> {
  const child = spawn(process.execPath, [join(process.cwd(), 'bin/lectio.js'), 'serve', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] })
  servers.push(child)
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString()
      const m = /at (http:\/\/\S+) /.exec(out)
      if (m) resolve(m[1])
    })
    child.on('exit', (code) => reject(new Error(`lectio serve exited with ${code}`)))
  })
}

beforeAll(async () => {
  compileStylesheets()
  sampleDist = join(tempDir(), 'dist')
  const r = lectio(['build', 'editions/kropotkin', '--no-pdf', '--out', sampleDist])
  if (r.status !== 0) throw new Error(r.stderr)
  const root = tempDir()
  const ids = ['letter-a', 'letter-b', 'letter-c', 'notes']
  const site = renderSite({ edition: { ...fixtureEdition, baseUrl: 'https://example.org/letters' }, documents: ids.map((id) => ({ id, teiXml: readFileSync(join(fixtureDir, `${id}.xml`), 'utf8') })) })
  mkdirSync(join(root, 'html'))
  writeSite(site.files, join(root, 'html'))
  ;[sample, fixture] = await Promise.all([serve(sampleDist), serve(root)])
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
}, 240_000)

afterAll(async () => {
  await browser?.close()
  for (const s of servers) s.kill('SIGTERM')
})

/** Opens the search page with a query string and waits for its results; collects page errors. */
async function search(base: string, query: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()) })
  await page.goto(`${base}search.html?${query}`)
  await page.waitForFunction(() => document.documentElement.dataset.searchResults !== undefined)
  return { page, errors }
}

const titles = (page: Page) => page.locator('#search-results .result-title').allInnerTexts()

/** Waits for the search to answer again after a change. */
async function researched(page: Page, change: () => Promise<void>): Promise<void> {
  await page.evaluate(() => { delete document.documentElement.dataset.searchResults })
  await change()
  await page.waitForFunction(() => document.documentElement.dataset.searchResults !== undefined)
}

describe('search on the sample edition', () => {
  test('a word of one letter finds that letter, with the word marked, and opens it at the paragraph', async () => {
    const { page, errors } = await search(sample, 'q=potatoes')
    expect(await titles(page)).toEqual(['Two Letters to Lenin'])
    const snippet = page.locator('#search-results .snippet')
    await expect.poll(() => snippet.count()).toBe(1)
    expect(await snippet.locator('mark').allInnerTexts()).toEqual(['potatoes'])
    const href = await page.locator('#search-results .result-title').getAttribute('href')
    expect(href).toMatch(/^002_8a85e5e2c93400e6\.html#d002_8a85e5e2c93400e6-p\d+$/)
    await page.locator('#search-results .result-title').click()
    await page.waitForURL(/002_8a85e5e2c93400e6\.html#/)
    const id = new URL(page.url()).hash.slice(1)
    expect(await page.evaluate((x) => document.getElementById(x)?.textContent, id)).toContain('bushel of potatoes')
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(id)
    expect(errors).toEqual([])
    await page.close()
  })

  test('a person facet narrows the results to the documents that name that person', async () => {
    const { page } = await search(sample, 'q=revolution')
    const all = await titles(page)
    expect(all.length).toBeGreaterThan(2)
    const lenin = page.locator('#search-facets fieldset[data-list="person"] label', { hasText: 'Vladimir Ilyich Lenin' })
    const count = Number(await lenin.locator('.count').innerText())
    await researched(page, () => lenin.locator('input').check())
    const narrowed = await titles(page)
    expect(narrowed.length).toBe(count)
    expect(narrowed.length).toBeLessThan(all.length)
    for (const href of await page.locator('#search-results .result-title').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('#')[0]))) {
      expect(readFileSync(join(sampleDist, 'html', href), 'utf8'), href).toContain('href="persons.html#lenin"')
    }
    expect(new URL(page.url()).searchParams.getAll('person')).toEqual(['lenin'])
    await page.close()
  })

  test('a date range keeps only the documents dated within it', async () => {
    const { page } = await search(sample, 'q=revolution')
    const before = (await titles(page)).length
    await researched(page, async () => {
      await page.fill('#search-from', '1920')
      await page.fill('#search-to', '1920-12')
      await page.locator('#search-to').press('Enter')
    })
    const dates = await page.locator('#search-results .result-meta time').allInnerTexts()
    expect(dates.length).toBe((await titles(page)).length)
    expect(dates.length).toBeGreaterThan(0)
    expect(dates.length).toBeLessThan(before)
    for (const d of dates) expect(d >= '1920' && d.slice(0, 7) <= '1920-12', d).toBe(true)
    await page.close()
  })
})

describe('search on the fixture letters', () => {
  test('Zurich finds Zürich, Muller and Mueller find Müller, word endings and case do not matter', async () => {
    const { page, errors } = await search(fixture, 'q=zurich')
    expect((await titles(page)).sort()).toEqual(['Clara Vogt to Ida Lenz', 'Clara Vogt to Tomas Rieder, from the lake'])
    await expect.poll(() => page.locator('#search-results mark').allInnerTexts()).toEqual(expect.arrayContaining(['Zürich', 'Zurich']))
    await page.close()
    for (const [q, expected] of [['Muller', ['Clara Vogt to Tomas Rieder, from the lake', 'Tomas Rieder an Clara Vogt']], ['Mueller', ['Tomas Rieder an Clara Vogt']], ['STEAMER almanacs', ['Clara Vogt to Ida Lenz', 'Clara Vogt to Tomas Rieder, from the lake']], ['haeuser', ['Tomas Rieder an Clara Vogt']]] as const) {
      const r = await search(fixture, `q=${q}`)
      expect((await titles(r.page)).sort(), q).toEqual([...expected].sort())
      await r.page.close()
    }
    expect(errors).toEqual([])
  })

  test('facets count what each value keeps; the undated document is left out by a date range', async () => {
    const { page } = await search(fixture, 'q=almanac')
    expect((await titles(page)).length).toBe(3)
    const counts = await page.locator('#search-facets fieldset[data-list="sender"] label').allInnerTexts()
    expect(counts.map((t) => t.replace(/\s+/g, ' ').trim())).toEqual(['Clara Vogt 2'])
    await researched(page, async () => { await page.fill('#search-from', '1880'); await page.locator('#search-from').press('Enter') })
    expect((await titles(page)).sort()).toEqual(['Clara Vogt to Ida Lenz', 'Clara Vogt to Tomas Rieder, from the lake'])
    await page.close()
  })

  test('keyboard: from the search box Tab reaches the order, the button, the dates, the facets, then the results; Enter opens one', async () => {
    const { page } = await search(fixture, 'q=almanac&sort=date')
    expect(await titles(page)).toEqual(['Clara Vogt to Tomas Rieder, from the lake', 'Clara Vogt to Ida Lenz', 'Notes on an almanac'])
    // the links point at the paragraphs once the snippets are in
    await expect.poll(() => page.locator('#search-results .snippet').count()).toBe(3)
    await page.focus('#search-q')
    const order: string[] = []
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab')
      const here = await page.evaluate(() => { const e = document.activeElement!; return e.id || `${e.tagName.toLowerCase()}.${e.className}` })
      order.push(here)
      if (here === 'a.result-title') break
    }
    expect(order.slice(0, 4)).toEqual(['search-sort', 'button.', 'search-from', 'search-to'])
    expect(order.slice(4, -1).every((id) => id.startsWith('f-') || id.startsWith('summary'))).toBe(true)
    expect(order.at(-1)).toBe('a.result-title')
    await page.keyboard.press('Enter')
    // the shortest block with the word: the note
    await page.waitForURL(/letter-a\.html#letter-a-n1$/)
    await page.close()
  })
})

describe('the search and correspondence pages', () => {
  test('pass axe-core with no serious or critical violations', async () => {
    const axe = readFileSync('node_modules/axe-core/axe.min.js', 'utf8')
    const found: string[] = []
    for (const [base, query] of [[sample, 'search.html?q=revolution'], [sample, 'correspondence.html'], [sample, 'timeline.html'], [fixture, 'search.html?q=almanac&person=vogt'], [fixture, 'correspondence.html']]) {
      const page = await browser.newPage()
      await page.goto(base + query)
      if (query.startsWith('search')) await page.waitForFunction(() => document.documentElement.dataset.searchResults !== undefined)
      await page.addScriptTag({ content: axe })
      const result = await page.evaluate('axe.run(document, { resultTypes: ["violations"] })') as { violations: { id: string; impact: string; nodes: unknown[] }[] }
      for (const v of result.violations) if (v.impact === 'serious' || v.impact === 'critical') found.push(`${query}: ${v.id} (${v.impact}, ${v.nodes.length} nodes)`)
      await page.close()
    }
    expect(found).toEqual([])
  }, 120_000)

  test('without JavaScript the search page says it needs it; opened from disk it says how to serve the site', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${sample}search.html?q=potatoes`)
    expect(await page.locator('noscript').count()).toBe(1)
    expect(await page.locator('.search-answer').innerText()).toContain('The search needs JavaScript')
    await context.close()
    const disk = await browser.newPage()
    await disk.goto(pathToFileURL(join(sampleDist, 'html', 'search.html')).href)
    const notice = disk.locator('#search-offline')
    await expect.poll(() => notice.isVisible()).toBe(true)
    expect(await notice.innerText()).toContain(`lectio serve ${sampleDist}`)
    await disk.close()
  })
})
