/** Worker thread entry: processes the documents it is sent, one at a time. */
import { parentPort } from 'node:worker_threads'
import { processDocument, type DocumentJob } from './process-document.js'

parentPort!.on('message', async (msg: { seq: number; job: DocumentJob }) => {
  try {
    process.chdir?.(msg.job.cwd)
  } catch { /* chdir is not allowed in workers; paths are absolute anyway */ }
  try {
    const outcome = await processDocument(msg.job)
    parentPort!.postMessage({ seq: msg.seq, outcome })
  } catch (e) {
    parentPort!.postMessage({ seq: msg.seq, error: { message: (e as Error)?.message ?? String(e), stack: (e as Error)?.stack } })
  }
})
