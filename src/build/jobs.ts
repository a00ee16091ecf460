/** The jobs a build hands to its worker threads (document-pool.ts), and how each is run. */
import { processDocument, renderPage, type DocumentJob, type DocumentSummary, type PageJob, type PageOutcome } from './process-document.js'
import { depositJob, renderSiteJob, type DepositJob, type DepositOutcome, type SiteJob, type SiteOutcome } from './edition-jobs.js'

export type BuildJob = DocumentJob | PageJob | SiteJob | DepositJob
export type JobOutcome = DocumentSummary | PageOutcome | SiteOutcome | DepositOutcome

export function runJob(job: BuildJob): Promise<JobOutcome> {
  switch (job.kind) {
    case 'document': return processDocument(job)
    case 'page': return Promise.resolve(renderPage(job))
    case 'site': return Promise.resolve(renderSiteJob(job))
    case 'deposit': return Promise.resolve(depositJob(job))
  }
}

/** What a job is about, for messages. */
export function jobName(job: BuildJob): string {
  switch (job.kind) {
    case 'document': return job.sourceId
    case 'page': return `the page of ${job.id}`
    case 'site': return 'the edition pages'
    case 'deposit': return 'the deposit package'
  }
}
