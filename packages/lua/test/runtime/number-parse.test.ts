import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/runtime/number-format.js';
import { parseInteger, parseNumber, scaleBinary } from '../../src/runtime/number-parse.js';

// Expected values were produced by lua5.1's tonumber; 'nan' and '-nan' stand for a NaN that
// lua5.1 prints that way.

type Expected = number | undefined | 'nan' | '-nan';

/** [string, what tonumber(string) gives] */
const CASES: [string, Expected][] = [
  ["inf", Infinity],
  ["nan", 'nan'],
  ["-inf", -Infinity],
  ["+inf", Infinity],
  ["infinity", Infinity],
  ["-Infinity", -Infinity],
  ["INF", Infinity],
  ["iNfInItY", Infinity],
  ["infinit", undefined],
  ["infx", undefined],
  ["nan(123)", 'nan'],
  ["nan()", 'nan'],
  ["nan(abc_1)", 'nan'],
  ["nan(", undefined],
  ["nan(1 2)", undefined],
  ["-nan", '-nan'],
  ["NaN", 'nan'],
  [" nan ", 'nan'],
  ["0x10", 16],
  ["0X1F", 31],
  ["-0x10", -16],
  ["+0x10", 16],
  [" 0x10 ", 16],
  ["0x", undefined],
  ["0x ", undefined],
  ["0xg", undefined],
  ["0x.", undefined],
  ["0x.8", 0.5],
  ["0x8.", 8],
  ["0x1p4", 16],
  ["0x1P-2", 0.25],
  ["0x1p", undefined],
  ["0x1p+", undefined],
  ["0xA.8p1", 21],
  ["0x1.8", 1.5],
  ["0xffffffffffffffffff", 4.7223664828696452e+21],
  ["0x1p-1074", 4.9406564584124654e-324],
  ["0x1p-1075", 0],
  ["0x1.8p-1075", 4.9406564584124654e-324],
  ["0x1p1024", Infinity],
  ["0x1.fffffffffffffp1023", 1.7976931348623157e+308],
  ["0x1.fffffffffffff8p1023", Infinity],
  ["0x10000000000000001", 1.8446744073709552e+19],
  ["0x20000000000000011", 3.6893488147419103e+19],
  ["0x1.00000000000008p0", 1],
  ["0x1.00000000000018p0", 1.0000000000000004],
  ["0x-1", undefined],
  ["0x 1", undefined],
  ["1e", undefined],
  ["1e+", undefined],
  ["1e-", undefined],
  ["1E5", 100000],
  ["1e+5", 100000],
  ["1e-5", 1.0000000000000001e-05],
  ["1e5x", undefined],
  ["", undefined],
  ["  ", undefined],
  ["\t\n\u000b\f\r 10 \t\n\u000b\f\r", 10],
  [" 10 ", 10],
  ["10a", undefined],
  ["10 a", undefined],
  [".5", 0.5],
  ["5.", 5],
  [".", undefined],
  ["-.5", -0.5],
  ["+.5", 0.5],
  ["-", undefined],
  ["+", undefined],
  ["- 5", undefined],
  ["+-5", undefined],
  ["--5", undefined],
  [".e5", undefined],
  ["5.e3", 5000],
  ["0005", 5],
  ["00", 0],
  ["1.5e308", 1.5e+308],
  ["1e309", Infinity],
  ["-1e309", -Infinity],
  ["1e-400", 0],
  ["-1e-400", -0],
  ["2.4703282292062328e-324", 4.9406564584124654e-324],
  ["1\u0000", 1],
  ["1\u0000abc", 1],
  ["\u00001", undefined],
  ["12345678901234567890", 1.2345678901234567e+19],
  ["0.1", 0.10000000000000001],
  ["3.14159", 3.1415899999999999],
  ["  -7  ", -7],
  ["1,5", undefined],
  ["1_000", undefined],
  ["1e1.5", undefined],
  ["0b101", undefined],
  ["0o7", undefined],
  ["\u00a05", undefined],
  ["5\u00a0", undefined],
  ["1e+0010", 10000000000],
  ["9007199254740993", 9007199254740992],
  ["123.456e-2", 1.2345600000000001],
  ["Infinity", Infinity],
  ["1e99999999999", Infinity],
  ["0e0", 0],
  ["-0", -0],
  ["0x0p0", 0],
];

/** [string, base, what tonumber(string, base) gives] */
const BASE_CASES: [string, number, number | undefined][] = [
  ["ff", 16, 255],
  ["FF", 16, 255],
  ["0xff", 16, 255],
  ["0XfF", 16, 255],
  ["0x", 16, undefined],
  ["0xg", 16, undefined],
  [" -ff ", 16, 1.8446744073709552e+19],
  ["-1", 16, 1.8446744073709552e+19],
  ["zz", 36, 1295],
  ["ZZ", 36, 1295],
  ["z", 35, undefined],
  ["12", 2, undefined],
  ["101", 2, 5],
  ["+11", 2, 3],
  ["-11", 2, 1.8446744073709552e+19],
  ["777", 8, 511],
  ["8", 8, undefined],
  ["1.5", 10, 1.5],
  ["0x10", 10, 16],
  ["  10  ", 10, 10],
  ["1e2", 10, 100],
  ["1e2", 16, 482],
  ["", 16, undefined],
  [" ", 16, undefined],
  ["ffffffffffffffffffff", 16, 1.8446744073709552e+19],
  ["-ffffffffffffffffffff", 16, 1.8446744073709552e+19],
  ["8000000000000001", 16, 9.2233720368547758e+18],
  ["ffffffffffffffff", 16, 1.8446744073709552e+19],
  ["10000000000000000", 16, 1.8446744073709552e+19],
  ["-0", 2, 0],
  ["1\u0000zz", 16, 1],
  ["11", 3, 4],
  ["a", 11, 10],
  ["A", 11, 10],
  ["b", 11, undefined],
  ["1 1", 2, undefined],
  ["0x1", 15, undefined],
  ["7fffffffffffffff", 16, 9.2233720368547758e+18],
  ["1234567890123456789", 36, 1.8446744073709552e+19],
];

describe('parseNumber (tonumber and arithmetic coercion)', () => {
  it.each(CASES)('converts %j as lua5.1 does', (text, expected) => {
    const value = parseNumber(text);
    if (expected === 'nan' || expected === '-nan') {
      expect(value).toBeNaN();
      expect(formatNumber(value as number)).toBe(expected);
    } else {
      expect(value).toBe(expected);
    }
  });

  it('agrees with JS on the value of ordinary decimal numerals', () => {
    const numerals = ['0.1', '1e23', '8.98846567431158e307', '2.2250738585072011e-308', '123456789012345678901234567890'];
    for (const text of numerals) expect(parseNumber(text)).toBe(Number(text));
  });

  it('rejects characters that JS would accept as whitespace or syntax', () => {
    for (const text of ['\u00a010', '10\u00a0', '\u202810', '0b1', '0o1', '1n', 'Infinityx', '1__0']) {
      expect(parseNumber(text)).toBeUndefined();
    }
  });
});

describe('parseInteger (tonumber with a base)', () => {
  it.each(BASE_CASES)('converts %j in base %i as lua5.1 does', (text, base, expected) => {
    expect(parseInteger(text, base)).toBe(expected);
  });

  it('reads every digit value in base 36', () => {
    for (let d = 0; d < 36; d++) {
      expect(parseInteger(d.toString(36), 36)).toBe(d);
      expect(parseInteger(d.toString(36).toUpperCase(), 36)).toBe(d);
    }
    expect(parseInteger('10', 36)).toBe(36);
  });

  it('wraps negative values modulo 2^64 like strtoul', () => {
    expect(parseInteger('-1', 2)).toBe(2 ** 64);
    expect(parseInteger('-10', 16)).toBe(Number(2n ** 64n - 16n));
    expect(parseInteger('-8000000000000000', 16)).toBe(2 ** 63);
  });
});

describe('scaleBinary', () => {
  it('rounds to nearest even, including into the subnormal range', () => {
    expect(scaleBinary(3n, -1)).toBe(1.5);
    expect(scaleBinary((1n << 53n) + 1n, 0)).toBe(2 ** 53);
    expect(scaleBinary((1n << 53n) + 3n, 0)).toBe(2 ** 53 + 4);
    expect(scaleBinary(1n, -1074)).toBe(5e-324);
    expect(scaleBinary(3n, -1075)).toBe(1e-323);
    expect(scaleBinary(1n, -1076)).toBe(0);
    expect(scaleBinary(1n, 1024)).toBe(Infinity);
    expect(scaleBinary((1n << 54n) - 1n, 970)).toBe(Infinity);
    expect(scaleBinary((1n << 54n) - 2n, 970)).toBe(1.7976931348623157e308);
  });
});
