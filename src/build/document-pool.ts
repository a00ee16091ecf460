/**
 * Runs build jobs (documents, then their pages) in parallel across the machine's cores with
 * worker threads. Each worker loads the edition, the TEI schema and the stylesheets once and then
 * takes jobs as they come; results are returned in job order, so the build stays deterministic.
 * Small job lists run in-process (a worker's start-up, mostly loading the schema, costs more than
 * it saves).
 */
import { Worker } from 'node:worker_threads'
import { availableParallelism } from 'node:os'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { jobName, runJob, type BuildJob } from './jobs.js'
import { LectioError } from '../core/errors.js'
import type { Diagnostic } from '../core/diagnostic.js'

const workerFile = new URL('./document-worker.js', import.meta.url)

export async function runBuildJobs<R>(
  jobs: BuildJob[],
  options: {
    jobs?: number
    /**
     * The old-generation heap of each worker, in MB. A worker keeps about 70 MB alive between
     * documents; left to itself V8 lets garbage pile up to several hundred MB per worker, so
     * without a cap memory grows with the corpus. Callers size it by the largest input.
     */
    heapMb?: number
    onDone?: (result: R, done: number) => void
    /** Run even a single job in a worker (for its capped heap, not for parallelism). */
    isolate?: boolean
  } = {},
): Promise<R[]> {
  const threads = options.isolate ? Math.min(jobs.length, options.jobs ?? availableParallelism()) : Math.min(options.jobs ?? availableParallelism(), Math.ceil(jobs.length / 8))
  const results: R[] = new Array(jobs.length)
  let done = 0
  // Under the TypeScript sources (tests) there is no compiled worker file: run in-process.
  if (threads < 1 || options.jobs === 1 || (threads === 1 && !options.isolate) || !existsSync(fileURLToPath(workerFile))) {
    for (const [i, job] of jobs.entries()) {
      results[i] = (await runJob(job)) as R
      options.onDone?.(results[i], ++done)
    }
    return results
  }
  let next = 0
  const workers = Array.from({ length: threads }, () => new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: options.heapMb ?? 256 } }))
  try {
    await Promise.all(workers.map((w) => new Promise<void>((resolve, reject) => {
      const feed = () => {
        if (next >= jobs.length) return resolve()
        const seq = next++
        w.postMessage({ seq, job: jobs[seq] })
      }
      w.on('message', (msg: { seq: number; result?: R; error?: { message: string; stack?: string; diagnostics?: Diagnostic[] } }) => {
        if (msg.error?.diagnostics) return reject(new LectioError(msg.error.diagnostics))
        if (msg.error) {
          const err = new Error(`while processing ${jobName(jobs[msg.seq])}: ${msg.error.message}`)
          err.stack = msg.error.stack
          return reject(err)
        }
        results[msg.seq] = msg.result!
        options.onDone?.(msg.result!, ++done)
        feed()
      })
      w.on('error', (e: Error & { code?: string }) => reject(e.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new Error(`a worker ran out of memory (heap limit ${options.heapMb ?? 256} MB); build with --jobs 1 to process the documents in the main thread`)
        : e))
      feed()
    })))
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
  return results
}
