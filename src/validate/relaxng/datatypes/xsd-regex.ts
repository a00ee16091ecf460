/**
 * XML Schema 1.0 regular expressions (the `pattern` facet) translated to JavaScript, with the
 * meaning jing gives them on Java 17. The syntax is read as jing's Translator reads it (the
 * whole value must match; `^` and `$` are ordinary characters; `-` must be escaped in a class
 * unless it makes a range or a subtraction); each character class is built as jing builds it,
 * written as the Java text jing writes, and that text read as Java reads it (jing-classes.ts,
 * java-class-set.ts), so `.`, `\s`, `\d`, the categories and jing's quirks all match exactly.
 * The JavaScript expression only ever sees explicit code point ranges.
 */
import { single as singleRange, toRegexClass } from './char-sets.js'
import {
  category, charRange, complement, DOT, ESC_d, ESC_s, ESC_W, javaText, singleChar, subCategory, subtraction, union, type CharClass,
} from './jing-classes.js'
import { javaAtomSet } from './java-class-set.js'

export class RegexSyntaxError extends Error {}

const CATEGORIES = 'LMNPZSC'
const SUB_CATEGORIES = 'Lu Ll Lt Lm Lo Mn Mc Me Nd Nl No Pc Pd Ps Pe Pi Pf Po Zs Zl Zp Sm Sc Sk So Cc Cf Co Cn'.split(' ')
const SINGLE_ESCAPES = '\\|.-^?*+(){}[]'

/** The compiled pattern: `test` is true when the whole string matches. */
export function compileXsdRegex(pattern: string): RegExp {
  const source = new Translator(pattern).translate()
  return new RegExp(`^(?:${source})$`, 'u')
}

/** The code points a character class matches, for JavaScript: read as Java reads jing's text of it. */
function toJs(cc: CharClass): string {
  return toRegexClass(javaAtomSet(javaText(cc)))
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
      case '\\': return toJs(this.escape())
      case '[': return toJs(this.classExpression())
      case '.': return toJs(DOT)
      default: return toRegexClass(singleRange(c.codePointAt(0)!))
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

  /** After a backslash. */
  private escape(): CharClass {
    const c = this.peek()
    if (c === undefined) this.fail('a backslash ends the pattern')
    this.pos++
    switch (c) {
      case 'n': return singleChar(0x0a)
      case 'r': return singleChar(0x0d)
      case 't': return singleChar(0x09)
      case 's': return ESC_s
      case 'S': return complement(ESC_s)
      case 'd': return ESC_d
      case 'D': return complement(ESC_d)
      case 'w': return complement(ESC_W)
      case 'W': return ESC_W
      case 'p': return this.property()
      case 'P': return complement(this.property())
      // jing's \i and \c use tables of its own; no schema Lectio validates needs them
      case 'i': case 'I': case 'c': case 'C': this.fail(`unsupported escape "\\${c}"`)
    }
    if (SINGLE_ESCAPES.includes(c)) return singleChar(c.codePointAt(0)!)
    this.fail(`unknown escape "\\${c}"`)
  }

  private property(): CharClass {
    if (this.peek() !== '{') this.fail('expected "{"')
    const end = this.chars.indexOf('}', this.pos)
    if (end < 0) this.fail('expected "}"')
    const name = this.chars.slice(this.pos + 1, end).join('')
    this.pos = end + 1
    if (name.length === 1 && CATEGORIES.includes(name)) return category(name)
    if (SUB_CATEGORIES.includes(name)) return subCategory(name)
    // block names (\p{IsBasicLatin}) are not used by the schemas Lectio validates
    this.fail(`unsupported property "\\p{${name}}"`)
  }

  /** After `[`: a group, complemented with `^`, maybe with `-[subtracted]`, up to `]`. */
  private classExpression(): CharClass {
    const negated = this.peek() === '^'
    if (negated) this.pos++
    const members: CharClass[] = []
    let subtracted = false
    do {
      const lower = this.classAtom()
      if (this.peek() !== '-') {
        members.push(lower)
        continue
      }
      this.pos++
      if (this.peek() === '[') {
        members.push(lower)
        subtracted = true
        break
      }
      members.push(this.range(lower))
      if (this.peek() === '-') {
        this.pos++
        if (this.peek() !== '[') this.fail('expected "[" after "-"')
        subtracted = true
        break
      }
    } while (this.peek() !== ']')
    let cc = members.length === 1 ? members[0] : union(...members)
    if (negated) cc = complement(cc)
    if (subtracted) {
      this.pos++
      cc = subtraction(cc, this.classExpression())
      if (this.peek() !== ']') this.fail('expected "]"')
    }
    this.pos++
    return cc
  }

  private range(lower: CharClass): CharClass {
    const upper = this.classAtom()
    if (lower.kind !== 'single' || upper.kind !== 'single') this.fail('a range needs single characters at both ends')
    if (lower.c > upper.c) this.fail('a range whose end comes before its start')
    return charRange(lower.c, upper.c)
  }

  private classAtom(): CharClass {
    const c = this.peek()
    if (c === undefined) this.fail('expected "]"')
    if (c === '[' || c === ']' || c === '-') this.fail(`"${c}" must be escaped in a character class`)
    this.pos++
    if (c === '\\') return this.escape()
    return singleChar(c.codePointAt(0)!)
  }
}
