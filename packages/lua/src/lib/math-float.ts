/**
 * C's frexp and ldexp on doubles, exact for every input (subnormals included), for `math.frexp`
 * and `math.ldexp`. Both work on the bits of the double through one shared DataView, so they
 * allocate nothing.
 */

const bits = new DataView(new ArrayBuffer(8));

/** The exponent frexp computed last (frexp's second result; kept here to avoid allocating). */
export let frexpExponent = 0;

/** 2^e for an integer e in -1022..1023, built from its bits (Math.pow need not be exact). */
function powerOfTwo(e: number): number {
  bits.setUint32(0, (e + 1023) << 20);
  bits.setUint32(4, 0);
  return bits.getFloat64(0);
}

/**
 * frexp(x): m with 0.5 <= |m| < 1 and x = m * 2^frexpExponent. Zeros, infinities and NaN come
 * back unchanged with exponent 0, as glibc does.
 */
export function frexp(x: number): number {
  if (x === 0 || x !== x || x === Infinity || x === -Infinity) {
    frexpExponent = 0;
    return x;
  }
  bits.setFloat64(0, x);
  let high = bits.getUint32(0);
  let exponent = (high >>> 20) & 0x7ff;
  let adjust = 0;
  if (exponent === 0) {
    // Subnormal: scale into the normal range first (exact), then account for the scaling.
    bits.setFloat64(0, x * 18014398509481984 /* 2^54 */);
    high = bits.getUint32(0);
    exponent = (high >>> 20) & 0x7ff;
    adjust = -54;
  }
  frexpExponent = exponent - 1022 + adjust;
  // Same sign and mantissa, exponent field of 2^-1.
  bits.setUint32(0, ((high & 0x800fffff) | (1022 << 20)) >>> 0);
  return bits.getFloat64(0);
}

/** The smallest subnormal, 2^-1074. */
const SMALLEST = 5e-324;

/**
 * ldexp(x, e) = x * 2^e (e an integer) rounded once, as C does; overflow gives +-inf, underflow +-0. The
 * exponent is split so that the first product is an exact scaling inside the normal range and
 * only the last multiplication rounds.
 */
export function ldexp(x: number, e: number): number {
  if (x === 0 || x !== x || x === Infinity || x === -Infinity || e === 0) return x;
  const m = frexp(x);
  const total = frexpExponent + e; // x = m * 2^total with 0.5 <= |m| < 1
  if (total > 1024) return m * Infinity;
  if (total >= -1021) return m * 2 * powerOfTwo(total - 1);
  if (total < -1075) return m * 0;
  // Subnormal result: m * 2^(total + 1074) is exact and normal; the final product rounds once.
  return m * powerOfTwo(total + 1074) * SMALLEST;
}

/** modf(x): the integral part, with frexp-style out-parameter for the fractional part. */
export let modfFraction = 0;

/** C's modf: integral part returned, fractional part (sign of x, 0 for infinities) in modfFraction. */
export function modf(x: number): number {
  const whole = Math.trunc(x);
  if (whole === x) {
    // Integers, zeros and infinities: the fraction is a zero with the sign of x.
    modfFraction = x < 0 || (x === 0 && 1 / x < 0) ? -0 : 0;
  } else {
    modfFraction = x - whole;
  }
  return whole;
}
