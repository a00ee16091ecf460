/**
 * Runs document jobs in parallel across the machine's cores with worker threads. Each worker loads
 * the edition and the TEI schema once and then takes documents as they come; results are returned
 * in job order, so the build stays deterministic. Small jobs lists run in-process (a worker's
 * start-up, mostly loading the schema, costs more than it saves).
 */
import { Worker } from 'node:worker_threads'
import { availableParallelism } from 'node:os'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { processDocument, type DocumentJob, type DocumentOutcome } from './process-document.js'

const workerFile = new URL('./document-worker.js', import.meta.url)

export async function runDocumentJobs(
  jobs: DocumentJob[],
  options: { jobs?: number; onDone?: (outcome: DocumentOutcome, done: number) => void } = {},
): Promise<DocumentOutcome[]> {
  const threads = Math.min(options.jobs ?? availableParallelism(), Math.ceil(jobs.length / 8))
  const results: DocumentOutcome[] = new Array(jobs.length)
  let done = 0
  // Under the TypeScript sources (tests) there is no compiled worker file: run in-process.
  if (threads <= 1 || !existsSync(fileURLToPath(workerFile))) {
    for (const [i, job] of jobs.entries()) {
      results[i] = await processDocument(job)
      options.onDone?.(results[i], ++done)
    }
    return results
  }
  let next = 0
  const workers = Array.from({ length: threads }, () => new Worker(workerFile))
  try {
    await Promise.all(workers.map((w) => new Promise<void>((resolve, reject) => {
      const feed = () => {
        if (next >= jobs.length) return resolve()
        const seq = next++
        w.postMessage({ seq, job: jobs[seq] })
      }
      w.on('message', (msg: { seq: number; outcome?: DocumentOutcome; error?: { message: string; stack?: string } }) => {
        if (msg.error) {
          const err = new Error(`while processing ${jobs[msg.seq].sourceId}: ${msg.error.message}`)
          err.stack = msg.error.stack
          return reject(err)
        }
        results[msg.seq] = msg.outcome!
        options.onDone?.(msg.outcome!, ++done)
        feed()
      })
      w.on('error', reject)
      feed()
    })))
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
  return results
}
