// The hand-made TEI fixtures (test/fixtures/tei: a letter with its parts in front and back, a
// diplomatic diary with page images, verse, a report with tables and figures, a hand-encoded
// apparatus) as a site in Chromium: served from a loopback server started here, as the build
// writes it (pages, assets, the images in media/). Accessibility (axe-core), images and links,
// the reading switch without JavaScript, and screenshots to look at.
import { createServer, type Server } from 'node:http'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { renderSite } from '../../src/render/html/index.js'
import { compileStylesheets, fixtureEdition, writeSite } from './render-fixtures.js'

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.woff2': 'font/woff2', '.png': 'image/png', '.svg': 'image/svg+xml' }
const dir = join(process.cwd(), 'test', 'fixtures', 'tei')
const ids = ['letter-front-back', 'diary-diplomatic', 'poems-de', 'report-tables', 'chronicle-apparatus']

let root: string
let server: Server
let base: string
let browser: Browser
let context: BrowserContext
const outside: string[] = []
const onlyLoopback = (ctx: BrowserContext) => ctx.route('**/*', (route) => {
  const url = route.request().url()
  if (url.startsWith('http://127.0.0.1:')) return route.continue()
  outside.push(url)
  return route.abort()
})

beforeAll(async () => {
  compileStylesheets()
  root = mkdtempSync(join(tmpdir(), 'lectio-tei-site-'))
  const documents = ids.map((id) => ({ id, teiXml: readFileSync(join(dir, `${id}.xml`), 'utf8'), media: { dir, sourcePaths: [`${id}.xml`] } }))
  writeSite(renderSite({ edition: fixtureEdition, documents }).files, root)
  server = createServer((req, res) => {
    const path = normalize(join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)))
    if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) { res.writeHead(404).end('not found'); return }
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true })
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
  await onlyLoopback(context)
})
afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => server?.close(resolve))
})

async function open(name: string, ctx: BrowserContext = context): Promise<{ page: Page; errors: string[] }> {
  const page = await ctx.newPage()
  const errors: string[] = []
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`) })
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`))
  page.on('requestfailed', (r) => errors.push(`requestfailed: ${r.url()}`))
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()}: ${r.url()}`) })
  await page.goto(`${base}${name}`, { waitUntil: 'load' })
  return { page, errors }
}

describe('the hand-made TEI fixtures as a site', () => {
  test('every page loads with its images from the site, and every in-page link lands on something', async () => {
    for (const id of ids) {
      const { page, errors } = await open(`${id}.html`)
      // images load lazily: scroll each into view, then wait for all of them
      for (const img of await page.locator('img').all()) await img.scrollIntoViewIfNeeded()
      await page.waitForFunction(() => [...document.images].every((i) => i.complete))
      expect(await page.evaluate(() => [...document.images].filter((i) => !i.naturalWidth).map((i) => i.src)), id).toEqual([])
      const dangling = await page.evaluate(() => [...document.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href')!.slice(1)).filter((h) => !document.getElementById(decodeURIComponent(h))))
      expect(dangling, id).toEqual([])
      expect(errors, id).toEqual([])
      await page.close()
    }
    expect(await (await open('diary-diplomatic.html')).page.locator('.facs img').count()).toBe(2)
    expect(outside).toEqual([])
  })

  test('axe-core finds no serious or critical violations on the new markup', async () => {
    const axe = readFileSync(join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js'), 'utf8')
    const problems: string[] = []
    for (const id of ids) {
      const { page } = await open(`${id}.html`)
      await page.addScriptTag({ content: axe })
      const result = await page.evaluate('axe.run(document)') as { passes: unknown[]; violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }
      expect(result.passes.length, id).toBeGreaterThan(10)
      for (const v of result.violations) if (v.impact === 'serious' || v.impact === 'critical') problems.push(`${id}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
      await page.close()
    }
    expect(problems).toEqual([])
  })

  test('without JavaScript, the reading switch shows the source\'s readings instead of the edited ones', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false })
    await onlyLoopback(noJs)
    const { page } = await open('diary-diplomatic.html', noJs)
    const choice = page.locator('.choice.corr').first()
    expect(await choice.innerText()).toBe('received')
    expect(await choice.getAttribute('title')).toBe('in the source: recieved')
    await page.getByLabel(/Show the source's own readings/).check()
    expect(await choice.innerText()).toBe('recieved')
    expect(await page.locator('.choice.expan').first().innerText()).toBe('t')
    await page.getByLabel(/Show the source's own readings/).uncheck()
    expect(await choice.innerText()).toBe('received')
    // an apparatus opens without JavaScript too, with the sigla
    const app = (await open('chronicle-apparatus.html', noJs)).page.locator('details.app').nth(2)
    await app.locator('summary').click()
    expect(await app.locator('.readings').innerText()).toBe('A flood | B flud | C floud')
    await noJs.close()
  })

  test('a letter reads in order: address, opening, text, closing, postscript; senders and addressees as a reader names them', async () => {
    const { page } = await open('letter-front-back.html')
    const order = await page.evaluate(() => ['.address', '.dateline', '#p4', '.closer .signed', '.postscript'].map((s) => document.querySelector(s)!.getBoundingClientRect().top))
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(await page.locator('.metadata dd').nth(0).innerText()).toBe('Agnes Hartley and Thomas Hartley, Fellbridge')
    expect(await page.locator('.metadata dd').nth(2).innerText()).toBe('Mary Pell, Joseph Pell and Ruth Ambler, Leeds')
    // renditions: underline by @rend, small caps by @rendition, letter-spacing by @style
    expect(await page.locator('.hi.underline').first().evaluate((e) => getComputedStyle(e).textDecorationLine)).toBe('underline')
    expect(await page.getByText('Society', { exact: true }).evaluate((e) => getComputedStyle(e).fontVariantCaps)).toBe('small-caps')
    expect(await page.getByText('account', { exact: true }).evaluate((e) => getComputedStyle(e).letterSpacing)).not.toBe('normal')
  })

  test('verse lines stand on lines of their own, every fifth numbered in the margin; a page image stands beside the text', async () => {
    const { page } = await open('poems-de.html')
    const lines = page.locator('.poem .lg.stanza').first().locator('.l')
    const tops = await lines.evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().top))
    expect(new Set(tops).size).toBe(4)
    const five = page.locator('.l-n').first()
    expect(await five.innerText()).toBe('5')
    expect(await five.evaluate((e) => e.getBoundingClientRect().right < document.querySelector('.text')!.getBoundingClientRect().left)).toBe(true)
    const diary = (await open('diary-diplomatic.html')).page
    const facs = diary.locator('.facs').first()
    expect(await facs.evaluate((e) => e.getBoundingClientRect().left >= document.querySelector('.text p')!.getBoundingClientRect().right - 1)).toBe(true)
  })

  test('screenshots (test-artifacts/render-html/, not compared); a phone does not scroll sideways', async () => {
    const out = join(process.cwd(), 'test-artifacts', 'render-html')
    mkdirSync(out, { recursive: true })
    for (const id of ids) {
      const { page } = await open(`${id}.html`)
      await page.screenshot({ path: join(out, `tei-${id}.png`), fullPage: true })
      await page.close()
    }
    const phone = await browser.newContext({ viewport: { width: 375, height: 700 } })
    await onlyLoopback(phone)
    for (const id of ids) {
      const { page } = await open(`${id}.html`, phone)
      expect(await page.evaluate(() => document.documentElement.scrollWidth), id).toBeLessThanOrEqual(375)
    }
    await phone.close()
  })
})
