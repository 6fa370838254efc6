import type { NativeFunction } from '@deegen/ir';
import { callerError } from '../runtime/errors.js';
import type { FloatConversion } from '../runtime/number-format.js';
import { formatFloat, formatNumber } from '../runtime/number-format.js';
import { argError, checkNumber, checkString } from './args.js';
import { toIntDirect, toLong } from './string-args.js';
import { bytesWork, chargeWork, reserveMemory } from '../embed/limits.js';

/**
 * string.format, producing what lua5.1 prints. lua5.1 hands each item to C's sprintf after
 * converting the argument with a C cast: `%d`/`%i` take (long)x, `%o %u %x %X` (unsigned long)x,
 * `%c` (int)x, so fractions truncate and out-of-range values wrap or saturate the way x86-64
 * conversions do. Items are then copied up to their first NUL byte (`%c` of 0 vanishes, `%s`
 * stops at an embedded zero) except `%q` and long `%s` arguments without precision, which lua5.1
 * copies whole.
 */

const TWO_63 = 9223372036854775808;
const TWO_64 = 18446744073709551616;

/** The printf flag characters lua5.1 accepts, at most five of them. */
function isFlag(c: number): boolean {
  return c === 45 /* - */ || c === 43 /* + */ || c === 32 /* space */ || c === 35 /* # */ || c === 48 /* 0 */;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** (unsigned long)x as compiled for x86-64: values from 2^63 go through a biased conversion. */
function toUnsignedLong(x: number): bigint | number {
  if (x >= TWO_63) return x < TWO_64 ? BigInt(x) : 0;
  const l = toLong(x);
  return l >= 0 ? l : BigInt.asUintN(64, BigInt(l));
}

/** Digits of a non-negative integer (a double holding an integer, or a bigint) in `radix`. */
function digitsOf(v: bigint | number, radix: number): string {
  if (typeof v === 'number' && v <= Number.MAX_SAFE_INTEGER) return v.toString(radix);
  return BigInt(v).toString(radix);
}

/** printf's precision for integers: a minimum digit count, and `%.0d` of 0 prints no digits. */
function applyPrecision(digits: string, precision: number): string {
  if (precision < 0) return digits;
  if (precision === 0 && digits === '0') return '';
  return digits.length < precision ? '0'.repeat(precision - digits.length) + digits : digits;
}

/**
 * Pads an integer item to `width`: `-` pads on the right, `0` with zeros after the sign and
 * prefix (only when no precision was given), otherwise spaces on the left.
 */
function layoutInteger(sign: string, prefix: string, digits: string, flags: string, width: number, precision: number): string {
  const len = sign.length + prefix.length + digits.length;
  if (len >= width) return sign + prefix + digits;
  const fill = width - len;
  if (flags.includes('-')) return sign + prefix + digits + ' '.repeat(fill);
  if (flags.includes('0') && precision < 0) return sign + prefix + '0'.repeat(fill) + digits;
  return ' '.repeat(fill) + sign + prefix + digits;
}

function formatSigned(x: number, flags: string, width: number, precision: number): string {
  const v = toLong(x);
  const negative = v < 0;
  const digits = applyPrecision(digitsOf(negative ? -v : v, 10), precision);
  const sign = negative ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  return layoutInteger(sign, '', digits, flags, width, precision);
}

/** `%o %u %x %X`: no sign (`+` and space do nothing); `#` adds 0x to non-zero hex, a leading 0 to octal. */
function formatUnsigned(x: number, conv: number, flags: string, width: number, precision: number): string {
  const v = toUnsignedLong(x);
  const radix = conv === 111 /* o */ ? 8 : conv === 117 /* u */ ? 10 : 16;
  let digits = applyPrecision(digitsOf(v, radix), precision);
  if (conv === 88 /* X */) digits = digits.toUpperCase();
  let prefix = '';
  if (flags.includes('#')) {
    if (radix === 16 && v !== 0) prefix = conv === 88 ? '0X' : '0x';
    else if (radix === 8 && digits.charCodeAt(0) !== 48) digits = '0' + digits;
  }
  return layoutInteger('', prefix, digits, flags, width, precision);
}

/** Spaces to `width`, on the left or (with `-`) on the right; `0` does not apply to text. */
function padText(text: string, flags: string, width: number): string {
  if (text.length >= width) return text;
  const fill = ' '.repeat(width - text.length);
  return flags.includes('-') ? text + fill : fill + text;
}

/** `%c`: the low byte of (int)x; a zero byte ends the item, as C's strlen would see it. */
function formatChar(x: number, flags: string, width: number): string {
  const code = toIntDirect(x) & 255;
  if (code === 0) return flags.includes('-') || width <= 1 ? '' : ' '.repeat(width - 1);
  return padText(String.fromCharCode(code), flags, width);
}

/** `%q`: a string lua5.1 can read back. Only `"`, `\`, newline, carriage return and NUL are escaped. */
export function quoteString(s: string): string {
  let out = '"';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    let esc: string;
    switch (s.charCodeAt(i)) {
      case 34 /* " */:
        esc = '\\"';
        break;
      case 92 /* \ */:
        esc = '\\\\';
        break;
      case 10 /* \n */:
        esc = '\\\n';
        break;
      case 13 /* \r */:
        esc = '\\r';
        break;
      case 0:
        esc = '\\000';
        break;
      default:
        continue;
    }
    out += s.substring(run, i) + esc;
    run = i + 1;
  }
  return out + s.substring(run) + '"';
}

/** `%s` with a precision, or a short argument: sprintf's view, cut at the first NUL byte. */
function formatText(s: string, flags: string, width: number, precision: number): string {
  const nul = s.indexOf('\0');
  if (nul >= 0) s = s.substring(0, nul);
  if (precision >= 0 && s.length > precision) s = s.substring(0, precision);
  return padText(s, flags, width);
}

export const format: NativeFunction = (t, base, argc) => {
  const fmt = checkString(t, base, argc, 0);
  const l = fmt.length;
  let out = '';
  let run = 0;
  let argi = 0;
  let i = 0;
  while (i < l) {
    if (fmt.charCodeAt(i) !== 37 /* % */) {
      i++;
      continue;
    }
    out += fmt.substring(run, i);
    i++;
    if (i < l && fmt.charCodeAt(i) === 37) {
      out += '%';
      run = ++i;
      continue;
    }
    if (++argi >= argc) argError(t, argi, 'no value');
    // The item's spec: flags, a width of at most two digits, a precision of at most two digits.
    const specStart = i;
    while (i < l && isFlag(fmt.charCodeAt(i))) i++;
    if (i - specStart > 5) callerError('invalid format (repeated flags)');
    const flags = i > specStart ? fmt.substring(specStart, i) : '';
    let width = 0;
    if (i < l && isDigit(fmt.charCodeAt(i))) width = fmt.charCodeAt(i++) - 48;
    if (i < l && isDigit(fmt.charCodeAt(i))) width = width * 10 + fmt.charCodeAt(i++) - 48;
    let precision = -1;
    if (i < l && fmt.charCodeAt(i) === 46 /* . */) {
      i++;
      precision = 0;
      if (i < l && isDigit(fmt.charCodeAt(i))) precision = fmt.charCodeAt(i++) - 48;
      if (i < l && isDigit(fmt.charCodeAt(i))) precision = precision * 10 + fmt.charCodeAt(i++) - 48;
    }
    if (i < l && isDigit(fmt.charCodeAt(i))) callerError('invalid format (width or precision too long)');
    // Past the end, C reads the string's terminating NUL, which is no valid option either.
    const conv = i < l ? fmt.charCodeAt(i) : 0;
    i++;
    run = i;
    switch (conv) {
      case 100 /* d */:
      case 105 /* i */: {
        const x = checkNumber(t, base, argc, argi);
        // Plain `%d` of a safe integer is JS's own decimal text (-0 prints as "0" in both).
        if (flags === '' && width === 0 && precision < 0 && x <= Number.MAX_SAFE_INTEGER && x >= -Number.MAX_SAFE_INTEGER) {
          out += '' + Math.trunc(x);
        } else out += formatSigned(x, flags, width, precision);
        break;
      }
      case 111 /* o */:
      case 117 /* u */:
      case 120 /* x */:
      case 88 /* X */:
        out += formatUnsigned(checkNumber(t, base, argc, argi), conv, flags, width, precision);
        break;
      case 99 /* c */:
        out += formatChar(checkNumber(t, base, argc, argi), flags, width);
        break;
      case 101 /* e */:
      case 69 /* E */:
      case 102 /* f */:
      case 103 /* g */:
      case 71 /* G */:
        // Plain `%.14g` is what tostring writes (formatNumber, with its fast paths).
        if (conv === 103 && precision === 14 && flags === '' && width === 0) out += formatNumber(checkNumber(t, base, argc, argi));
        else out += formatFloat(checkNumber(t, base, argc, argi), String.fromCharCode(conv) as FloatConversion, precision, flags, width);
        break;
      case 113 /* q */:
        out += quoteString(checkString(t, base, argc, argi));
        break;
      case 115 /* s */: {
        const s = checkString(t, base, argc, argi);
        // lua5.1 copies a long argument whole when there is no precision (NULs, width and all).
        out += precision < 0 && s.length >= 100 ? s : formatText(s, flags, width, precision);
        break;
      }
      default:
        callerError(`invalid option '%${conv === 0 ? '' : String.fromCharCode(conv)}' to 'format'`);
    }
  }
  const result = run === 0 ? fmt : out + fmt.substring(run);
  // Items are at most a few hundred bytes, except strings, which exist already: charged when built.
  reserveMemory(t, result.length);
  chargeWork(t, bytesWork(l + result.length));
  t.stack[base] = result;
  return 1;
};
