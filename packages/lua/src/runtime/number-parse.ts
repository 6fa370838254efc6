/**
 * Text to number as lua5.1 converts it, for `tonumber` and for the coercion of strings in
 * arithmetic.
 *
 * lua5.1 hands the string to C's strtod (glibc) and accepts the result when only whitespace
 * follows. That makes the accepted syntax wider than Lua's own numerals:
 *   - leading and trailing C whitespace (space, \t, \n, \v, \f, \r), an optional sign;
 *   - decimals: "5", ".5", "5.", "1e5", "1E+5"; an exponent needs a digit ("1e" is rejected);
 *   - hexadecimal, also with a fraction and a binary exponent: "0x10", "-0x1.8p4";
 *   - "inf", "infinity", "nan", "nan(chars)" in any letter case, with a sign.
 * The string ends at its first NUL byte, since C sees only what comes before it.
 */

/** C's isspace in the "C" locale. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Value of an ASCII letter or digit as a digit in bases up to 36, else 99. */
function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 0x20;
  if (lower >= 97 && lower <= 122) return lower - 87;
  return 99;
}

/** Where the C view of the string ends: its length, or the first NUL. */
function cLength(s: string): number {
  const nul = s.indexOf('\0');
  return nul < 0 ? s.length : nul;
}

/** Lowercase ASCII letters of s starting at i match `word`. */
function matchesWord(s: string, i: number, end: number, word: string): boolean {
  if (end - i < word.length) return false;
  for (let k = 0; k < word.length; k++) {
    if ((s.charCodeAt(i + k) | 0x20) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** The number a string denotes for `tonumber(s)` and arithmetic, or undefined. */
export function parseNumber(s: string): number | undefined {
  const end = cLength(s);
  let i = 0;
  while (i < end && isSpace(s.charCodeAt(i))) i++;
  const start = i;
  let negative = false;
  let c = s.charCodeAt(i);
  if (c === 43 /* + */ || c === 45 /* - */) {
    negative = c === 45;
    c = s.charCodeAt(++i);
  }

  let value: number;
  let stop: number;
  if (c === 48 /* 0 */ && (s.charCodeAt(i + 1) | 0x20) === 120 /* x */ && i + 1 < end) {
    const hex = scanHex(s, i + 2, end);
    // "0x" without hex digits: strtod reads just the 0 and stops at the x, so the text is rejected.
    if (hex === undefined) return undefined;
    value = negative ? -hex.value : hex.value;
    stop = hex.stop;
  } else if (isDigit(c) || c === 46 /* . */) {
    stop = scanDecimal(s, i, end);
    if (stop < 0) return undefined;
    // The syntax is checked; JS's own conversion is correctly rounded, like glibc's strtod.
    value = start === 0 && stop === s.length ? +s : +s.slice(start, stop);
  } else if (matchesWord(s, i, end, 'inf')) {
    stop = matchesWord(s, i, end, 'infinity') ? i + 8 : i + 3;
    value = negative ? -Infinity : Infinity;
  } else if (matchesWord(s, i, end, 'nan')) {
    stop = skipNanPayload(s, i + 3, end);
    value = negative ? NEGATIVE_NAN : NaN;
  } else {
    return undefined;
  }

  while (stop < end && isSpace(s.charCodeAt(stop))) stop++;
  return stop === end ? value : undefined;
}

/** A NaN with the sign bit set: what strtod returns for "-nan", printed by lua5.1 as "-nan". */
const NEGATIVE_NAN = (() => {
  const view = new DataView(new ArrayBuffer(8));
  view.setUint32(0, 0xfff80000);
  view.setUint32(4, 0);
  return view.getFloat64(0);
})();

/**
 * Digits, optional fraction, optional exponent, from i (just after the sign). Returns where the
 * numeral stops, or -1 when there is no digit at all. An "e" without exponent digits is not part
 * of the numeral (and so becomes trailing garbage).
 */
function scanDecimal(s: string, i: number, end: number): number {
  let digits = 0;
  while (i < end && isDigit(s.charCodeAt(i))) {
    i++;
    digits++;
  }
  if (i < end && s.charCodeAt(i) === 46) {
    i++;
    while (i < end && isDigit(s.charCodeAt(i))) {
      i++;
      digits++;
    }
  }
  if (digits === 0) return -1;
  if (i < end && (s.charCodeAt(i) | 0x20) === 101 /* e */) {
    let j = i + 1;
    const c = s.charCodeAt(j);
    if (c === 43 || c === 45) j++;
    if (j < end && isDigit(s.charCodeAt(j))) {
      while (j < end && isDigit(s.charCodeAt(j))) j++;
      i = j;
    }
  }
  return i;
}

/** After "nan": an optional "(letters, digits, underscores)" that strtod also consumes. */
function skipNanPayload(s: string, i: number, end: number): number {
  if (i >= end || s.charCodeAt(i) !== 40 /* ( */) return i;
  let j = i + 1;
  while (j < end) {
    const c = s.charCodeAt(j);
    if (c === 41 /* ) */) return j + 1;
    if (digitValue(c) === 99 && c !== 95 /* _ */) break;
    j++;
  }
  // No closing parenthesis: only "nan" was a number.
  return i;
}

interface HexResult {
  value: number;
  stop: number;
}

/**
 * A hexadecimal mantissa (digits, optional "." and more digits; at least one digit) and an
 * optional binary exponent "p[+-]digits", starting after "0x". The value is rounded once,
 * to nearest even, as strtod does.
 */
function scanHex(s: string, i: number, end: number): HexResult | undefined {
  let mantissa = 0;
  let big: bigint | undefined;
  let digits = 0;
  let fractionDigits = 0;
  let seenPoint = false;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 && !seenPoint) {
      seenPoint = true;
      continue;
    }
    const d = digitValue(c);
    if (d >= 16) break;
    digits++;
    if (seenPoint) fractionDigits++;
    // Exact in a double up to 2^53; beyond that the digits accumulate in a BigInt.
    if (big === undefined && mantissa < 2 ** 48) {
      mantissa = mantissa * 16 + d;
    } else {
      big = (big ?? BigInt(mantissa)) * 16n + BigInt(d);
    }
  }
  if (digits === 0) return undefined;
  let exponent = 0;
  if (i < end && (s.charCodeAt(i) | 0x20) === 112 /* p */) {
    let j = i + 1;
    const c = s.charCodeAt(j);
    const negative = c === 45;
    if (c === 43 || c === 45) j++;
    if (j < end && isDigit(s.charCodeAt(j))) {
      let e = 0;
      while (j < end && isDigit(s.charCodeAt(j))) {
        // Clamped: anything this large over- or underflows anyway.
        if (e < 100000) e = e * 10 + (s.charCodeAt(j) - 48);
        j++;
      }
      exponent = negative ? -e : e;
      i = j;
    }
  }
  exponent -= 4 * fractionDigits;
  return { value: scaleBinary(big ?? BigInt(mantissa), exponent), stop: i };
}

/** m * 2^e rounded to the nearest double, ties to even, with gradual underflow. */
export function scaleBinary(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const bits = m.toString(2).length;
  // Binary exponent of the leading bit, and how many bits the result can keep there.
  const top = bits - 1 + e;
  if (top > 1023) return Infinity;
  const keep = top >= -1022 ? 53 : 53 - (-1022 - top);
  if (keep <= 0) {
    // Below half the smallest subnormal, or exactly half of it (a tie that goes to zero), or
    // more than half (rounds up to the smallest subnormal).
    if (keep < 0) return 0;
    return m === 1n << BigInt(bits - 1) ? 0 : 5e-324;
  }
  let kept = m;
  let shift = 0;
  if (bits > keep) {
    shift = bits - keep;
    kept = m >> BigInt(shift);
    const rest = m - (kept << BigInt(shift));
    const half = 1n << BigInt(shift - 1);
    if (rest > half || (rest === half && (kept & 1n) === 1n)) kept += 1n;
  }
  return timesPowerOfTwo(Number(kept), e + shift);
}

/** x * 2^e for an integer x < 2^54 when the result is representable: exact, in steps. */
function timesPowerOfTwo(x: number, e: number): number {
  while (e > 1000) {
    x *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    x *= 2 ** -1000;
    e += 1000;
  }
  return x * 2 ** e;
}

/**
 * `tonumber(s, base)` for a base in 2..36 (the caller checks the range). Base 10 is lua5.1's
 * ordinary conversion (so "1.5" and "0x10" work); other bases follow C's strtoul, which lua5.1
 * uses there: whitespace, an optional sign, for base 16 an optional "0x", digits of the base,
 * whitespace. The value is an unsigned 64-bit integer: a minus sign wraps it modulo 2^64 and
 * overflow saturates at 2^64 - 1, converted to the nearest double.
 */
export function parseInteger(s: string, base: number): number | undefined {
  if (base === 10) return parseNumber(s);
  const end = cLength(s);
  let i = 0;
  while (i < end && isSpace(s.charCodeAt(i))) i++;
  let negative = false;
  let c = s.charCodeAt(i);
  if (c === 43 || c === 45) {
    negative = c === 45;
    i++;
  }
  if (
    base === 16 &&
    s.charCodeAt(i) === 48 &&
    (s.charCodeAt(i + 1) | 0x20) === 120 &&
    i + 2 < end &&
    digitValue(s.charCodeAt(i + 2)) < 16
  ) {
    i += 2;
  }
  const first = i;
  let value = 0;
  let big: bigint | undefined;
  for (; i < end; i++) {
    const d = digitValue(s.charCodeAt(i));
    if (d >= base) break;
    if (big === undefined && value < 2 ** 46) {
      value = value * base + d;
    } else {
      big = (big ?? BigInt(value)) * BigInt(base) + BigInt(d);
    }
  }
  if (i === first) return undefined;
  while (i < end && isSpace(s.charCodeAt(i))) i++;
  if (i !== end) return undefined;
  if (big === undefined && !negative) return value;
  let n = big ?? BigInt(value);
  if (n > ULONG_MAX) return ULONG_MAX_NUMBER;
  if (negative && n !== 0n) n = (1n << 64n) - n;
  return Number(n);
}

const ULONG_MAX = (1n << 64n) - 1n;
const ULONG_MAX_NUMBER = Number(ULONG_MAX);
