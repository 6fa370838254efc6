import { addressOf } from './address.js';
import { LuaFunction } from './function.js';
import { formatNumber } from './number-format.js';
import { parseNumber, scaleBinary } from './number-parse.js';
import { LuaTable } from './table.js';
import type { LuaValue } from './value.js';

/**
 * Operations on values that never consult metatables: the fallbacks the VM and the libraries
 * reach for after (or instead of) a metamethod lookup.
 */

/** What `type(v)` returns. Coroutine objects are recognised by an `isLuaThread` marker. */
export function typeName(v: LuaValue): string {
  switch (typeof v) {
    case 'undefined':
      return 'nil';
    case 'boolean':
      return 'boolean';
    case 'number':
      return 'number';
    case 'string':
      return 'string';
    default:
      if (v instanceof LuaTable) return 'table';
      if (v instanceof LuaFunction) return 'function';
      return isThread(v) ? 'thread' : 'userdata';
  }
}

function isThread(v: object): boolean {
  return (v as { isLuaThread?: unknown }).isLuaThread === true;
}

/** `tostring(v)` without `__tostring`: "nil", "true", "1.5", "table: 0x55a4c0001000", ... */
export function toStringRaw(v: LuaValue): string {
  switch (typeof v) {
    case 'undefined':
      return 'nil';
    case 'boolean':
      return v ? 'true' : 'false';
    case 'number':
      return formatNumber(v);
    case 'string':
      return v;
    default:
      return typeName(v) + ': ' + addressOf(v);
  }
}

/** A number, or a string that converts to one (arithmetic coercion); otherwise undefined. */
export function toNumberCoerce(v: LuaValue): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return parseNumber(v);
  return undefined;
}

/**
 * Raw equality (`rawequal`, and `==` before `__eq`): same type and same value, reference identity
 * for objects. JS's `===` is exactly that: NaN differs from itself, 0 equals -0, strings compare
 * by content.
 */
export function rawEquals(a: LuaValue, b: LuaValue): boolean {
  return a === b;
}

/**
 * Lua 5.1's `%`: a - floor(a / b) * b, so the result takes the sign of b. JS's `%` truncates
 * instead and must not be used. `x % 0` is NaN, `x % math.huge` is NaN, as in lua5.1.
 */
export function luaMod(a: number, b: number): number {
  return a - Math.floor(a / b) * b;
}

/**
 * Lua's `^`, which is C's pow. glibc's pow is correctly rounded except, sometimes, for results
 * that lie exactly halfway between two doubles; Math.pow is often an ulp off. So:
 *   - C gives 1 for pow(1, y) with any y (NaN too) and for pow(-1, +-inf); JS gives NaN;
 *   - x^0.5 is sqrt (correctly rounded), except that pow(-0, 0.5) is +0 and pow(-inf, 0.5) +inf;
 *   - integer exponents up to 64 in magnitude are computed in double-double arithmetic (about
 *     104 bits) and rounded once, which gives the correctly rounded result;
 *   - integer powers of integers beyond 2^53, and integers to large negative integer powers
 *     (10^-100), are computed exactly with BigInt and rounded once.
 * Remaining differences from lua5.1: other non-integer exponents (Math.pow, last bit), and
 * exact halfway cases, which glibc rounds one way or the other depending on its internals.
 */
export function luaPow(a: number, b: number): number {
  if (b === 2) return a * a;
  if (b === 0.5) {
    if (a === 0 || a === -Infinity) return a === 0 ? 0 : Infinity;
    return Math.sqrt(a);
  }
  if (a === 1) return 1;
  const r = Math.pow(a, b);
  if (r !== r) return a === -1 && (b === Infinity || b === -Infinity) ? 1 : r;
  if (r === 0 || r === Infinity || r === -Infinity || !Number.isInteger(b)) return r;
  if (Number.isInteger(a) && b > 0 && (r >= 9007199254740992 || r <= -9007199254740992)) {
    return b < 1100 ? Number(BigInt(a) ** BigInt(b)) : r;
  }
  if (Number.isInteger(a) && b < -64 && b > -1100) return reciprocalPower(a, -b);
  if (b <= 64 && b >= -64) {
    const magnitude = r < 0 ? -r : r;
    // Double-double steps need headroom: no overflow in the splitting, no subnormal partials.
    if (magnitude < 1e290 && magnitude > 1e-290 && a < 1e290 && a > -1e290) {
      return powIntegerDoubleDouble(a, b);
    }
  }
  return r;
}

/** 1 / a^n for an integer a and integer n > 0, exactly rounded (ties to even). */
function reciprocalPower(a: number, n: number): number {
  const denominator = BigInt(a < 0 ? -a : a) ** BigInt(n);
  // 2^shift / denominator has at least 55 significant bits; a sticky bit records any remainder.
  const shift = denominator.toString(2).length + 55;
  const numerator = 1n << BigInt(shift);
  const quotient = numerator / denominator;
  const sticky = quotient * denominator === numerator ? 0n : 1n;
  const magnitude = scaleBinary((quotient << 1n) | sticky, -shift - 1);
  return a < 0 && n % 2 === 1 ? -magnitude : magnitude;
}

// Double-double arithmetic for luaPow: a value is hi + lo with |lo| <= ulp(hi) / 2.
let ddHi = 0;
let ddLo = 0;

/** (ddHi, ddLo) = (xh + xl) * (yh + yl), to about 104 bits. */
function ddMul(xh: number, xl: number, yh: number, yl: number): void {
  const p = xh * yh;
  // Dekker's exact product: split both factors into 26-bit halves.
  let t = 134217729 * xh;
  const xhh = t - (t - xh);
  const xhl = xh - xhh;
  t = 134217729 * yh;
  const yhh = t - (t - yh);
  const yhl = yh - yhh;
  const e = xhh * yhh - p + xhh * yhl + xhl * yhh + xhl * yhl + (xh * yl + xl * yh);
  ddHi = p + e;
  ddLo = e - (ddHi - p);
}

/** a^n for an integer 0 < |n| <= 64, by squaring in double-double, then one rounding. */
function powIntegerDoubleDouble(a: number, n: number): number {
  let k = n < 0 ? -n : n;
  let baseHi = a;
  let baseLo = 0;
  let accHi = 1;
  let accLo = 0;
  for (;;) {
    if (k & 1) {
      ddMul(accHi, accLo, baseHi, baseLo);
      accHi = ddHi;
      accLo = ddLo;
    }
    k >>>= 1;
    if (k === 0) break;
    ddMul(baseHi, baseLo, baseHi, baseLo);
    baseHi = ddHi;
    baseLo = ddLo;
  }
  if (n > 0) return accHi + accLo;
  // 1 / (accHi + accLo): a first quotient, then a correction from the exact remainder.
  const q = 1 / accHi;
  ddMul(q, 0, accHi, accLo);
  const remainder = 1 - ddHi - ddLo;
  return q + remainder / accHi;
}

/**
 * `a < b` without `__lt`: numbers numerically, strings bytewise (lua5.1 uses strcoll in the
 * "C" locale, which is byte order; JS compares the char codes, which are the bytes). Undefined
 * when the operands are not two numbers or two strings; the caller then tries metamethods.
 */
export function lessThanRaw(a: LuaValue, b: LuaValue): boolean | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return a < b;
  return undefined;
}

/** `a <= b` without `__le`, as lessThanRaw. */
export function lessEqualRaw(a: LuaValue, b: LuaValue): boolean | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a <= b;
  if (typeof a === 'string' && typeof b === 'string') return a <= b;
  return undefined;
}

/**
 * `a .. b` without `__concat`: both operands strings or numbers (numbers written as tostring
 * writes them). Undefined otherwise; the caller then tries metamethods.
 */
export function concatRaw(a: LuaValue, b: LuaValue): string | undefined {
  const left = typeof a === 'string' ? a : typeof a === 'number' ? formatNumber(a) : undefined;
  if (left === undefined) return undefined;
  const right = typeof b === 'string' ? b : typeof b === 'number' ? formatNumber(b) : undefined;
  if (right === undefined) return undefined;
  return left + right;
}
