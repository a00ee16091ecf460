/**
 * xsd:anyURI as jing checks it: the value, with the characters Java's URI class cannot take
 * percent-encoded (controls, spaces, `<>"{}|\^` and backquote), must parse as a
 * java.net.URI (RFC 2396 with Java's deviations: an empty authority before a path, IPv6
 * literals, a registry-based authority where a server-based one fails). Only the verdict
 * matters here, so the parse keeps no components.
 */
import { categoryOf } from './char-sets.js'

const DIGIT = '0123456789'
const ALPHA = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
const ALPHANUM = ALPHA + DIGIT
const HEX = DIGIT + 'abcdefABCDEF'
const UNRESERVED = ALPHANUM + "-_.!~*'()"
const RESERVED = ';/?:@&=+$,[]'
const USERINFO = UNRESERVED + ';:&=+$,'

/** A set of ASCII characters, and whether %HH escapes and non-ASCII letters count too. */
interface CharSet { readonly ascii: Uint8Array; readonly escaped: boolean }

function set(chars: string, escaped: boolean): CharSet {
  const ascii = new Uint8Array(128)
  for (const c of chars) ascii[c.charCodeAt(0)] = 1
  return { ascii, escaped }
}

const S = {
  scheme: set(ALPHANUM + '+-.', false),
  alpha: set(ALPHA, false),
  uric: set(RESERVED + UNRESERVED, true),
  path: set(UNRESERVED + ':@&=+$,' + ';/', true),
  userInfo: set(USERINFO, true),
  regName: set(USERINFO + '@', true),
  server: set(USERINFO + ALPHANUM + '-' + '.:@[]', true),
  serverPercent: set(USERINFO + ALPHANUM + '-' + '.:@[]%', true),
  digit: set(DIGIT, false),
  digitDot: set(DIGIT + '.', false),
  alphanum: set(ALPHANUM, false),
  alphanumDash: set(ALPHANUM + '-', false),
  hex: set(HEX, false),
  scopeId: set(ALPHANUM + '_.', false),
}

class Invalid extends Error {}

export function isJavaUri(value: string): boolean {
  try {
    new UriParser(encodeForJava(value)).parse()
    return true
  } catch (e) {
    if (e instanceof Invalid) return false
    throw e
  }
}

/** jing's UriEncoder: controls, separators and `<>"{}|\^` backquote become %HH (UTF-8). */
const utf8 = new TextEncoder()

function encodeForJava(s: string): string {
  let out = ''
  for (const ch of s) {
    const cp = ch.codePointAt(0)!
    const forbidden = cp <= 0x20 || (cp >= 0x7f && cp <= 0x9f) || '<>"{}|\\^`'.includes(ch) || (cp > 0x9f && isSpaceChar(cp))
    out += forbidden ? [...utf8.encode(ch)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('') : ch
  }
  return out
}

function isSpaceChar(cp: number): boolean {
  const c = categoryOf(cp)
  return c === 'Zs' || c === 'Zl' || c === 'Zp'
}

/** Scanning helpers over the (encoded) text, as java.net.URI's parser has them. */
class Scanner {
  constructor(protected readonly s: string) {}

  at(p: number, n: number, c: string): boolean {
    return p < n && this.s[p] === c
  }

  /** Up to the first of `stop`; -1 if one of `err` comes first. */
  scanUntil(start: number, n: number, err: string, stop: string): number {
    for (let p = start; p < n; p++) {
      if (err.includes(this.s[p])) return -1
      if (stop.includes(this.s[p])) return p
    }
    return n
  }

  scanStop(start: number, n: number, stop: string): number {
    let p = start
    while (p < n && !stop.includes(this.s[p])) p++
    return p
  }

  /** Past the characters of `cs` (and its escapes and non-ASCII letters, if it takes them). */
  scan(start: number, n: number, cs: CharSet): number {
    let p = start
    while (p < n) {
      const c = this.s.charCodeAt(p)
      if (c > 0 && c < 128 && cs.ascii[c]) p++
      else if (cs.escaped && c === 0x25) {
        if (p + 3 <= n && S.hex.ascii[this.s.charCodeAt(p + 1)] && S.hex.ascii[this.s.charCodeAt(p + 2)]) p += 3
        else throw new Invalid('malformed escape pair')
      } else if (cs.escaped && c > 128 && !isSpaceChar(c) && !(c >= 0x80 && c <= 0x9f)) p++
      else break
    }
    return p
  }

  check(start: number, end: number, cs: CharSet): void {
    if (this.scan(start, end, cs) < end) throw new Invalid('illegal character')
  }
}

class UriParser extends Scanner {
  parse(): void {
    const n = this.s.length
    let p = this.scanUntil(0, n, '/?#', ':')
    if (p >= 0 && this.at(p, n, ':')) {
      if (p === 0) throw new Invalid('expected scheme name')
      this.check(0, 1, S.alpha)
      this.check(1, p, S.scheme)
      p++
      if (this.at(p, n, '/')) p = this.hierarchical(p, n)
      else {
        const q = this.scanStop(p, n, '#')
        if (q <= p) throw new Invalid('expected scheme-specific part')
        this.check(p, q, S.uric)
        p = q
      }
    } else p = this.hierarchical(0, n)
    if (this.at(p, n, '#')) {
      this.check(p + 1, n, S.uric)
      p = n
    }
    if (p < n) throw new Invalid('end of URI')
  }

  private hierarchical(start: number, n: number): number {
    let p = start
    if (this.at(p, n, '/') && this.at(p + 1, n, '/')) {
      p += 2
      const q = this.scanStop(p, n, '/?#')
      if (q > p) p = this.authority(p, q)
      else if (q >= n) throw new Invalid('expected authority')
    }
    let q = this.scanStop(p, n, '?#')
    this.check(p, q, S.path)
    p = q
    if (this.at(p, n, '?')) {
      p++
      q = this.scanStop(p, n, '#')
      this.check(p, q, S.uric)
      p = q
    }
    return p
  }

  /** A server-based authority if it parses as one, else a registry-based one. */
  private authority(p: number, n: number): number {
    const serverChars = this.scan(p, n, this.scanStop(p, n, ']') > p ? S.serverPercent : S.server) === n
    const regChars = this.scan(p, n, S.regName) === n
    if (serverChars) {
      try {
        if (new ServerParser(this.s).parse(p, n) === n) return n
      } catch (e) {
        if (!(e instanceof Invalid)) throw e
        if (!regChars) throw e
      }
    }
    if (regChars) return n
    throw new Invalid('illegal character in authority')
  }
}

/** [userinfo@]host[:port], the host a name, an IPv4 address or a bracketed IPv6 address. */
class ServerParser extends Scanner {
  private ipv6Bytes = 0

  /** The end of the server part from `start`; throws if it is not one. */
  parse(start: number, n: number): number {
    let p = start
    let q = this.scanUntil(p, n, '/?#', '@')
    if (q >= p && this.at(q, n, '@')) {
      this.check(p, q, S.userInfo)
      p = q + 1
    }
    if (this.at(p, n, '[')) {
      p++
      q = this.scanUntil(p, n, '/?#', ']')
      if (!(q > p && this.at(q, n, ']'))) throw new Invalid('expected closing bracket for IPv6 address')
      const r = this.scanStop(p, q, '%')
      if (r > p && r < q) {
        this.ipv6(p, r)
        if (r + 1 === q) throw new Invalid('scope id expected')
        this.check(r + 1, q, S.scopeId)
      } else this.ipv6(p, q)
      p = q + 1
    } else {
      q = this.ipv4Host(p, n)
      p = q <= p ? this.hostname(p, n) : q
    }
    if (this.at(p, n, ':')) {
      p++
      q = this.scanStop(p, n, '/')
      if (q > p) {
        this.check(p, q, S.digit)
        if (!Number.isSafeInteger(Number(this.s.slice(p, q))) || Number(this.s.slice(p, q)) > 2147483647) throw new Invalid('malformed port number')
        p = q
      }
    }
    if (p < n) throw new Invalid('expected port number')
    return p
  }

  private ipv4Host(start: number, n: number): number {
    const p = this.ipv4(start, n, false)
    if (p > start && p < n && this.s[p] !== ':') return -1
    return p
  }

  /** An IPv4 address at `start`: its end, or -1. */
  private ipv4(start: number, n: number, strict: boolean): number {
    const m = this.scan(start, n, S.digitDot)
    if (m <= start || (strict && m !== n)) return -1
    let p = start
    for (let i = 0; i < 4; i++) {
      if (i > 0) {
        if (!this.at(p, m, '.')) break
        p++
      }
      const q = this.byte(p, m)
      if (q <= p) break
      p = q
      if (i === 3) {
        if (q < m) break
        return q
      }
    }
    if (strict) throw new Invalid('malformed IPv4 address')
    return -1
  }

  private byte(start: number, n: number): number {
    const q = this.scan(start, n, S.digit)
    if (q <= start) return q
    const digits = this.s.slice(start, q).replace(/^0+(?=.)/, '')
    if (digits.length > 3 || Number(digits) > 255) return start
    return q
  }

  private hostname(start: number, n: number): number {
    let p = start
    let last = -1
    do {
      let q = this.scan(p, n, S.alphanum)
      if (q <= p) break
      last = p
      p = q
      q = this.scan(p, n, S.alphanumDash)
      if (q > p) {
        if (this.s[q - 1] === '-') throw new Invalid('illegal character in hostname')
        p = q
      }
      if (!this.at(p, n, '.')) break
      p++
    } while (p < n)
    if (p < n && !this.at(p, n, ':')) throw new Invalid('illegal character in hostname')
    if (last < 0) throw new Invalid('expected hostname')
    if (last > start && !S.alpha.ascii[this.s.charCodeAt(last)]) throw new Invalid('illegal character in hostname')
    return p
  }

  private ipv6(start: number, n: number): void {
    let p = start
    let compressed = false
    const q = this.hexSeq(p, n)
    if (q > p) {
      p = q
      if (this.at(p, n, ':') && this.at(p + 1, n, ':')) {
        compressed = true
        p = this.hexPost(p + 2, n)
      } else if (this.at(p, n, ':')) {
        p = this.takeIpv4(p + 1, n)
      }
    } else if (this.at(p, n, ':') && this.at(p + 1, n, ':')) {
      compressed = true
      p = this.hexPost(p + 2, n)
    }
    if (p < n || this.ipv6Bytes > 16 || (!compressed && this.ipv6Bytes < 16) || (compressed && this.ipv6Bytes === 16)) {
      throw new Invalid('malformed IPv6 address')
    }
  }

  private takeIpv4(start: number, n: number): number {
    const p = this.ipv4(start, n, true)
    if (p <= start) throw new Invalid('expected IPv4 address')
    this.ipv6Bytes += 4
    return p
  }

  private hexPost(start: number, n: number): number {
    if (start === n) return start
    const q = this.hexSeq(start, n)
    if (q > start) return this.at(q, n, ':') ? this.takeIpv4(q + 1, n) : q
    return this.takeIpv4(start, n)
  }

  private hexSeq(start: number, n: number): number {
    let q = this.scan(start, n, S.hex)
    if (q <= start || this.at(q, n, '.')) return -1
    if (q > start + 4) throw new Invalid('IPv6 hexadecimal digit sequence too long')
    this.ipv6Bytes += 2
    let p = q
    while (p < n && this.at(p, n, ':') && !this.at(p + 1, n, ':')) {
      p++
      q = this.scan(p, n, S.hex)
      if (q <= p) throw new Invalid('expected digits for an IPv6 address')
      if (this.at(q, n, '.')) return p - 1
      if (q > p + 4) throw new Invalid('IPv6 hexadecimal digit sequence too long')
      this.ipv6Bytes += 2
      p = q
    }
    return p
  }
}
