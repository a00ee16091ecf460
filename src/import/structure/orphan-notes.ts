/** Notes whose marker was never found in the text are kept, at the end of the text, with a warning. */
import { el } from '../../core/tei.js'
import { report, type ImportPass } from '../draft.js'

export const orphanNotes: ImportPass = {
  name: 'structure/orphan-notes',
  run(draft) {
    for (const n of draft.notes) {
      const content = draft.noteContent.get(n)!
      if (content.used) continue
      report(draft, 'note-body-orphan', 'warning', `note "${n.mark}" has no marker in the text; kept at the end of the text`, n.lines[0].start)
      draft.orphans.push(el('note', { place: 'foot', n: n.mark }, content.content))
    }
  },
}
