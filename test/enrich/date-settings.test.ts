/** The edition's date settings reach the tagger: edition.json "dates", a source's "dates" and "date". */
import { describe, expect, it } from 'vitest'
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadEdition } from '../../src/core/edition.js'
import { LectioError } from '../../src/core/errors.js'
import { formatDiagnostic } from '../../src/core/diagnostic.js'
import { serializeTei } from '../../src/core/xml/serialize.js'
import { processTextFile } from '../../src/build/text-document.js'
import { dateSettings } from '../../src/enrich/dates/date-settings.js'

function edition(config: Record<string, unknown>, source: Record<string, unknown>, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lectio-dates-'))
  mkdirSync(join(dir, 'sources'))
  writeFileSync(join(dir, 'sources', 'a.txt'), text)
  const base = {
    id: 'dated', title: 'Dated', version: '0.1.0', language: 'en', publisher: 'Tests', date: '2026-01-01',
    licence: { name: 'CC0' }, editors: [{ name: 'E' }], sources: [{ file: 'sources/a.txt', title: 'A', ...source }],
  }
  writeFileSync(join(dir, 'edition.json'), JSON.stringify({ ...base, ...config }, null, 2))
  return dir
}

function convert(dir: string): string {
  const { edition: ed } = loadEdition(dir)
  const s = ed.config.sources[0]
  const r = processTextFile(ed.sourcePath(s), 'a.txt', { id: s.id, source: s, edition: ed.config, registers: ed.registers })
  return serializeTei(r.doc.tree)
}

const text = 'A note on the rents\n\nWe came yesterday. The rent of 12 February 1611 was paid on 20 March.\n'

describe('date settings from edition.json', () => {
  it('the source’s date is what relative dates count from', () => {
    const xml = convert(edition({}, { kind: 'essay', date: '1612-04-02' }, text))
    expect(xml).toContain('<date when="1612-04-01" cert="medium">yesterday</date>')
    expect(xml).toContain('<date when="1611-02-12">12 February 1611</date>')
    expect(xml).not.toContain('calendarDesc')
  })

  it('Old Style from the edition, or from the source overriding it', () => {
    const os = convert(edition({ dates: { yearStart: '03-25' } }, { kind: 'essay', date: '1612-04-02' }, text))
    expect(os).toContain('<date when="1612-02-12" when-custom="1611-02-12" datingMethod="#calendar-old-style">12 February 1611</date>')
    expect(os).toContain('<calendar xml:id="calendar-old-style">')
    const off = convert(edition({ dates: { yearStart: '03-25' } }, { kind: 'essay', date: '1612-04-02', dates: { yearStart: '01-01' } }, text))
    expect(off).toContain('<date when="1611-02-12">12 February 1611</date>')
  })

  it('a malformed setting is a located error naming it', () => {
    const dir = edition({ dates: { yearStart: '25-03' } }, {}, text)
    let messages: string[] = []
    try { loadEdition(dir) } catch (e) { messages = (e as LectioError).diagnostics.map(formatDiagnostic) }
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(/edition\.json:\d+:\d+: error: \[edition-invalid\] \/dates\/yearStart: does not have the expected form/)
  })

  it('defaults: bare years in notes tagged, no Old Style', () => {
    expect(dateSettings(undefined)).toEqual({ bareYearsInNotes: true, oldStyle: undefined })
    expect(dateSettings({ yearStart: '--03-25', bareYearsInNotes: false })).toEqual({ bareYearsInNotes: false, oldStyle: { month: 3, day: 25, calendar: 'calendar-old-style' } })
  })
})
