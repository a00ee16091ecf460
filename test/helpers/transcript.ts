/**
 * Pandoc-style command transcripts (test/cli/*.md). A case is a block of lines:
 *   % lectio validate some/file.xml        the command (run from the repository root)
 *   1> a line expected on stdout           (when any 1> line is given, stdout must match exactly)
 *   2> a line expected on stderr           (when any 2> line is given, stderr must match exactly)
 *   2~ a regular expression                (some stderr line must match it; 1~ likewise for stdout)
 *   => 1                                   the expected exit code
 * Blocks are separated by blank lines; other lines are prose and ignored.
 */
import { readFileSync } from 'node:fs'

export interface TranscriptCase {
  line: number
  args: string[]
  stdout?: string[]
  stderr?: string[]
  stderrPatterns: RegExp[]
  stdoutPatterns: RegExp[]
  exit: number
}

export function readTranscript(path: string): TranscriptCase[] {
  const cases: TranscriptCase[] = []
  let current: TranscriptCase | undefined
  readFileSync(path, 'utf8').split('\n').forEach((raw, i) => {
    const text = raw.replace(/\r$/, '')
    if (text.startsWith('% lectio')) {
      current = { line: i + 1, args: splitArgs(text.slice('% lectio'.length)), stderrPatterns: [], stdoutPatterns: [], exit: 0 }
      cases.push(current)
    } else if (current && text.startsWith('1> ')) (current.stdout ??= []).push(text.slice(3))
    else if (current && text === '1>') (current.stdout ??= []).push('')
    else if (current && text.startsWith('2> ')) (current.stderr ??= []).push(text.slice(3))
    else if (current && text.startsWith('2~ ')) current.stderrPatterns.push(new RegExp(text.slice(3)))
    else if (current && text.startsWith('1~ ')) current.stdoutPatterns.push(new RegExp(text.slice(3)))
    else if (current && text.startsWith('=> ')) current.exit = Number(text.slice(3))
  })
  return cases
}

function splitArgs(s: string): string[] {
  const out: string[] = []
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g
  let m
  while ((m = re.exec(s))) out.push(m[1] ?? m[2] ?? m[3])
  return out
}
