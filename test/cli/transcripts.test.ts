import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { readTranscript } from '../helpers/transcript.js'

const dir = 'test/cli'
for (const file of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
  describe(`transcript ${file}`, () => {
    for (const c of readTranscript(join(dir, file))) {
      it(`line ${c.line}: lectio ${c.args.join(' ')}`, () => {
        const r = spawnSync(process.execPath, ['bin/lectio.js', ...c.args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
        const stderr = r.stderr.replace(/\n$/, '').split('\n')
        if (c.stderr) expect(stderr).toEqual(c.stderr)
        for (const p of c.stderrPatterns) expect(stderr.some((l) => p.test(l)), `stderr matching ${p}:\n${r.stderr}`).toBe(true)
        for (const p of c.stdoutPatterns) expect(r.stdout.split('\n').some((l) => p.test(l)), `stdout matching ${p}:\n${r.stdout}`).toBe(true)
        if (c.stdout) expect(r.stdout.replace(/\n$/, '').split('\n')).toEqual(c.stdout)
        expect(r.status, r.stderr).toBe(c.exit)
      })
    }
  })
}
