import type { Thread } from '@deegen/ir';
import { arg, checkNumber } from './args.js';

/**
 * Integer arguments as lua5.1 on x86-64 sees them. lua5.1 turns a number argument into an
 * integer with a plain C cast (`luaL_checkinteger`: double to a 64-bit long), and some functions
 * cast that once more to a 32-bit int (`luaL_checkint`). Out-of-range casts are not errors: the
 * hardware conversion yields the "integer indefinite" value, the most negative integer, for NaN,
 * infinities and anything beyond the range. Programs observe this (`("abc"):sub(math.huge)` is
 * "abc"), so the string library reproduces it instead of using `Math.trunc`.
 */

const TWO_63 = 9223372036854775808;
const TWO_31 = 2147483648;

/** (long)n: truncation toward zero, or -2^63 for NaN and out-of-range values. */
export function toLong(n: number): number {
  if (n < TWO_63 && n >= -TWO_63) return Math.trunc(n);
  return -TWO_63;
}

/** (int)n straight from a double: truncation, or -2^31 for NaN and out-of-range values. */
export function toIntDirect(n: number): number {
  if (n < TWO_31 && n > -TWO_31 - 1) return Math.trunc(n) | 0;
  return -TWO_31;
}

/** luaL_checkinteger. */
export function checkLong(t: Thread, base: number, argc: number, i: number): number {
  return toLong(checkNumber(t, base, argc, i));
}

/** luaL_optinteger: `dflt` when the argument is absent or nil. */
export function optLong(t: Thread, base: number, argc: number, i: number, dflt: number): number {
  return arg(t, base, argc, i) === undefined ? dflt : toLong(checkNumber(t, base, argc, i));
}

/**
 * lua5.1's relative string position: negative positions count from the end (-1 is the last
 * byte); anything still negative after that becomes 0.
 */
export function relativePosition(pos: number, len: number): number {
  if (pos < 0) pos += len + 1;
  return pos >= 0 ? pos : 0;
}
