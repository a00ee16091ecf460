/** Worker thread entry: runs the build jobs it is sent, one at a time. */
import { parentPort } from 'node:worker_threads'
import { runJob, type BuildJob } from './jobs.js'

parentPort!.on('message', async (msg: { seq: number; job: BuildJob }) => {
  try {
    const result = await runJob(msg.job)
    parentPort!.postMessage({ seq: msg.seq, result })
  } catch (e) {
    parentPort!.postMessage({ seq: msg.seq, error: { message: (e as Error)?.message ?? String(e), stack: (e as Error)?.stack } })
  }
})
