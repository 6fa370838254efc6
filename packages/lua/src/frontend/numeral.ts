/**
 * Converts numeral text the way lua5.1 does (C `strtod`, then `strtoul` base 16 when `strtod` stops
 * at an `x`, then only trailing whitespace allowed). Returns undefined for a malformed numeral.
 * glibc's `strtod` also reads hex itself, including binary exponents (`0x1p4` is 16).
 */
export function parseNumeral(text: string): number | undefined {
  const m = /^[ \t\n\v\f\r]*/.exec(text)!;
  let s = text.slice(m[0].length);
  s = s.replace(/[ \t\n\v\f\r]+$/, '');
  if (s === '') return undefined;
  let sign = 1;
  let body = s;
  if (body[0] === '-' || body[0] === '+') {
    if (body[0] === '-') sign = -1;
    body = body.slice(1);
  }
  const hex = /^0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?[0-9]+))?$/.exec(body);
  if (hex) {
    const intPart = hex[1]!;
    const frac = hex[2] ?? '';
    if (intPart === '' && frac === '') return undefined;
    return sign * hexToDouble(intPart + frac, (hex[3] ? parseInt(hex[3], 10) : 0) - 4 * frac.length);
  }
  if (!/^(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/.test(body)) {
    // strtod also accepts inf/nan spellings
    if (/^(?:inf|infinity)$/i.test(body)) return sign * Infinity;
    if (/^nan$/i.test(body)) return NaN;
    return undefined;
  }
  return sign * Number(body);
}

/** Exactly rounded value of hex digits `digits` times 2^exp2 (round half to even, like glibc). */
function hexToDouble(digits: string, exp2: number): number {
  let m = BigInt('0x' + digits);
  if (m === 0n) return 0;
  // Normalise to a 64-bit-plus mantissa so rounding to 53 bits is done once, in integers.
  let bits = m.toString(2).length;
  let e = exp2;
  const keep = 53;
  // Denormals keep fewer bits: the value's exponent must not go below -1074.
  const topExp = e + bits - 1; // exponent of the leading bit
  let allowed = keep;
  if (topExp < -1022) allowed = Math.max(0, keep - (-1022 - topExp));
  if (bits > allowed) {
    const drop = BigInt(bits - allowed);
    const rest = m & ((1n << drop) - 1n);
    const half = 1n << (drop - 1n);
    m >>= drop;
    e += Number(drop);
    if (rest > half || (rest === half && (m & 1n) === 1n)) m += 1n;
    bits = m.toString(2).length;
  }
  return scale(Number(m), e);
}

/** r * 2^e without an inexact intermediate: r has at most 53 bits and the result is representable. */
function scale(r: number, e: number): number {
  if (e < -1000) return r * Math.pow(2, -1000) * Math.pow(2, e + 1000);
  if (e > 1000) return r * Math.pow(2, 1000) * Math.pow(2, e - 1000);
  return r * Math.pow(2, e);
}
