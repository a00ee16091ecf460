/**
 * Is the text a journal? Declared so, or (when its kind is not declared) two or more lone date
 * lines open its entries, with no salutation near the start (a letter's dateline is a date too).
 */
import type { ImportPass } from '../draft.js'
import { countEntryDates } from './journal-entries.js'
import { isSalutation, isSalutationByWords } from './letter-parts.js'

export const journalEvidence: ImportPass = {
  name: 'structure/journal-evidence',
  run(draft) {
    const { blocks } = draft
    draft.journalLike = draft.options.kind === 'journal' || (draft.autoKind && countEntryDates(blocks) >= 2 &&
      !blocks.slice(0, 6).some((b) => isSalutation(b.lines[0].text) || b.lines.some((l) => isSalutationByWords(l.text))))
  },
}
