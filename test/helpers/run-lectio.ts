import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'

export interface RunResult { status: number | null; stdout: string; stderr: string }

/** Runs the built CLI (bin/lectio.js) from the repository root. */
export function lectio(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): RunResult {
  const r = spawnSync(process.execPath, [join(process.cwd(), 'bin/lectio.js'), ...args], {
    encoding: 'utf8', cwd: options.cwd, input: options.input, env: { ...process.env, NO_COLOR: '1', ...options.env },
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** Starts the CLI without waiting, for tests that kill it. */
export function startLectio(args: string[]) {
  return spawn(process.execPath, [join(process.cwd(), 'bin/lectio.js'), ...args], { stdio: 'ignore' })
}

export function tempDir(prefix = 'lectio-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

/** A copy of a fixture edition in a temporary directory (tests may change it). */
export function copyEdition(fixture: string): string {
  const dir = join(tempDir(), 'edition')
  cpSync(fixture, dir, { recursive: true })
  return dir
}

/** relative path → sha256 of every file below `dir` (hidden files and folders excluded unless asked). */
export function hashTree(dir: string, options: { hidden?: boolean } = {}): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (!options.hidden && e.name.startsWith('.')) continue
      const p = join(d, e.name)
      if (e.isDirectory()) walk(p)
      else if (statSync(p).isFile()) out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex')
    }
  }
  walk(dir)
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)))
}
