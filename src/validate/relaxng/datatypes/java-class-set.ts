/**
 * Reads a Java regular-expression character class (the text jing writes, jing-classes.ts) as
 * Java 9 and later read it, giving the set of code points it matches: items are joined, `&&`
 * intersects all that stands before it with all that follows, and a `^` right after `[`
 * negates the whole class, intersections included.
 */
import { categoryRanges, complement, intersect, union, type Ranges } from './char-sets.js'

/** The code points one atom of jing's Java text matches (a class, a property, an escaped or plain character). */
export function javaAtomSet(text: string): Ranges {
  const reader = new ClassReader([...text])
  const set = reader.atom()
  if (!reader.done()) throw new Error(`unexpected Java class text "${text}"`)
  return set
}

class ClassReader {
  private pos = 0

  constructor(private readonly chars: string[]) {}

  done(): boolean {
    return this.pos >= this.chars.length
  }

  private peek(offset = 0): string | undefined {
    return this.chars[this.pos + offset]
  }

  atom(): Ranges {
    if (this.peek() === '[') return this.clazz()
    return this.item()
  }

  private clazz(): Ranges {
    this.pos++
    const negated = this.peek() === '^'
    if (negated) this.pos++
    let set: Ranges | undefined
    for (;;) {
      const c = this.peek()
      if (c === undefined) throw new Error('unclosed Java character class')
      if (c === ']' && set !== undefined) {
        this.pos++
        return negated ? complement(set) : set
      }
      if (c === '&' && this.peek(1) === '&') {
        this.pos += 2
        let right: Ranges | undefined
        while (this.peek() !== ']' && this.peek() !== '&' && this.peek() !== undefined) {
          const item = this.peek() === '[' ? this.clazz() : this.item()
          right = right ? union(right, item) : item
        }
        set = set === undefined ? right : intersect(set, right ?? [])
        continue
      }
      const item = c === '[' ? this.clazz() : this.item()
      set = set ? union(set, item) : item
    }
  }

  /** A property, a character or a range of characters. */
  private item(): Ranges {
    if (this.peek() === '\\' && (this.peek(1) === 'p' || this.peek(1) === 'P')) {
      const negated = this.peek(1) === 'P'
      const end = this.chars.indexOf('}', this.pos)
      const set = categoryRanges(this.chars.slice(this.pos + 3, end).join(''))
      this.pos = end + 1
      return negated ? complement(set) : set
    }
    const lo = this.character()
    if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '[' && this.peek(1) !== undefined) {
      this.pos++
      return [[lo, this.character()]]
    }
    return [[lo, lo]]
  }

  private character(): number {
    if (this.peek() === '\\') this.pos++
    const c = this.peek()
    if (c === undefined) throw new Error('a Java class ends in an escape')
    this.pos++
    return c.codePointAt(0)!
  }
}
