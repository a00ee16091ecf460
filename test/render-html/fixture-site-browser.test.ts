// Browser tests on the hand-made fixture site (test/fixtures/render-html): rendered into a temp dir,
// served from a loopback HTTP server started here, opened in Debian's Chromium via playwright-core.
// One browser for the whole file. (site-browser.test.ts does the same for the sample edition.)
import { createServer, type Server } from 'node:http'
import { mkdirSync, mkdtempSync, readFileSync, existsSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { renderSite } from '../../src/render/html/index.js'
import { compileStylesheets, fixture, fixtureSiteInput, writeSite } from './render-fixtures.js'

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.woff2': 'font/woff2', '.xml': 'application/xml', '.pdf': 'application/pdf' }

let root: string
let server: Server
let base: string
let browser: Browser
let context: BrowserContext
let pages: string[]
/** Requests for anything not on the loopback server. */
const outside: string[] = []
const onlyLoopback = (ctx: BrowserContext) => ctx.route('**/*', (route) => {
  const url = route.request().url()
  if (url.startsWith('http://127.0.0.1:')) return route.continue()
  outside.push(url)
  return route.abort()
})

beforeAll(async () => {
  compileStylesheets()
  root = mkdtempSync(join(tmpdir(), 'lectio-html-'))
  const { files } = renderSite(fixtureSiteInput())
  writeSite(files, join(root, 'html'))
  pages = [...files.keys()].filter((f) => f.endsWith('.html')).sort()
  // the build puts TEI and PDF next to html/: give the download links something to find
  mkdirSync(join(root, 'tei'))
  mkdirSync(join(root, 'pdf'))
  for (const id of ['letters', 'essay']) {
    writeFileSync(join(root, 'tei', `${id}.xml`), fixture(`${id}.xml`))
    writeFileSync(join(root, 'pdf', `${id}.pdf`), '%PDF-1.4\n%%EOF\n')
  }
  writeFileSync(join(root, 'tei', 'work.apparatus.xml'), fixture('apparatus.xml'))
  server = createServer((req, res) => {
    const path = normalize(join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)))
    if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) { res.writeHead(404).end('not found'); return }
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/html/`
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true })
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  await onlyLoopback(context)
})

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => server?.close(resolve))
})

/** Opens a page and collects console errors, page errors, failed requests and HTTP errors. */
async function open(name: string, ctx: BrowserContext = context): Promise<{ page: Page; errors: string[] }> {
  const page = await ctx.newPage()
  const errors: string[] = []
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`) })
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`))
  page.on('requestfailed', (r) => errors.push(`requestfailed: ${r.url()}`))
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()}: ${r.url()}`) })
  await page.goto(base + name, { waitUntil: 'load' })
  await page.evaluate(() => document.fonts.ready)
  return { page, errors }
}

describe('the fixture site in Chromium', () => {
  test('every page loads without errors, fonts come from the site, every internal link and fragment resolves', async () => {
    const broken: string[] = []
    const ids = new Map<string, Set<string>>()
    const links: { from: string; href: string }[] = []
    for (const name of pages) {
      const { page, errors } = await open(name)
      expect(errors, name).toEqual([])
      expect(await page.evaluate(() => document.fonts.check('16px "EB Garamond"')), name).toBe(true)
      ids.set(base + name, new Set(await page.$$eval('[id]', (es) => es.map((e) => e.id))))
      for (const href of await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href))) links.push({ from: name, href })
      await page.close()
    }
    for (const { from, href } of links) {
      const url = new URL(href)
      if (url.origin !== new URL(base).origin) continue
      const target = url.origin + url.pathname
      if (url.pathname.endsWith('.html')) {
        const known = ids.get(target)
        if (!known) { broken.push(`${from} → ${href} (no such page)`); continue }
        if (url.hash && !known.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${from} → ${href} (no such id)`)
      } else {
        const r = await context.request.get(target)
        if (!r.ok()) broken.push(`${from} → ${href} (${r.status()})`)
      }
    }
    expect(links.length).toBeGreaterThan(50)
    expect(broken).toEqual([])
    expect(outside).toEqual([])
  })

  test('axe-core finds no serious or critical violations on any page', async () => {
    const axe = readFileSync(join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js'), 'utf8')
    const problems: string[] = []
    let checked = 0
    for (const name of pages) {
      const { page } = await open(name)
      await page.addScriptTag({ content: axe })
      const result = await page.evaluate('axe.run(document)') as { passes: unknown[]; violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }
      checked += result.passes.length
      for (const v of result.violations) if (v.impact === 'serious' || v.impact === 'critical') problems.push(`${name}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
      await page.close()
    }
    expect(checked).toBeGreaterThan(pages.length * 10) // axe really ran its rules
    expect(problems).toEqual([])
  })

  test('a footnote reference opens a pop-up with the note; Escape closes it', async () => {
    const { page, errors } = await open('letters.html')
    await page.click('#noteref-1')
    const popup = page.locator('.note-popup')
    await expect.poll(() => popup.count()).toBe(1)
    expect(await popup.textContent()).toContain('The letter is lost')
    expect(await popup.locator('[id]').count()).toBe(0)
    // the pop-up takes the focus, and gives it back to its marker when closed
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('note-popup')
    await page.keyboard.press('Escape')
    expect(await popup.count()).toBe(0)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('noteref-1')
    expect(errors).toEqual([])
    await page.close()
  })

  test('without JavaScript, footnote links and back-links land on their targets and variants still open', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false })
    await onlyLoopback(noJs)
    const { page } = await open('letters.html', noJs)
    await page.click('#noteref-2')
    expect(new URL(page.url()).hash).toBe('#note-2')
    expect(await page.locator(':target').getAttribute('id')).toBe('note-2')
    expect(await page.locator(':target').textContent()).toContain('Not identified.')
    await page.click('#note-2 a.backlink')
    expect(new URL(page.url()).hash).toBe('#noteref-2')
    await page.goto(base + 'work.apparatus.html')
    const first = page.locator('details.app').first()
    expect(await first.locator('.readings').isVisible()).toBe(false)
    await first.locator('summary').click()
    expect(await first.locator('.readings').isVisible()).toBe(true)
    expect(await first.locator('.readings').textContent()).toContain('civilized')
    // the paragraph holding the variants is one block in the DOM (no <details> inside an HTML <p>)
    expect(await page.locator('#p1 details.app').count()).toBe(4)
    await noJs.close()
  })

  test('an index occurrence lands on the paragraph that names the entry, and the name leads back', async () => {
    const { page } = await open('persons.html')
    await page.click('#bert a.occurrence >> nth=1')
    // a link to another page: the click returns before the navigation is done on a loaded machine
    await page.waitForURL(base + 'letters.html#p10', { timeout: 10_000 })
    expect(page.url()).toBe(base + 'letters.html#p10')
    const name = page.locator(':target a[href="persons.html#bert"]')
    expect(await name.count()).toBe(1)
    expect(await name.getAttribute('title')).toBe('Bert Sample')
    await name.click()
    expect(page.url()).toBe(base + 'persons.html#bert')
    expect(await page.locator(':target .entry-name').textContent()).toBe('Sample, Bert')
    await page.close()
  })

  test('letters are laid out: dateline and closing to the right', async () => {
    const { page } = await open('letters.html')
    const align = (sel: string) => page.locator(sel).first().evaluate((e) => getComputedStyle(e).textAlign)
    expect(await align('.dateline')).toBe('right')
    expect(await align('.closer .signed')).toBe('right')
    expect(await align('#p3')).toBe('justify')
    await page.close()
  })

  test('screenshots of a letter page and an index page (test-artifacts/, not compared); narrow screens do not scroll sideways', async () => {
    const dir = join(process.cwd(), 'test-artifacts', 'render-html')
    mkdirSync(dir, { recursive: true })
    for (const [name, shot] of [['letters.html', 'fixture-letter-page.png'], ['persons.html', 'fixture-index-page.png'], ['work.apparatus.html', 'fixture-apparatus-page.png']]) {
      const { page } = await open(name)
      await page.screenshot({ path: join(dir, shot), fullPage: true })
      await page.close()
      expect(statSync(join(dir, shot)).size).toBeGreaterThan(10_000)
    }
    const phone = await browser.newContext({ viewport: { width: 375, height: 700 } })
    await onlyLoopback(phone)
    for (const name of ['letters.html', 'work.parallel.html', 'index.html', 'chronology.html']) {
      const { page } = await open(name, phone)
      expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(375)
      if (name === 'letters.html') await page.screenshot({ path: join(dir, 'fixture-letter-page-narrow.png'), fullPage: true })
    }
    await phone.close()
  })
})
