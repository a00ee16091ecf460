/**
 * The datatypes a schema names: RelaxNG's built-in string and token, and the XML Schema types
 * with the facets tei_all and schemas like it use (pattern, the four bounds, the three
 * lengths). A type or facet not implemented here is refused when the schema is compiled, never
 * silently accepted: Lectio must not pass a value jing would refuse.
 */
import type { Datatype } from '../datatype.js'
import { isJavaUri } from './java-uri.js'
import { isNcName, isXmlName } from './xml-names.js'
import { dateTimeChecker, isDateTimeType, isDuration } from './xsd-datetime.js'
import { canonicalDecimal, compareDecimals, decimalValue, doubleValue, isDecimal, isDouble, isInteger } from './xsd-numbers.js'
import { compileXsdRegex } from './xsd-regex.js'

export const XSD_LIBRARY = 'http://www.w3.org/2001/XMLSchema-datatypes'

type WhiteSpace = 'preserve' | 'replace' | 'collapse'

/** A primitive or derived XML Schema type before facets. */
interface BaseType {
  whiteSpace: WhiteSpace
  lexical(s: string): boolean
  /** Compare two values (for bounds); only ordered types have it. */
  compare?(a: string, b: string): number
  /** Value identity for <value>; types without it cannot be used in value patterns. */
  key?(s: string): string
  isId?: boolean
}

const any = () => true
const same = (s: string) => s
const decimalOrder = (a: string, b: string) => compareDecimals(decimalValue(a), decimalValue(b))
const LANGUAGE = /^[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*$/

function integerType(min?: string, max?: string): BaseType {
  const inRange = (s: string) => (min === undefined || decimalOrder(s, min) >= 0) && (max === undefined || decimalOrder(s, max) <= 0)
  return { whiteSpace: 'collapse', lexical: (s) => isInteger(s) && inRange(s), compare: decimalOrder, key: canonicalDecimal }
}

function doubleType(float: boolean): BaseType {
  const order = (a: string, b: string) => {
    const x = doubleValue(a, float)
    const y = doubleValue(b, float)
    return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN
  }
  return { whiteSpace: 'collapse', lexical: isDouble, compare: order, key: (s) => String(doubleValue(s, float)) }
}

const LONG = ['-9223372036854775808', '9223372036854775807']
const XSD_TYPES: Record<string, () => BaseType> = {
  string: () => ({ whiteSpace: 'preserve', lexical: any, key: same }),
  normalizedString: () => ({ whiteSpace: 'replace', lexical: any, key: same }),
  token: () => ({ whiteSpace: 'collapse', lexical: any, key: same }),
  boolean: () => ({ whiteSpace: 'collapse', lexical: (s) => /^(?:true|false|1|0)$/.test(s), key: (s) => String(s === 'true' || s === '1') }),
  decimal: () => ({ whiteSpace: 'collapse', lexical: isDecimal, compare: decimalOrder, key: canonicalDecimal }),
  integer: () => integerType(),
  nonNegativeInteger: () => integerType('0'),
  positiveInteger: () => integerType('1'),
  nonPositiveInteger: () => integerType(undefined, '0'),
  negativeInteger: () => integerType(undefined, '-1'),
  long: () => integerType(LONG[0], LONG[1]),
  int: () => integerType('-2147483648', '2147483647'),
  short: () => integerType('-32768', '32767'),
  byte: () => integerType('-128', '127'),
  unsignedLong: () => integerType('0', '18446744073709551615'),
  unsignedInt: () => integerType('0', '4294967295'),
  unsignedShort: () => integerType('0', '65535'),
  unsignedByte: () => integerType('0', '255'),
  double: () => doubleType(false),
  float: () => doubleType(true),
  Name: () => ({ whiteSpace: 'collapse', lexical: isXmlName, key: same }),
  NCName: () => ({ whiteSpace: 'collapse', lexical: isNcName, key: same }),
  ID: () => ({ whiteSpace: 'collapse', lexical: isNcName, key: same, isId: true }),
  NMTOKEN: () => ({ whiteSpace: 'collapse', lexical: (s) => s !== '' && [...s].every((c) => isXmlName(`a${c}`)), key: same }),
  anyURI: () => ({ whiteSpace: 'collapse', lexical: isJavaUri, key: same }),
  language: () => ({ whiteSpace: 'collapse', lexical: (s) => LANGUAGE.test(s), key: same }),
  duration: () => ({ whiteSpace: 'collapse', lexical: isDuration }),
}

/** Builds the datatype a schema's `<data>` or `<value>` names; throws for what is not implemented. */
export function createDatatype(library: string, type: string, params: [string, string][]): Datatype {
  const base = baseType(library, type)
  const name = library === XSD_LIBRARY ? `xsd:${type}` : type
  const checks = params.map(([param, value]) => facet(base, name, param, value))
  const normalize = whiteSpaceOf(base.whiteSpace)
  const key = base.key
  const allows = (value: string) => {
    const s = normalize(value)
    return base.lexical(s) && checks.every((check) => check(s))
  }
  return {
    name,
    allows,
    isId: base.isId === true,
    valueKey: (value) => {
      if (!key) throw new Error(`<value> patterns of type ${name} are not supported`)
      return allows(value) ? key(normalize(value)) : undefined
    },
  }
}

function baseType(library: string, type: string): BaseType {
  if (library === '') {
    if (type === 'string') return XSD_TYPES.string()
    if (type === 'token') return XSD_TYPES.token()
    throw new Error(`unknown built-in RelaxNG datatype "${type}"`)
  }
  if (library !== XSD_LIBRARY) throw new Error(`unsupported datatype library "${library}"`)
  if (isDateTimeType(type)) return { whiteSpace: 'collapse', lexical: dateTimeChecker(type) }
  const make = XSD_TYPES[type]
  if (!make) throw new Error(`the XML Schema type ${type} is not supported by Lectio's validator`)
  return make()
}

/** One facet as a check of the whitespace-normalized value. */
function facet(base: BaseType, name: string, param: string, value: string): (s: string) => boolean {
  if (param === 'pattern') {
    const regex = compileXsdRegex(value)
    return (s) => regex.test(s)
  }
  const bound = { minInclusive: (c: number) => c >= 0, maxInclusive: (c: number) => c <= 0, minExclusive: (c: number) => c > 0, maxExclusive: (c: number) => c < 0 }[param]
  if (bound) {
    const compare = base.compare
    const limit = whiteSpaceOf(base.whiteSpace)(value)
    if (!compare || !base.lexical(limit)) throw new Error(`${param}="${value}" cannot restrict ${name}`)
    return (s) => bound(compare(s, limit))
  }
  const length = { length: (n: number, l: number) => n === l, minLength: (n: number, l: number) => n >= l, maxLength: (n: number, l: number) => n <= l }[param]
  if (length && /^[0-9]+$/.test(value) && base.key) return (s) => length([...s].length, Number(value))
  throw new Error(`the facet ${param} of ${name} is not supported by Lectio's validator`)
}

function whiteSpaceOf(mode: WhiteSpace): (s: string) => string {
  if (mode === 'preserve') return same
  if (mode === 'replace') return (s) => s.replace(/[\t\n\r]/g, ' ')
  return (s) => (/[\t\n\r]|^ | $| {2}/.test(s) ? s.replace(/[ \t\n\r]+/g, ' ').replace(/^ | $/g, '') : s)
}
