/**
 * The blocks of the body: what the title block, the page furniture and the note bodies left
 * (and a note's marker standing alone above the title).
 * Separator lines go (recorded as removed); a journal entry's date on the first line of its text
 * becomes a block of its own, the entry's head.
 */
import type { ImportPass } from '../draft.js'
import { isMarkersOnlyBlock, isSeparator } from '../clean/footnotes.js'
import { opensWithEntryDate } from './journal-entries.js'

export const body: ImportPass = {
  name: 'structure/body',
  run(draft) {
    draft.blocks.forEach((b, i) => {
      // a note's marker alone among the title lines anchors its note where the text begins
      if ((i < draft.titleEnd && !isMarkersOnlyBlock(b)) || draft.furniture.removed.has(i) || draft.noteBlocks.has(i)) return
      if (isSeparator(b)) {
        draft.removed.push({ offset: b.lines[0].start, text: b.lines[0].text, reason: 'separator line' })
        return
      }
      if (draft.journalLike && opensWithEntryDate(b)) {
        draft.body.push({ block: { ...b, lines: b.lines.slice(0, 1) }, index: i }, { block: { ...b, lines: b.lines.slice(1) }, index: i })
        return
      }
      draft.body.push({ block: b, index: i })
    })
  },
}
