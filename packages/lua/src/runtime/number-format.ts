/**
 * Number to text exactly as lua5.1 (which uses C's printf) writes it.
 *
 * `formatNumber` is `tostring(n)`, `print(n)` and `..` on numbers: printf's `%.14g`. The
 * `formatFloat` family implements printf's `%e`, `%f` and `%g` with flags, width and precision for
 * `string.format`.
 *
 * Digits: glibc rounds the exact binary value of the double, ties to even. The JS methods
 * `toExponential`/`toFixed` also round the exact value, but break ties upwards. A tie can only
 * happen when the exact value ends exactly in a 5 right after the last kept digit, so each fast
 * path asks JS for one digit more: if that digit is not 5 there is no tie and the JS digits are
 * glibc's; otherwise (rare) the digits come from the exact decimal expansion, built with BigInt.
 */

export type FloatConversion = 'e' | 'E' | 'f' | 'F' | 'g' | 'G';

// ---------------------------------------------------------------------------------------------
// tostring for numbers

/** printf("%.14g", n), the way lua5.1 converts every number to a string. */
export function formatNumber(n: number): string {
  if (Number.isInteger(n) && n < 1e14 && n > -1e14) {
    // Integers below 10^14 print all their digits; JS prints them the same way, except -0.
    return n === 0 && 1 / n < 0 ? '-0' : '' + n;
  }
  if (n !== n || n === Infinity || n === -Infinity) return nonFiniteText(n, false);
  const a = n < 0 ? -n : n;
  // Subnormals carry too few bits for the shortcut below (5e-324 prints as 4.9406564584125e-324).
  if (a < 2.2250738585072014e-308) return formatFloat(n, 'g', 14);
  const s = '' + n;
  // Most common: JS writes at most 14 significant digits positionally, exactly as %.14g would.
  if (a >= 1e-4 && a < 1e14 && significantDigitCount(s) <= 14) return s;
  return formatViaShortest(s, n < 0) ?? formatFloat(n, 'g', 14);
}

/** Significant digits in a JS positional numeral such as "-0.00123" or "45.5". */
function significantDigitCount(s: string): number {
  let i = 0;
  const len = s.length;
  if (s.charCodeAt(0) === 45 /* - */) i++;
  // Skip the leading "0." and zeros of numbers below one.
  while (i < len) {
    const c = s.charCodeAt(i);
    if (c !== 48 /* 0 */ && c !== 46 /* . */) break;
    i++;
  }
  let count = 0;
  for (; i < len; i++) if (s.charCodeAt(i) !== 46) count++;
  return count;
}

/**
 * %.14g from `s`, JS's shortest round-trip digits R of a normal double n, or undefined in the
 * one case where that is not safe. A normal double is within 2^-53 (relative) of R, far inside
 * the 14-digit rounding interval, so when R has at most 14 digits they are %.14g's digits.
 * Rounding a longer R instead of the exact value is correct unless R's digits after the
 * 14th are exactly "5": a 15-digit midpoint M strictly between n and R would itself be a
 * shorter or closer round-trip representation than R, which the shortest-digits algorithm
 * would have chosen. So R lies on the same side of every 14-digit midpoint as n, and only
 * R = M is ambiguous (n may be M exactly, a tie to round to even, or merely close to it).
 */
function formatViaShortest(s: string, negative: boolean): string | undefined {
  const e = s.indexOf('e');
  const mantissaEnd = e < 0 ? s.length : e;
  const dot = s.indexOf('.');
  const intEnd = dot < 0 ? mantissaEnd : dot;
  const start = negative ? 1 : 0;
  let digits: string;
  let exponent = e < 0 ? 0 : +s.slice(e + 1);
  if (intEnd - start === 1 && s.charCodeAt(start) === 48 /* "0.000ddd" */) {
    let first = intEnd + 1;
    while (s.charCodeAt(first) === 48) first++;
    digits = s.slice(first, mantissaEnd);
    exponent -= first - intEnd;
  } else {
    digits = dot < 0 ? s.slice(start, mantissaEnd) : s.slice(start, dot) + s.slice(dot + 1, mantissaEnd);
    exponent += intEnd - start - 1;
  }
  // Integers written out in full end in zeros that are not significant.
  digits = stripTrailingZeros(digits);
  if (digits.length > 14) {
    if (digits.length === 15 && digits.charCodeAt(14) === 53 /* 5 */) return undefined;
    let kept = digits.slice(0, 14);
    if (digits.charCodeAt(14) >= 53) {
      let i = 13;
      while (i >= 0 && kept.charCodeAt(i) === 57 /* 9 */) i--;
      if (i < 0) {
        kept = '1';
        exponent++;
      } else {
        kept = kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1);
      }
    }
    digits = stripTrailingZeros(kept);
  }
  let body: string;
  if (exponent < -4 || exponent >= 14) {
    body = digits.length > 1 ? digits.charAt(0) + '.' + digits.slice(1) : digits;
    body += exponentText(exponent, false);
  } else if (exponent < 0) {
    body = '0.' + '0'.repeat(-exponent - 1) + digits;
  } else if (digits.length <= exponent + 1) {
    body = digits + '0'.repeat(exponent + 1 - digits.length);
  } else {
    body = digits.slice(0, exponent + 1) + '.' + digits.slice(exponent + 1);
  }
  return negative ? '-' + body : body;
}

// ---------------------------------------------------------------------------------------------
// printf conversions

/**
 * printf's `%e`, `%E`, `%f`, `%F`, `%g`, `%G` of a double. `precision` < 0 means none given (6);
 * `flags` holds any of the printf flag characters `-`, `+`, space, `#`, `0`; `width` is the
 * minimum field width.
 */
export function formatFloat(
  n: number,
  conversion: FloatConversion,
  precision = -1,
  flags = '',
  width = 0,
): string {
  const upper = conversion === 'E' || conversion === 'F' || conversion === 'G';
  const negative = n < 0 || (n === 0 && 1 / n < 0) || (n !== n && isNegativeNaN(n));
  const sign = negative ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  const leftAlign = flags.includes('-');

  if (n !== n || n === Infinity || n === -Infinity) {
    const text = sign + (n !== n ? (upper ? 'NAN' : 'nan') : upper ? 'INF' : 'inf');
    // glibc ignores the 0 flag for infinities and NaNs: they are padded with spaces.
    return pad(text, width, leftAlign);
  }

  const alt = flags.includes('#');
  const prec = precision < 0 ? 6 : precision;
  const a = negative ? -n : n;
  let body: string;
  switch (conversion) {
    case 'e':
    case 'E':
      body = exponentialBody(a, prec, alt, upper);
      break;
    case 'f':
    case 'F':
      body = fixedBody(a, prec, alt);
      break;
    default:
      body = generalBody(a, prec, alt, upper);
      break;
  }

  if (body.length + sign.length >= width) return sign + body;
  if (leftAlign) return sign + body + ' '.repeat(width - body.length - sign.length);
  if (flags.includes('0')) return sign + '0'.repeat(width - body.length - sign.length) + body;
  return ' '.repeat(width - body.length - sign.length) + sign + body;
}

/** printf's `%g` (`%.6g` by default). */
export function formatG(n: number, precision = 6, flags = '', width = 0): string {
  return formatFloat(n, 'g', precision, flags, width);
}

/** printf's `%e` (`%.6e` by default). */
export function formatE(n: number, precision = 6, flags = '', width = 0): string {
  return formatFloat(n, 'e', precision, flags, width);
}

/** printf's `%f` (`%.6f` by default). */
export function formatF(n: number, precision = 6, flags = '', width = 0): string {
  return formatFloat(n, 'f', precision, flags, width);
}

function pad(text: string, width: number, leftAlign: boolean): string {
  if (text.length >= width) return text;
  const fill = ' '.repeat(width - text.length);
  return leftAlign ? text + fill : fill + text;
}

/** `inf`, `-inf`, `nan` or `-nan`, as glibc prints them (the sign of a NaN is its sign bit). */
function nonFiniteText(n: number, upper: boolean): string {
  if (n !== n) {
    const text = upper ? 'NAN' : 'nan';
    return isNegativeNaN(n) ? '-' + text : text;
  }
  const text = upper ? 'INF' : 'inf';
  return n < 0 ? '-' + text : text;
}

const bitsView = new DataView(new ArrayBuffer(8));

/**
 * Whether a NaN has its sign bit set. On x86, 0/0 computed at run time yields a negative NaN and
 * lua5.1 prints it as "-nan". The JS engine keeps NaN bits through arithmetic, but may
 * canonicalise them (constant folding, double arrays), so this is best effort.
 */
export function isNegativeNaN(n: number): boolean {
  bitsView.setFloat64(0, n);
  return bitsView.getUint8(0) >= 0x80;
}

// ---------------------------------------------------------------------------------------------
// Layout of the three conversions, for a finite a >= 0

function exponentialBody(a: number, prec: number, alt: boolean, upper: boolean): string {
  const r = roundSignificant(a, prec + 1);
  const digits = r.digits;
  let mantissa = digits.charAt(0);
  if (prec > 0 || alt) mantissa += '.' + digits.slice(1);
  return mantissa + exponentText(r.exponent, upper);
}

function fixedBody(a: number, prec: number, alt: boolean): string {
  let digits = roundFixed(a, prec);
  if (digits.length <= prec) digits = '0'.repeat(prec + 1 - digits.length) + digits;
  const cut = digits.length - prec;
  const intPart = digits.slice(0, cut);
  return prec > 0 || alt ? intPart + '.' + digits.slice(cut) : intPart;
}

function generalBody(a: number, prec: number, alt: boolean, upper: boolean): string {
  const p = prec === 0 ? 1 : prec;
  const r = roundSignificant(a, p);
  const digits = r.digits;
  const x = r.exponent;
  let intPart: string;
  let fraction: string;
  let suffix = '';
  if (x >= -4 && x < p) {
    // Positional, with p - 1 - x fraction digits: the same p significant digits.
    if (x >= 0) {
      intPart = digits.slice(0, x + 1);
      fraction = digits.slice(x + 1);
    } else {
      intPart = '0';
      fraction = '0'.repeat(-x - 1) + digits;
    }
  } else {
    intPart = digits.charAt(0);
    // glibc quirk, kept for fidelity: when rounding carries a value just below 10^p up to 10^p,
    // "%#.3g" of 999.9 prints "1.e+03" (no fraction digits) rather than "1.00e+03".
    fraction = alt && x === p && r.carried ? '' : digits.slice(1);
    suffix = exponentText(x, upper);
  }
  if (!alt) fraction = stripTrailingZeros(fraction);
  return (fraction.length > 0 || alt ? intPart + '.' + fraction : intPart) + suffix;
}

function exponentText(x: number, upper: boolean): string {
  const magnitude = x < 0 ? -x : x;
  return (upper ? 'E' : 'e') + (x < 0 ? '-' : '+') + (magnitude < 10 ? '0' : '') + magnitude;
}

function stripTrailingZeros(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 48) end--;
  return end === s.length ? s : s.slice(0, end);
}

// ---------------------------------------------------------------------------------------------
// Correctly rounded digits

interface Rounded {
  /** Exactly the requested number of significant digits. */
  digits: string;
  /** Decimal exponent of the first digit. */
  exponent: number;
  /** Whether rounding carried into a new leading digit (9.996 -> 10.0). */
  carried: boolean;
}

/** a >= 0, finite, rounded to `count` >= 1 significant digits, ties to even. */
function roundSignificant(a: number, count: number): Rounded {
  if (a === 0) return { digits: '0'.repeat(count), exponent: 0, carried: false };
  // toExponential takes at most 100 fraction digits, and the tie check needs one more digit.
  if (count < 100) {
    const s = a.toExponential(count - 1);
    const e = s.indexOf('e');
    const longer = a.toExponential(count);
    const longerE = longer.indexOf('e');
    if (longer.charCodeAt(longerE - 1) !== 53 /* 5 */) {
      const digits = count === 1 ? s.charAt(0) : s.charAt(0) + s.slice(2, e);
      const exponent = +s.slice(e + 1);
      return { digits, exponent, carried: exponent > +longer.slice(longerE + 1) };
    }
  }
  const exact = exactDecimal(a);
  const rounded = roundDigits(exact.digits, count);
  if (rounded.length > count) {
    // Carried into a new leading digit: 9.99.. became 10.0..
    return { digits: rounded.slice(0, count), exponent: exact.intLength, carried: true };
  }
  return { digits: rounded, exponent: exact.intLength - 1, carried: false };
}

/**
 * a >= 0, finite, rounded to `fractionDigits` places, ties to even: the digits of
 * round(a * 10^fractionDigits) (possibly with leading zeros, possibly empty for zero).
 */
function roundFixed(a: number, fractionDigits: number): string {
  if (a === 0) return '';
  if (a < 1e21 && fractionDigits < 100) {
    const longer = a.toFixed(fractionDigits + 1);
    if (longer.charCodeAt(longer.length - 1) !== 53 /* 5 */) {
      const s = a.toFixed(fractionDigits);
      return fractionDigits === 0 ? s : s.slice(0, s.length - fractionDigits - 1) + s.slice(-fractionDigits);
    }
  }
  const exact = exactDecimal(a);
  const keep = exact.intLength + fractionDigits;
  // Fewer than zero digits kept: a < 10^-(fractionDigits+1), which rounds to zero.
  if (keep < 0) return '';
  return roundDigits(exact.digits, keep);
}

/**
 * The first `count` digits of `digits` (a digit string without trailing zeros) rounded half to
 * even on what follows; the result has count + 1 digits when the rounding carried out of the
 * first digit ("999" -> "1000").
 */
function roundDigits(digits: string, count: number): string {
  const len = digits.length;
  if (count >= len) return count === len ? digits : digits + '0'.repeat(count - len);
  const next = digits.charCodeAt(count) - 48;
  // Digits beyond `next` are non-zero exactly when there are any: trailing zeros were stripped.
  const roundUp =
    next > 5 ||
    (next === 5 && (len > count + 1 || (count > 0 && (digits.charCodeAt(count - 1) & 1) === 1)));
  const kept = digits.slice(0, count);
  if (!roundUp) return kept;
  let i = count - 1;
  while (i >= 0 && kept.charCodeAt(i) === 57 /* 9 */) i--;
  if (i < 0) return '1' + '0'.repeat(count);
  return kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1) + '0'.repeat(count - 1 - i);
}

interface ExactDecimal {
  /** All significant digits of the value, without leading or trailing zeros. */
  digits: string;
  /** Digits before the decimal point: the value is 0.DIGITS * 10^intLength. */
  intLength: number;
}

/**
 * The exact decimal expansion of a finite double a > 0. A double is m * 2^e with an integer m;
 * for e < 0 that equals m * 5^-e / 10^-e, so its expansion is finite (at most ~770 digits).
 */
function exactDecimal(a: number): ExactDecimal {
  bitsView.setFloat64(0, a);
  const high = bitsView.getUint32(0);
  const low = bitsView.getUint32(4);
  const biased = (high >>> 20) & 0x7ff;
  let m = (high & 0xfffff) * 4294967296 + low;
  let e: number;
  if (biased === 0) {
    e = -1074;
  } else {
    m += 4503599627370496; // the implicit leading bit, 2^52
    e = biased - 1075;
  }
  // Fewer powers of two to turn into powers of five: smaller BigInts.
  while (e < 0 && m % 2 === 0) {
    m /= 2;
    e++;
  }
  let text: string;
  let intLength: number;
  if (e >= 0) {
    text = (BigInt(m) << BigInt(e)).toString();
    intLength = text.length;
  } else {
    text = (BigInt(m) * 5n ** BigInt(-e)).toString();
    intLength = text.length + e;
  }
  return { digits: stripTrailingZeros(text), intLength };
}
