/**
 * Edits edition.json as an editor would by hand: only the values that change, the file's own
 * layout, indentation and key order kept (jsonc-parser's `modify`).
 */
import { applyEdits, modify, type FormattingOptions, type JSONPath } from 'jsonc-parser'

function formattingOf(text: string): FormattingOptions {
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  '
  return { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n' }
}

/** The text with each path set to its value (undefined removes the property). */
export function editJson(text: string, changes: [JSONPath, unknown][]): string {
  const formattingOptions = formattingOf(text)
  let out = text
  for (const [path, value] of changes) out = applyEdits(out, modify(out, path, value, { formattingOptions }))
  return out
}
