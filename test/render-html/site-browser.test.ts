/**
 * The sample edition's site in real headless Chromium (Debian's, via playwright-core): every page
 * loads without console errors and without requests leaving the site, every internal link and
 * fragment resolves, note pop-ups and index links land on their target, and axe-core finds no
 * serious or critical accessibility violation. Screenshots of a letter page and an index page are
 * kept in test-artifacts/ to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromium, type Browser, type Page } from 'playwright-core'
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { lectio, tempDir } from '../helpers/run-lectio.js'

const CHROMIUM = '/usr/bin/chromium'
let site: string
let browser: Browser
const artifacts = resolve('test-artifacts')

beforeAll(async () => {
  const out = join(tempDir(), 'dist')
  const r = lectio(['build', 'editions/kropotkin', '--no-pdf', '--out', out])
  if (r.status !== 0) throw new Error(r.stderr)
  site = join(out, 'html')
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] })
  mkdirSync(artifacts, { recursive: true })
}, 120_000)

afterAll(async () => { await browser?.close() })

const pages = () => readdirSync(site).filter((f) => f.endsWith('.html')).sort()

async function open(file: string): Promise<{ page: Page; errors: string[]; outside: string[] }> {
  const page = await browser.newPage()
  const errors: string[] = []
  const outside: string[] = []
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()) })
  page.on('pageerror', (e) => errors.push(e.message))
  await page.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith('file://')) return route.continue()
    outside.push(url)
    return route.abort()
  })
  await page.goto(pathToFileURL(join(site, file)).href)
  return { page, errors, outside }
}

describe('the HTML site in Chromium', () => {
  it('has the pages of an edition', () => {
    expect(pages()).toEqual(expect.arrayContaining(['index.html', 'persons.html', 'places.html', 'organisations.html', 'chronology.html', 'about.html', 'letter-to-workers.apparatus.html', 'letter-to-workers.parallel.html']))
    expect(pages().length).toBeGreaterThanOrEqual(12)
  })

  it('every page loads without console errors or requests leaving the site', async () => {
    for (const f of pages()) {
      const { page, errors, outside } = await open(f)
      expect(errors, f).toEqual([])
      expect(outside, f).toEqual([])
      await page.close()
    }
  }, 120_000)

  it('every internal link resolves, fragments included', () => {
    const missing: string[] = []
    const ids = new Map<string, Set<string>>()
    const idsOf = (f: string) => {
      if (!ids.has(f)) ids.set(f, new Set([...readFileSync(join(site, f), 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])))
      return ids.get(f)!
    }
    for (const f of pages()) {
      for (const [, href] of readFileSync(join(site, f), 'utf8').matchAll(/\shref="([^"]+)"/g)) {
        if (/^(https?:|mailto:)/.test(href)) continue
        const [path, frag] = href.split('#')
        const target = path ? join(site, path) : join(site, f)
        if (!existsSync(target)) { missing.push(`${f} → ${href}`); continue }
        if (frag && target.endsWith('.html') && !idsOf(path || f).has(decodeURIComponent(frag))) missing.push(`${f} → ${href} (no such id)`)
      }
    }
    expect(missing).toEqual([])
  })

  it('a footnote marker opens its note, and the note links back', async () => {
    const doc = pages().find((f) => readFileSync(join(site, f), 'utf8').includes('role="doc-noteref"') && f.startsWith('003'))!
    const { page } = await open(doc)
    const ref = page.locator('a[role="doc-noteref"]').first()
    const target = (await ref.getAttribute('href'))!.slice(1)
    const noteText = (await page.locator(`#${target}`).innerText()).replace('↩', '').trim()
    await ref.click()
    const popup = page.locator('.note-popup')
    await expect.poll(() => popup.count()).toBe(1)
    expect((await popup.innerText()).trim()).toBe(noteText)
    expect(await page.locator(`#${target} a[role="doc-backlink"]`).getAttribute('href')).toBe(`#${await ref.getAttribute('id')}`)
    await page.close()
  })

  it('an entity name links to its index entry, which lists the document', async () => {
    const { page } = await open('002_8a85e5e2c93400e6.html')
    const link = page.locator('a.entity.person[href$="#kropotkin"]').first()
    expect(await link.getAttribute('title')).toBe('Peter Kropotkin')
    await link.click()
    await page.waitForURL(/persons\.html#kropotkin$/, { timeout: 10_000 })
    expect(page.url()).toMatch(/persons\.html#kropotkin$/)
    const entry = page.locator('li#kropotkin')
    expect(await entry.locator('.occurrences a', { hasText: 'Two Letters to Lenin' }).count()).toBe(1)
    await page.close()
  })

  it('passes axe-core with no serious or critical violations', async () => {
    const axe = readFileSync('node_modules/axe-core/axe.min.js', 'utf8')
    const found: string[] = []
    for (const f of pages()) {
      const { page } = await open(f)
      await page.addScriptTag({ content: axe })
      const result = await page.evaluate('axe.run(document, { resultTypes: ["violations"] })') as { violations: { id: string; impact: string; nodes: unknown[] }[] }
      for (const v of result.violations) if (v.impact === 'serious' || v.impact === 'critical') found.push(`${f}: ${v.id} (${v.impact}, ${v.nodes.length} nodes)`)
      await page.close()
    }
    expect(found).toEqual([])
  }, 180_000)

  it('works without JavaScript: the notes are in the page and the variants open as details', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(pathToFileURL(join(site, 'letter-to-workers.apparatus.html')).href)
    const app = page.locator('details.app').first()
    await app.locator('summary').click()
    expect(await app.getAttribute('open')).not.toBeNull()
    expect(await app.locator('.reading').count()).toBeGreaterThanOrEqual(2)
    await context.close()
  })

  it('keeps screenshots of a letter page and an index page', async () => {
    for (const [f, name] of [['002_8a85e5e2c93400e6.html', 'letter-page.png'], ['persons.html', 'index-page.png']]) {
      const { page } = await open(f)
      await page.setViewportSize({ width: 1100, height: 1400 })
      await page.screenshot({ path: join(artifacts, name), fullPage: false })
      await page.close()
      expect(existsSync(join(artifacts, name))).toBe(true)
    }
  })
})
