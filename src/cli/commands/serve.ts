/**
 * `lectio serve [DIR]`: a local preview server for a built edition (Node's http module, nothing
 * else), so that the site can be read as it will be published — the search in particular, which
 * a page opened from disk (file://) cannot run. DIR is an edition (its dist/ is served), a build
 * output (dist/, with html/, tei/, pdf/ beside each other, so the download links work) or a
 * site folder holding index.html. Files only, read-only, from inside DIR; loopback by default.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs'
import { extname, join, relative, resolve, isAbsolute } from 'node:path'
import { DEFAULT_EDITION_DIR, type CommandSpec } from '../args.js'
import { LectioError, UsageError } from '../../core/errors.js'
import type { Command } from '../command.js'
import type { Reporter } from '../../core/reporter.js'

const spec: CommandSpec = {
  name: 'serve',
  usage: 'lectio serve [DIR] [--port N] [--host ADDRESS]',
  summary: 'Serve a built edition over http on this computer, to read it (and search it) as it will be published.',
  options: { port: { type: 'string', short: 'p' }, host: { type: 'string' } },
  optionHelp: [
    ['-p, --port N', 'the port to listen on (default 8080; 0 picks a free one)'],
    ['--host ADDRESS', 'the address to listen on (default 127.0.0.1: this computer only)'],
  ],
  maxPositionals: 1,
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.pdf': 'application/pdf',
  '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8', '.md': 'text/plain; charset=utf-8', '.bib': 'application/x-bibtex; charset=utf-8',
  '.zip': 'application/zip', '.png': 'image/png', '.jpg': 'image/jpeg', '.svg': 'image/svg+xml',
}

/** What to serve for DIR: the folder served and the path of the site in it. */
export function siteRoot(dir: string): { root: string; site: string } {
  const abs = resolve(dir)
  for (const [root, site] of [[abs, '/'], [abs, '/html/'], [join(abs, 'dist'), '/html/']] as const) {
    if (existsSync(join(root, site, 'index.html'))) return { root: realpathSync(root), site }
  }
  throw new LectioError({
    code: 'site-missing', severity: 'error', stage: 'cli', file: dir, line: 1, column: 1,
    message: `no HTML edition here (no index.html in ${dir}, ${join(dir, 'html')} or ${join(dir, 'dist', 'html')}): build it first with lectio build`,
  })
}

/** The file a request names, inside the root (or nothing: outside, missing, not a file). */
export function fileFor(root: string, urlPath: string): string | undefined {
  let path: string
  try { path = decodeURIComponent(urlPath) } catch { return undefined }
  if (path.includes('\0')) return undefined
  let file = resolve(root, `.${path}`)
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
  if (!existsSync(file)) return undefined
  const real = realpathSync(file)
  const rel = relative(root, real)
  if (rel.startsWith('..') || isAbsolute(rel) || !statSync(real).isFile()) return undefined
  return real
}

function respond(root: string, site: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end()
    return
  }
  const url = new URL(req.url ?? '/', 'http://localhost')
  if (url.pathname === '/' && site !== '/') {
    res.writeHead(302, { location: site }).end()
    return
  }
  const file = fileFor(root, url.pathname)
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`not found: ${url.pathname}\n`)
    return
  }
  // a preview: always the file as it is now, never a cached copy of a previous build
  res.writeHead(200, { 'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'content-length': statSync(file).size, 'cache-control': 'no-cache' })
  if (req.method === 'HEAD') res.end()
  else createReadStream(file).pipe(res)
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 8080
  const port = Number(value)
  if (!/^\d+$/.test(value) || port > 65535) throw new UsageError(`lectio serve: --port takes a number from 0 to 65535 (got "${value}")`)
  return port
}

/** Serves until the process is interrupted; resolves with the exit code. */
function serve(root: string, site: string, host: string, port: number, reporter: Reporter): Promise<number> {
  return new Promise((done) => {
    const server = createServer((req, res) => respond(root, site, req, res))
    server.on('error', (e: NodeJS.ErrnoException) => {
      reporter.line(`lectio serve: cannot listen on ${host}:${port} (${e.code === 'EADDRINUSE' ? 'the port is in use: choose another with --port' : e.message})`)
      done(2)
    })
    server.listen(port, host, () => {
      const address = server.address()
      const actual = typeof address === 'object' && address ? address.port : port
      process.stdout.write(`serving ${root} at http://${host.includes(':') ? `[${host}]` : host}:${actual}${site} (Ctrl+C to stop)\n`)
    })
    const stop = () => {
      server.close(() => done(0))
      // a browser keeps its connections open: close them, or the server never stops
      server.closeAllConnections()
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
}

export const serveCommand: Command = {
  spec,
  async run({ values, positionals }, reporter) {
    const port = parsePort(values.port as string | undefined)
    const host = (values.host as string | undefined) ?? '127.0.0.1'
    const { root, site } = siteRoot(positionals[0] ?? join(DEFAULT_EDITION_DIR, 'dist'))
    return serve(root, site, host, port, reporter)
  },
}
