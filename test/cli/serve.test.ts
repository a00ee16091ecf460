// `lectio serve`: which folder it serves for DIR, that it serves nothing outside it, and the
// running command (started, asked over loopback, stopped).
import { afterAll, describe, expect, test } from 'vitest'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { spawn } from 'node:child_process'
import { fileFor, siteRoot } from '../../src/cli/commands/serve.js'
import { lectio, tempDir } from '../helpers/run-lectio.js'

const edition = tempDir()
const dist = join(edition, 'dist')
mkdirSync(join(dist, 'html', 'assets'), { recursive: true })
mkdirSync(join(dist, 'tei'))
writeFileSync(join(dist, 'html', 'index.html'), '<!DOCTYPE html><title>x</title>')
writeFileSync(join(dist, 'html', 'assets', 'a.css'), 'p{}')
writeFileSync(join(dist, 'tei', 'a.xml'), '<TEI/>')
writeFileSync(join(edition, 'secret.txt'), 'not for the web')
symlinkSync(join(edition, 'secret.txt'), join(dist, 'html', 'link.txt'))
const children: ReturnType<typeof spawn>[] = []
afterAll(() => { for (const c of children) c.kill('SIGTERM') })

describe('lectio serve', () => {
  test('serves the build output for an edition, a dist folder or a site folder', () => {
    expect(siteRoot(edition)).toMatchObject({ site: '/html/' })
    expect(siteRoot(edition).root).toMatch(/dist$/)
    expect(siteRoot(dist).site).toBe('/html/')
    expect(siteRoot(join(dist, 'html')).site).toBe('/')
  })

  test('serves files inside the folder only', () => {
    const root = siteRoot(dist).root
    expect(fileFor(root, '/html/index.html')).toMatch(/index\.html$/)
    expect(fileFor(root, '/html/')).toMatch(/index\.html$/)
    expect(fileFor(root, '/tei/a.xml')).toMatch(/a\.xml$/)
    for (const bad of ['/../secret.txt', '/html/../../secret.txt', '/html/%2e%2e/%2e%2e/secret.txt', '/html/link.txt', '/html/nothing.html', '/%00', '/html/%E0%A4%A']) expect(fileFor(root, bad), bad).toBeUndefined()
  })

  test('a folder without a site is a located error', () => {
    const r = lectio(['serve', join(edition, 'tei-nowhere')])
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/tei-nowhere:1:1: error: \[site-missing\] no HTML edition here .* build it first with lectio build/)
    expect(lectio(['serve', dist, '--port', 'x']).status).toBe(2)
  })

  test('answers over http until stopped: the site, redirects, 404 and 405', async () => {
    const child = spawn(process.execPath, [join(process.cwd(), 'bin/lectio.js'), 'serve', edition, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] })
    children.push(child)
    const base = await new Promise<string>((resolve, reject) => {
      let out = ''
      child.stdout!.on('data', (b: Buffer) => { out += b; const m = /at (http:\/\/\S+)\/html\/ /.exec(out); if (m) resolve(m[1]) })
      child.on('exit', (code) => reject(new Error(`exited with ${code}`)))
    })
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const root = await fetch(`${base}/`, { redirect: 'manual' })
    expect([root.status, root.headers.get('location')]).toEqual([302, '/html/'])
    const css = await fetch(`${base}/html/assets/a.css`)
    expect([css.status, css.headers.get('content-type'), await css.text()]).toEqual([200, 'text/css; charset=utf-8', 'p{}'])
    expect((await fetch(`${base}/html/link.txt`)).status).toBe(404)
    expect((await fetch(`${base}/html/`, { method: 'POST' })).status).toBe(405)
    const stopped = new Promise<number | null>((resolve) => child.on('exit', resolve))
    child.kill('SIGINT')
    expect(await stopped).toBe(0)
  })
})
