/**
 * Reads JSON keeping offsets, so that a problem at `/sources/2/file` can be reported at its line and
 * column (ajv reports JSON pointers; jsonc-parser knows where each value is).
 */
import { parseTree, findNodeAtLocation, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser'
import { createSourceFile, type Point, type SourceFile } from './source-file.js'
import { LectioError } from './errors.js'
import type { Stage } from './diagnostic.js'

export interface LocatedJson<T = unknown> { value: T; source: SourceFile; tree: Node }

export function parseLocatedJson<T = unknown>(text: string, path: string, code: string, stage: Stage = 'config'): LocatedJson<T> {
  const source = createSourceFile(path, text.replace(/^\uFEFF/, ''))
  const errors: ParseError[] = []
  const tree = parseTree(source.text, errors, { allowTrailingComma: false, disallowComments: true })
  if (errors.length || !tree) {
    const e = errors[0]
    const p = source.locate(e?.offset ?? 0)
    throw new LectioError({
      code, severity: 'error', stage, file: path, line: p.line, column: p.column,
      message: `malformed JSON: ${e ? describeParseError(printParseErrorCode(e.error)) : 'empty file'}`,
    })
  }
  return { value: JSON.parse(source.text) as T, source, tree }
}

function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
}

/** Line/column of the value at a JSON pointer (`/sources/2/file`), or of its nearest existing parent. */
export function locatePointer(json: LocatedJson, pointer: string): Point {
  const segments = pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
  const path = segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s))
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(json.tree, path.slice(0, n))
    if (node) {
      // for a property, point at its key rather than its value
      const at = node.parent?.type === 'property' ? node.parent.offset : node.offset
      return json.source.locate(at)
    }
  }
  return json.source.locate(0)
}
