/**
 * XML Schema numbers as jing reads them. decimal: digits with at most one point, a sign before;
 * integer: no point at all; double and float: a mantissa with an optional exponent, or INF,
 * -INF, NaN. Values are compared as exact decimals (scaled big integers) or as doubles.
 */

const DECIMAL = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/
const INTEGER = /^[+-]?[0-9]+$/
const DOUBLE = /^(?:[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|INF|-INF|NaN)$/

export const isDecimal = (s: string) => DECIMAL.test(s)
export const isInteger = (s: string) => INTEGER.test(s)
export const isDouble = (s: string) => DOUBLE.test(s)

/** An exact decimal: `digits` × 10^-scale. */
export interface Decimal { digits: bigint; scale: number }

export function decimalValue(s: string): Decimal {
  const negative = s.startsWith('-')
  const body = s.replace(/^[+-]/, '')
  const point = body.indexOf('.')
  const whole = point < 0 ? body : body.slice(0, point)
  const fraction = point < 0 ? '' : body.slice(point + 1)
  const digits = BigInt(`${whole}${fraction}` || '0')
  return { digits: negative ? -digits : digits, scale: fraction.length }
}

export function compareDecimals(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale)
  const x = a.digits * 10n ** BigInt(scale - a.scale)
  const y = b.digits * 10n ** BigInt(scale - b.scale)
  return x < y ? -1 : x > y ? 1 : 0
}

/** A decimal written one way only (no +, no leading or trailing zeros), for value comparison. */
export function canonicalDecimal(s: string): string {
  let { digits, scale } = decimalValue(s)
  while (scale > 0 && digits % 10n === 0n) {
    digits /= 10n
    scale--
  }
  const negative = digits < 0n
  const text = (negative ? -digits : digits).toString().padStart(scale + 1, '0')
  const shown = scale ? `${text.slice(0, -scale)}.${text.slice(-scale)}` : text
  return negative ? `-${shown}` : shown
}

export function doubleValue(s: string, float: boolean): number {
  const n = s === 'INF' ? Infinity : s === '-INF' ? -Infinity : s === 'NaN' ? NaN : Number(s)
  return float ? Math.fround(n) : n
}
