/**
 * A note continued on the next page sits between the two halves of a paragraph cut by that page
 * change: it goes before the first half, so the halves meet (it still follows its note's anchor).
 */
import type { ImportPass } from '../draft.js'

export const continuedNotes: ImportPass = {
  name: 'clean/continued-notes',
  run({ units }) {
    for (let k = 1; k < units.length - 1; k++) {
      if (units[k].kind === 'note-continued' && units[k - 1].kind === 'para') [units[k - 1], units[k]] = [units[k], units[k - 1]]
    }
  },
}
