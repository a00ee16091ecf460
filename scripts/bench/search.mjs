// The search's part of the benchmark: the index's size against the site's, and the time to first
// results in Chromium (playwright-core, Debian's /usr/bin/chromium) — from the start of the
// navigation to search.html?q=… until the results are shown (the page's performance mark
// "lectio-search-results"), each query in a fresh browser context (nothing cached), the site
// served from a loopback http server started here.
import { createServer } from 'node:http'
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs'
import { extname, join, normalize } from 'node:path'

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.woff2': 'font/woff2', '.svg': 'image/svg+xml' }

function bytesUnder(dir) {
  let total = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    total += e.isDirectory() ? bytesUnder(p) : statSync(p).size
  }
  return total
}

function serve(root) {
  const server = createServer((req, res) => {
    const path = normalize(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)))
    if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) return res.writeHead(404).end()
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' })
    createReadStream(path).pipe(res)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

/** Size of the index and time to first results for some queries on the built site `htmlDir`. */
export async function benchSearch(htmlDir, queries) {
  const site = bytesUnder(htmlDir)
  const scripts = readdirSync(join(htmlDir, 'assets')).filter((f) => /^(search|stem-)/.test(f)).reduce((n, f) => n + statSync(join(htmlDir, 'assets', f)).size, 0)
  const index = bytesUnder(join(htmlDir, 'search'))
  const { chromium } = await import('playwright-core')
  const server = await serve(htmlDir)
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] })
  const times = {}
  try {
    for (const q of queries) {
      const runs = []
      for (let k = 0; k < 3; k++) {
        const context = await browser.newContext()
        const page = await context.newPage()
        await page.goto(`http://127.0.0.1:${server.address().port}/search.html?q=${encodeURIComponent(q)}`)
        await page.waitForFunction(() => document.documentElement.dataset.searchResults !== undefined, null, { timeout: 60_000 })
        runs.push(await page.evaluate(() => ({ ms: performance.getEntriesByName('lectio-search-results')[0].startTime, results: Number(document.documentElement.dataset.searchResults) })))
        await context.close()
      }
      runs.sort((a, b) => a.ms - b.ms)
      times[q] = { medianMs: Math.round(runs[1].ms), maxMs: Math.round(runs[2].ms), results: runs[0].results }
    }
  } finally {
    await browser.close()
    server.close()
  }
  return { siteBytes: site, indexBytes: index + scripts, indexShare: +((index + scripts) / site * 100).toFixed(2), shards: readdirSync(join(htmlDir, 'search', 't')).length, firstResults: times }
}
