/**
 * Character classes of XML Schema regular expressions the way jing builds them, and the Java
 * regular expression text jing writes for them (its Translator, with Java's direct handling of
 * characters beyond the Basic Multilingual Plane). The text is what Java then reads, and Java 9
 * and later read a negated class with an intersection in it differently from the Java jing was
 * written for: `[^\p{C}\p{Z}]` becomes `[^\p{Z}&&[^\p{C}&&…]]`, which Java 17 takes as "not a
 * separator" (controls, format characters and unassigned code points pass). Lectio reproduces
 * the text and reads it as Java does (java-class-set.ts), so its verdicts are jing's.
 */

export type CharClass =
  | { kind: 'single'; c: number }
  | { kind: 'range'; lo: number; hi: number }
  | { kind: 'property'; name: string }
  | { kind: 'union'; members: CharClass[] }
  | { kind: 'subtraction'; a: CharClass; b: CharClass }
  | { kind: 'complement'; a: CharClass }

const single = (c: number): CharClass => ({ kind: 'single', c })
const singles = (chars: string): CharClass => ({ kind: 'union', members: [...chars].map((ch) => single(ch.codePointAt(0)!)) })
export const union = (...members: CharClass[]): CharClass => ({ kind: 'union', members })
export const complement = (a: CharClass): CharClass => ({ kind: 'complement', a })
export const subtraction = (a: CharClass, b: CharClass): CharClass => ({ kind: 'subtraction', a, b })
export const singleChar = single
export const charRange = (lo: number, hi: number): CharClass => ({ kind: 'range', lo, hi })

// characters Unicode 3.1 added or moved, which jing adds to Java's categories
const ADDED_LU = 0x03f4
const ADDED_LL = 0x03f5
const NO_TO_NL: CharClass = { kind: 'range', lo: 0x16ee, hi: 0x16f0 }
// jing's own lists: the Java it was written for knew no categories Pi and Pf
const PI = '\u00AB\u2018\u201B\u201C\u201F\u2039'
const PF = '\u00BB\u2019\u201D\u203A'

/** `\p{X}` with a one-letter category, as jing builds it. */
export function category(code: string): CharClass {
  const classes: CharClass[] = [{ kind: 'property', name: code }]
  if (code === 'P') classes.push(singles(PI + PF))
  if (code === 'L') classes.push(single(ADDED_LL), single(ADDED_LU))
  if (code === 'C') classes.push(subCategory('Cn'))
  return classes.length === 1 ? classes[0] : union(...classes)
}

/** `\p{Xy}` with a two-letter category, as jing builds it. */
export function subCategory(name: string): CharClass {
  if (name === 'Pi') return singles(PI)
  if (name === 'Pf') return singles(PF)
  const base: CharClass = { kind: 'property', name }
  if (name === 'Cn') return subtraction(base, union(single(ADDED_LU), single(ADDED_LL)))
  if (name === 'Lu') return union(base, single(ADDED_LU))
  if (name === 'Ll') return union(base, single(ADDED_LL))
  if (name === 'Nl') return union(base, NO_TO_NL)
  if (name === 'No') return subtraction(union(base), NO_TO_NL)
  return base
}

export const DOT = complement(union(single(0x0a), single(0x0d)))
export const ESC_s = union(single(0x20), single(0x0a), single(0x0d), single(0x09))
export const ESC_d: CharClass = { kind: 'property', name: 'Nd' }
export const ESC_W = union({ kind: 'property', name: 'P' }, { kind: 'property', name: 'Z' }, { kind: 'property', name: 'C' })

const isSimple = (cc: CharClass) => cc.kind === 'single' || cc.kind === 'range' || cc.kind === 'property'
const JAVA_META = '\\^?*+(){}|[]-&$.'

function char(c: number): string {
  const s = String.fromCodePoint(c)
  return c < 0x10000 && JAVA_META.includes(s) ? `\\${s}` : s
}

function inClass(cc: CharClass): string {
  if (cc.kind === 'single') return char(cc.c)
  if (cc.kind === 'range') return `${char(cc.lo)}-${char(cc.hi)}`
  if (cc.kind === 'property') return `\\p{${cc.name}}`
  throw new Error('not a simple character class')
}

/** The Java text of `cc`, as jing's Translator writes it. */
export function javaText(cc: CharClass): string {
  switch (cc.kind) {
    case 'single': case 'property': return inClass(cc)
    case 'range': return `[${inClass(cc)}]`
    case 'subtraction': return `[${javaText(cc.a)}&&${javaComplement(cc.b)}]`
    case 'union': return `[${cc.members.map((m) => (isSimple(m) ? inClass(m) : javaText(m))).join('')}]`
    case 'complement': return javaComplement(cc.a)
  }
}

function javaComplement(cc: CharClass): string {
  switch (cc.kind) {
    case 'property': return `\\P{${cc.name}}`
    case 'single': case 'range': return `[^${inClass(cc)}]`
    case 'subtraction': return `[${javaComplement(cc.a)}${javaText(cc.b)}]`
    case 'complement': return javaText(cc.a)
    case 'union': {
      const simple = cc.members.filter(isSimple)
      const other = cc.members.filter((m) => !isSimple(m))
      if (!simple.length && !other.length) return '[\u0000-\uFFFF]'
      const head = simple.length ? `[^${simple.map(inClass).join('')}` : '['
      return `${head}${other.map((m, i) => `${i > 0 || simple.length ? '&&' : ''}${javaComplement(m)}`).join('')}]`
    }
  }
}
