/**
 * The header's description of the Old Style reckoning that @datingMethod points to:
 * profileDesc/calendarDesc/calendar with the day the year begins.
 */
import type { TeiElement, TeiRoot } from '../../core/tree.js'
import { findFirst } from '../../core/tree.js'
import { el } from '../../core/tei.js'
import type { OldStyle } from './old-style.js'

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

export function addCalendarDesc(tree: TeiRoot, os: OldStyle): void {
  const header = findFirst(tree, 'teiHeader')
  if (!header) return
  let profileDesc = findFirst(header, 'profileDesc')
  if (!profileDesc) {
    profileDesc = el('profileDesc')
    const at = header.children.findIndex((c) => c.type === 'element' && c.name === 'revisionDesc')
    header.children.splice(at < 0 ? header.children.length : at, 0, profileDesc)
  }
  if (hasCalendar(profileDesc, os.calendar)) return
  const start = `${os.day} ${MONTHS[os.month - 1]}`
  const calendar = el('calendar', { 'xml:id': os.calendar }, [
    el('p', {}, [
      `Old Style: the sources begin the year on ${start}. A date before ${start} has the following year in @when;`,
      ' @when-custom gives it as written.',
    ]),
  ])
  profileDesc.children.push(el('calendarDesc', {}, [calendar]))
}

function hasCalendar(profileDesc: TeiElement, id: string): boolean {
  const desc = findFirst(profileDesc, 'calendarDesc')
  return !!desc && desc.children.some((c) => c.type === 'element' && c.attributes['xml:id'] === id)
}
