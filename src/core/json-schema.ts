/** JSON Schema validation (ajv) of Lectio's own files, with located diagnostics. */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { schemaDir } from './package-paths.js'
import { locatePointer, type LocatedJson } from './json-location.js'
import type { Diagnostic, Stage } from './diagnostic.js'

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv
const compiled = new Map<string, ValidateFunction>()

function validatorFor(schemaFile: string): ValidateFunction {
  let v = compiled.get(schemaFile)
  if (!v) {
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true })
    addFormats(ajv)
    v = ajv.compile(JSON.parse(readFileSync(join(schemaDir, schemaFile), 'utf8')))
    compiled.set(schemaFile, v)
  }
  return v
}

/** Validates `json` against `schema/<schemaFile>`; one located diagnostic per problem. */
export function checkJsonSchema(json: LocatedJson, schemaFile: string, code: string, stage: Stage = 'config'): Diagnostic[] {
  const validate = validatorFor(schemaFile)
  if (validate(json.value)) return []
  const seen = new Set<string>()
  const out: Diagnostic[] = []
  for (const err of validate.errors ?? []) {
    const msg = describe(err)
    const pointer = err.keyword === 'additionalProperties'
      ? `${err.instancePath}/${(err.params as { additionalProperty: string }).additionalProperty}`
      : err.instancePath
    const key = `${pointer} ${msg}`
    if (seen.has(key)) continue
    seen.add(key)
    const p = locatePointer(json, pointer)
    out.push({
      code, severity: 'error', stage, file: json.source.path, line: p.line, column: p.column,
      message: `${pointer || '(top level)'}: ${msg}`,
    })
  }
  return out
}

function describe(err: ErrorObject): string {
  switch (err.keyword) {
    case 'additionalProperties':
      return `unknown property "${(err.params as { additionalProperty: string }).additionalProperty}"`
    case 'required':
      return `missing required property "${(err.params as { missingProperty: string }).missingProperty}"`
    case 'enum':
      return `must be one of ${(err.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`
    case 'pattern':
      return `does not have the expected form (${(err.params as { pattern: string }).pattern})`
    default:
      return err.message ?? err.keyword
  }
}
