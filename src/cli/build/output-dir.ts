/**
 * A build writes into a staging directory and swaps it in when complete, so an interrupted
 * build (even kill -9) leaves the previous outputs intact, and the next build repairs any
 * half-done swap. Layout beside the output directory `dist`: `.dist.staging-<pid>`, `.dist.old`.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

export interface StagedOutput {
  /** Where to write this build's files. */
  dir: string
  /** Moves the staged files into place; previous outputs are replaced as a whole. */
  commit(): void
  /** Drops the staged files; previous outputs stay as they were. */
  abandon(): void
}

export function stageOutput(outDir: string): StagedOutput {
  const parent = dirname(outDir)
  const name = basename(outDir)
  const old = join(parent, `.${name}.old`)
  mkdirSync(parent, { recursive: true })
  recover(outDir)
  const staging = join(parent, `.${name}.staging-${process.pid}`)
  rmSync(staging, { recursive: true, force: true })
  mkdirSync(staging, { recursive: true })
  return {
    dir: staging,
    commit() {
      rmSync(old, { recursive: true, force: true })
      if (existsSync(outDir)) renameSync(outDir, old)
      renameSync(staging, outDir)
      rmSync(old, { recursive: true, force: true })
    },
    abandon() {
      rmSync(staging, { recursive: true, force: true })
    },
  }
}

/** Repairs what an interrupted build left: restores `.dist.old` if the swap stopped half-way, removes stale staging dirs. */
export function recover(outDir: string): void {
  const parent = dirname(outDir)
  const name = basename(outDir)
  const old = join(parent, `.${name}.old`)
  if (!existsSync(outDir) && existsSync(old)) renameSync(old, outDir)
  else if (existsSync(old)) rmSync(old, { recursive: true, force: true })
  if (!existsSync(parent)) return
  for (const entry of readdirSync(parent)) {
    if (entry.startsWith(`.${name}.staging-`)) rmSync(join(parent, entry), { recursive: true, force: true })
  }
}
