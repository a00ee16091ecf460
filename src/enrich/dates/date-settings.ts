/**
 * The edition's date settings (`edition.json` "dates", a source's "dates" overriding them):
 * whether bare years in editorial notes are tagged (editors do: the default), and the day the
 * year begins in the sources, for Old Style dating.
 */
import type { DatesConfig } from '../../core/edition.js'
import { parseYearStart, type OldStyle } from './old-style.js'

export interface DateSettings {
  bareYearsInNotes: boolean
  oldStyle?: OldStyle
}

/** xml:id of the calendar that Old Style dates point to with @datingMethod. */
export const OLD_STYLE_CALENDAR = 'calendar-old-style'

export function dateSettings(config: DatesConfig | undefined): DateSettings {
  const start = parseYearStart(config?.yearStart)
  const newYear = !start || (start.month === 1 && start.day === 1)
  return {
    bareYearsInNotes: config?.bareYearsInNotes ?? true,
    oldStyle: newYear ? undefined : { ...start, calendar: OLD_STYLE_CALENDAR },
  }
}
