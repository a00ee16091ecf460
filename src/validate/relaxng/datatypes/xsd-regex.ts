/**
 * XML Schema 1.0 regular expressions (the `pattern` facet) translated to JavaScript, with the
 * meaning jing gives them: the whole value must match; `^` and `$` are ordinary characters;
 * `.` is anything but CR and LF; `\s` is only space, tab, CR and LF; `\d` is every decimal digit
 * (\p{Nd}), not only 0–9; categories are Java's (char-sets.ts), with jing's own short lists for
 * Pi and Pf. Character classes are worked out here as code point ranges, so the JavaScript
 * regular expression only ever sees explicit ranges.
 */
import {
  categoryRanges, complement, fromString, single, subtract, toRegexClass, union, type Ranges,
} from './char-sets.js'
import { NAME_CHARS, NAME_START_CHARS } from './xml-names.js'

export class RegexSyntaxError extends Error {}

const CATEGORIES = new Set('L M N P Z S C Lu Ll Lt Lm Lo Mn Mc Me Nd Nl No Pc Pd Ps Pe Pi Pf Po Zs Zl Zp Sm Sc Sk So Cc Cf Co Cn'.split(' '))
// jing's own lists: the Java it was written for knew no Pi and Pf
const JING_PI = '\u00AB\u2018\u201B\u201C\u201F\u2039'
const JING_PF = '\u00BB\u2019\u201D\u203A'
const SPACE = fromString(' \t\n\r')

/** The compiled pattern: `test` is true when the whole string matches. */
export function compileXsdRegex(pattern: string): RegExp {
  const source = new Translator(pattern).translate()
  return new RegExp(`^(?:${source})$`, 'u')
}

class Translator {
  private pos = 0
  private readonly chars: string[]

  constructor(pattern: string) {
    this.chars = [...pattern]
  }

  translate(): string {
    const out = this.regExp()
    if (this.pos < this.chars.length) this.fail(`unexpected "${this.chars[this.pos]}"`)
    return out
  }

  private peek(): string | undefined {
    return this.chars[this.pos]
  }

  private fail(message: string): never {
    throw new RegexSyntaxError(`${message} at position ${this.pos + 1}`)
  }

  private regExp(): string {
    const branches = [this.branch()]
    while (this.peek() === '|') {
      this.pos++
      branches.push(this.branch())
    }
    return branches.join('|')
  }

  private branch(): string {
    let out = ''
    for (let atom = this.atom(); atom !== undefined; atom = this.atom()) out += atom + this.quantifier()
    return out
  }

  private atom(): string | undefined {
    const c = this.peek()
    if (c === undefined || '?*+){}|]'.includes(c)) return undefined
    this.pos++
    switch (c) {
      case '(': {
        const inner = this.regExp()
        if (this.peek() !== ')') this.fail('expected ")"')
        this.pos++
        return `(?:${inner})`
      }
      case '\\': return toRegexClass(this.escape().set)
      case '[': return toRegexClass(this.classExpression())
      case '.': return toRegexClass(complement(fromString('\n\r')))
      default: return toRegexClass(single(c.codePointAt(0)!))
    }
  }

  private quantifier(): string {
    const c = this.peek()
    if (c === '?' || c === '*' || c === '+') {
      this.pos++
      return c
    }
    if (c !== '{') return ''
    this.pos++
    const lower = this.digits()
    let upper: string | undefined = lower
    if (this.peek() === ',') {
      this.pos++
      upper = this.peek() === '}' ? undefined : this.digits()
    }
    if (this.peek() !== '}') this.fail('expected "}"')
    this.pos++
    if (upper !== undefined && BigInt(upper) < BigInt(lower)) this.fail('quantity range with the upper bound below the lower')
    return `{${lower},${upper ?? ''}}`
  }

  private digits(): string {
    let out = ''
    for (let c = this.peek(); c !== undefined && c >= '0' && c <= '9'; c = this.peek()) out += this.chars[this.pos++]
    if (out === '') this.fail('expected a digit')
    return out
  }

  /** After a backslash; `single` is the code point of an escaped single character. */
  private escape(): { set: Ranges; single?: number } {
    const c = this.peek()
    if (c === undefined) this.fail('a backslash ends the pattern')
    this.pos++
    const one = c === 'n' ? 0x0a : c === 'r' ? 0x0d : c === 't' ? 0x09 : '\\|.-^?*+(){}[]'.includes(c) ? c.codePointAt(0)! : undefined
    if (one !== undefined) return { set: single(one), single: one }
    return { set: this.multiCharEscape(c) }
  }

  private multiCharEscape(c: string): Ranges {
    switch (c) {
      case 's': return SPACE
      case 'S': return complement(SPACE)
      case 'i': return NAME_START_CHARS
      case 'I': return complement(NAME_START_CHARS)
      case 'c': return NAME_CHARS
      case 'C': return complement(NAME_CHARS)
      case 'd': return categoryRanges('Nd')
      case 'D': return complement(categoryRanges('Nd'))
      case 'w': return complement(union(category('P'), category('Z'), category('C')))
      case 'W': return union(category('P'), category('Z'), category('C'))
      case 'p': return this.property()
      case 'P': return complement(this.property())
    }
    this.fail(`unknown escape "\\${c}"`)
  }

  private property(): Ranges {
    if (this.peek() !== '{') this.fail('expected "{"')
    const end = this.chars.indexOf('}', this.pos)
    if (end < 0) this.fail('expected "}"')
    const name = this.chars.slice(this.pos + 1, end).join('')
    this.pos = end + 1
    if (CATEGORIES.has(name)) return category(name)
    // block names (\p{IsBasicLatin}) are not used by the schemas Lectio validates
    this.fail(`unsupported property "\\p{${name}}"`)
  }

  /** After `[`: a group, complemented with `^`, maybe with `-[subtracted]`, up to `]`. */
  private classExpression(): Ranges {
    const negated = this.peek() === '^'
    if (negated) this.pos++
    const members: Ranges[] = []
    let subtraction = false
    do {
      const lower = this.classAtom()
      if (this.peek() !== '-') {
        members.push(lower.set)
        continue
      }
      this.pos++
      if (this.peek() === '[') {
        members.push(lower.set)
        subtraction = true
        break
      }
      members.push(this.range(lower))
      if (this.peek() === '-') {
        this.pos++
        if (this.peek() !== '[') this.fail('expected "[" after "-"')
        subtraction = true
        break
      }
    } while (this.peek() !== ']')
    let set = union(...members)
    if (negated) set = complement(set)
    if (subtraction) {
      this.pos++
      set = subtract(set, this.classExpression())
      if (this.peek() !== ']') this.fail('expected "]"')
    }
    this.pos++
    return set
  }

  private range(lower: { set: Ranges; single?: number }): Ranges {
    const upper = this.classAtom()
    if (lower.single === undefined || upper.single === undefined) this.fail('a range needs single characters at both ends')
    if (lower.single > upper.single) this.fail('a range whose end comes before its start')
    return [[lower.single, upper.single]]
  }

  /** One character or escape inside a class; `single` is its code point when it is one character. */
  private classAtom(): { set: Ranges; single?: number } {
    const c = this.peek()
    if (c === undefined) this.fail('expected "]"')
    if (c === '[' || c === ']' || c === '-') this.fail(`"${c}" must be escaped in a character class`)
    this.pos++
    if (c === '\\') return this.escape()
    const cp = c.codePointAt(0)!
    return { set: single(cp), single: cp }
  }
}

/** A category as jing reads it: Java's, but Pi and Pf are jing's short lists (and so part of P). */
function category(name: string): Ranges {
  if (name === 'Pi') return fromString(JING_PI)
  if (name === 'Pf') return fromString(JING_PF)
  if (name === 'P') return union(categoryRanges('P'), fromString(JING_PI + JING_PF))
  return categoryRanges(name)
}
