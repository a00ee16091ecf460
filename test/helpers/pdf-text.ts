/** The text of each page of a PDF, as `pdftotext -layout` gives it (it separates pages with a form feed). */
import { execFileSync } from 'node:child_process'

export const pdfPages = (file: string): string[] => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1)
