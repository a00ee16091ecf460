/** Worker thread entry: runs the build jobs it is sent, one at a time. */
import { parentPort } from 'node:worker_threads'
import { runJob, type BuildJob } from './jobs.js'
import { LectioError } from '../core/errors.js'

parentPort!.on('message', async (msg: { seq: number; job: BuildJob }) => {
  try {
    const result = await runJob(msg.job)
    parentPort!.postMessage({ seq: msg.seq, result })
  } catch (e) {
    // a located problem (a stale stylesheet, say) stays one: its diagnostics cross over as they are
    const diagnostics = e instanceof LectioError ? e.diagnostics : undefined
    parentPort!.postMessage({ seq: msg.seq, error: { message: (e as Error)?.message ?? String(e), stack: (e as Error)?.stack, diagnostics } })
  }
})
