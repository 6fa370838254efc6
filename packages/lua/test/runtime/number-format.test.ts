import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  formatE,
  formatF,
  formatFloat,
  formatG,
  formatNumber,
  type FloatConversion,
} from '../../src/runtime/number-format.js';

// Expected strings were produced by lua5.1 (tostring and string.format) on x86-64 glibc.

/** [value, what lua5.1's tostring prints] */
const TOSTRING_CASES: [number, string][] = [
  [0, '0'],
  [1, '1'],
  [-1, '-1'],
  [7, '7'],
  [42, '42'],
  [-42, '-42'],
  [100, '100'],
  [1000000, '1000000'],
  [123456789, '123456789'],
  [2147483647, '2147483647'],
  [2147483648, '2147483648'],
  [4294967296, '4294967296'],
  [-2147483648, '-2147483648'],
  [99999999999999, '99999999999999'],
  [99999999999999, '99999999999999'],
  [100000000000000, '1e+14'],
  [-100000000000000, '-1e+14'],
  [123456789012345, '1.2345678901234e+14'],
  [999999999999999, '1e+15'],
  [1000000000000000, '1e+15'],
  [1000000000000001, '1e+15'],
  [9007199254740992, '9.007199254741e+15'],
  [9007199254740994, '9.007199254741e+15'],
  [-9007199254740992, '-9.007199254741e+15'],
  [9223372036854776000, '9.2233720368548e+18'],
  [18446744073709552000, '1.844674407371e+19'],
  [10000000000000000, '1e+16'],
  [1e+21, '1e+21'],
  [1e+22, '1e+22'],
  [1e+100, '1e+100'],
  [1e+300, '1e+300'],
  [1.7976931348623157e+308, '1.7976931348623e+308'],
  [0.1, '0.1'],
  [0.2, '0.2'],
  [0.30000000000000004, '0.3'],
  [0.3, '0.3'],
  [0.3333333333333333, '0.33333333333333'],
  [0.6666666666666666, '0.66666666666667'],
  [-0.3333333333333333, '-0.33333333333333'],
  [0.5, '0.5'],
  [1.5, '1.5'],
  [2.5, '2.5'],
  [-2.5, '-2.5'],
  [3.14159, '3.14159'],
  [3.141592653589793, '3.1415926535898'],
  [2.718281828459045, '2.718281828459'],
  [1.4142135623730951, '1.4142135623731'],
  [0.0001, '0.0001'],
  [0.00001, '1e-05'],
  [0.00012345, '0.00012345'],
  [0.000123456789012345, '0.00012345678901234'],
  [1e-7, '1e-07'],
  [1e-10, '1e-10'],
  [1e-300, '1e-300'],
  [5e-324, '4.9406564584125e-324'],
  [2.2250738585072014e-308, '2.2250738585072e-308'],
  [123.456, '123.456'],
  [1234567.891, '1234567.891'],
  [12345678901.25, '12345678901.25'],
  [0.30000000000000004, '0.3'],
  [14.285714285714286, '14.285714285714'],
  [99999999999999.5, '1e+14'],
  [99999999999999.98, '1e+14'],
  [0.0000999999999999999, '0.0001'],
  [0.00009999999999999999, '0.0001'],
  [0.00009999999999999999, '0.0001'],
  [1.00000000000001, '1'],
  [1.000000000000001, '1'],
  [1.0000000000000002, '1'],
  [2.675, '2.675'],
  [1.005, '1.005'],
  [0.000085, '8.5e-05'],
  [12345678000000, '12345678000000'],
  [4.35, '4.35'],
  [0.145, '0.145'],
  [10000000000000.5, '10000000000000'],
  [0.00003, '3e-05'],
  [65536.125, '65536.125'],
  [-0.0625, '-0.0625'],
  [6.02214076e+23, '6.02214076e+23'],
  [1.602176634e-19, '1.602176634e-19'],
];

/** [value, printf format, what lua5.1's string.format prints] */
const PRINTF_CASES: [number, string, string][] = [
  [0.5, '%.0f', "0"],
  [0.5, '%.0e', "5e-01"],
  [0.5, '%.0g', "0.5"],
  [0.5, '%#.0f', "0."],
  [0.5, '%f', "0.500000"],
  [0.5, '%e', "5.000000e-01"],
  [0.5, '%g', "0.5"],
  [1.5, '%.0f', "2"],
  [1.5, '%.0e', "2e+00"],
  [2.5, '%.0f', "2"],
  [2.5, '%.0e', "2e+00"],
  [2.5, '%.1g', "2"],
  [3.5, '%.0f', "4"],
  [-0.5, '%.0f', "-0"],
  [-2.5, '%.0f', "-2"],
  [-2.5, '%+.0f', "-2"],
  [0.125, '%.2f', "0.12"],
  [0.125, '%.1e', "1.2e-01"],
  [0.125, '%.2g', "0.12"],
  [0.375, '%.2f', "0.38"],
  [2.675, '%.2f', "2.67"],
  [1.005, '%.2f', "1.00"],
  [1e+21, '%f', "1000000000000000000000.000000"],
  [1e+21, '%.0f', "1000000000000000000000"],
  [1e+21, '%e', "1.000000e+21"],
  [1e+21, '%g', "1e+21"],
  [1e+21, '%.21g', "1e+21"],
  [5e-324, '%e', "4.940656e-324"],
  [5e-324, '%.20e', "4.94065645841246544177e-324"],
  [5e-324, '%g', "4.94066e-324"],
  [5e-324, '%.3f', "0.000"],
  [5e-324, '%.0e', "5e-324"],
  [123456789012345680, '%f', "123456789012345680.000000"],
  [123456789012345680, '%.0f', "123456789012345680"],
  [123456789012345680, '%e', "1.234568e+17"],
  [123456789012345680, '%.18g', "123456789012345680"],
  [123456789012345680, '%g', "1.23457e+17"],
  [1e+300, '%.0f', "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"],
  [0, '%e', "0.000000e+00"],
  [0, '%f', "0.000000"],
  [0, '%g', "0"],
  [0, '%#g', "0.00000"],
  [0, '%.0e', "0e+00"],
  [0, '%+g', "+0"],
  [0, '% f', " 0.000000"],
  [0, '%05.1f', "000.0"],
  [-0, '%g', "-0"],
  [-0, '%f', "-0.000000"],
  [-0, '%e', "-0.000000e+00"],
  [-0, '%.14g', "-0"],
  [3.141592653589793, '%.3f', "3.142"],
  [3.141592653589793, '%10.4f', "    3.1416"],
  [3.141592653589793, '%-10.4f', "3.1416    "],
  [3.141592653589793, '%+.2e', "+3.14e+00"],
  [3.141592653589793, '%010.3f', "000003.142"],
  [3.141592653589793, '% .5g', " 3.1416"],
  [3.141592653589793, '%#.0e', "3.e+00"],
  [3.141592653589793, '%#.10g', "3.141592654"],
  [3.141592653589793, '%.15g', "3.14159265358979"],
  [3.141592653589793, '%.17g', "3.1415926535897931"],
  [3.141592653589793, '%.20f', "3.14159265358979311600"],
  [3.141592653589793, '%G', "3.14159"],
  [3.141592653589793, '%E', "3.141593E+00"],
  [3.141592653589793, '%.99g', "3.141592653589793115997963468544185161590576171875"],
  [999.5, '%#.3g', "1.e+03"],
  [999.5, '%.3g', "1e+03"],
  [999.5, '%.0f', "1000"],
  [999.9, '%#.3g', "1.e+03"],
  [999.9, '%.3e', "9.999e+02"],
  [9.9995, '%.3f', "9.999"],
  [9.9995, '%.4g', "9.999"],
  [0.0001, '%g', "0.0001"],
  [0.0001, '%e', "1.000000e-04"],
  [0.00001, '%g', "1e-05"],
  [0.00001, '%#g', "1.00000e-05"],
  [123456, '%g', "123456"],
  [123456, '%#g', "123456."],
  [123456, '%.2g', "1.2e+05"],
  [123456, '%.10g', "123456"],
  [1234567, '%g', "1.23457e+06"],
  [1234567, '%G', "1.23457E+06"],
  [1234567, '%.7g', "1234567"],
  [100000, '%g', "100000"],
  [0.00001, '%.3g', "1e-05"],
  [0.00001, '%G', "1E-05"],
  [Infinity, '%f', "inf"],
  [Infinity, '%e', "inf"],
  [Infinity, '%g', "inf"],
  [Infinity, '%G', "INF"],
  [Infinity, '%+f', "+inf"],
  [Infinity, '%8.2f', "     inf"],
  [Infinity, '%-8f', "inf     "],
  [Infinity, '%08f', "     inf"],
  [Infinity, '% f', " inf"],
  [-Infinity, '%f', "-inf"],
  [-Infinity, '%G', "-INF"],
  [-Infinity, '%010g', "      -inf"],
  [NaN, '%f', "nan"],
  [NaN, '%g', "nan"],
  [NaN, '%E', "NAN"],
  [NaN, '%5g', "  nan"],
  [-12.5, '%08.2f', "-0012.50"],
  [-12.5, '%-8.2f', "-12.50  "],
  [-12.5, '%+8.2f', "  -12.50"],
  [-12.5, '% 8.2f', "  -12.50"],
  [-12.5, '%8.2e', "-1.25e+01"],
  [4503599627370496, '%.1f', "4503599627370496.0"],
  [4503599627370496, '%.0f', "4503599627370496"],
  [0.1, '%.20f', "0.10000000000000000555"],
  [0.1, '%.30e', "1.000000000000000055511151231258e-01"],
  [0.1, '%.60f', "0.100000000000000005551115123125782702118158340454101562500000"],
  [0.1, '%.17g', "0.10000000000000001"],
  [0.1, '%.25g', "0.1000000000000000055511151"],
  [0.3333333333333333, '%.16f', "0.3333333333333333"],
  [0.3333333333333333, '%.16e', "3.3333333333333331e-01"],
  [0.3333333333333333, '%.16g', "0.3333333333333333"],
];

/** Apply a single printf conversion spec such as "%-+08.3f" through formatFloat. */
function printf(spec: string, n: number): string {
  const m = /^%([-+ #0]*)(\d*)(?:\.(\d*))?([eEfgG])$/.exec(spec);
  if (m === null) throw new Error('bad spec ' + spec);
  const precision = m[3] === undefined ? -1 : Number(m[3] || '0');
  return formatFloat(n, m[4] as FloatConversion, precision, m[1] ?? '', Number(m[2] || '0'));
}

describe('formatNumber (tostring of numbers, %.14g)', () => {
  it.each(TOSTRING_CASES)('prints %s as lua5.1 does', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  it('prints negative zero as -0', () => {
    expect(formatNumber(-0)).toBe('-0');
    expect(formatNumber(0 * -1)).toBe('-0');
  });

  it('prints infinities as inf and -inf', () => {
    expect(formatNumber(Infinity)).toBe('inf');
    expect(formatNumber(-Infinity)).toBe('-inf');
  });

  it('prints a NaN as nan or -nan according to its sign bit', () => {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, NaN);
    view.setUint8(0, view.getUint8(0) & 0x7f);
    expect(formatNumber(view.getFloat64(0))).toBe('nan');
    view.setUint8(0, view.getUint8(0) | 0x80);
    expect(formatNumber(view.getFloat64(0))).toBe('-nan');
  });

  it('rounds an exact tie at the 15th digit to even, unlike toPrecision', () => {
    // 123456789012345 = 1.2345678901234|5e14 exactly; toPrecision(14) would round up.
    expect(formatNumber(123456789012345)).toBe('1.2345678901234e+14');
    expect(formatNumber(123456789012355)).toBe('1.2345678901236e+14');
    expect(formatNumber(10000000000000.5)).toBe('10000000000000');
    expect(formatNumber(10000000000001.5)).toBe('10000000000002');
  });

  it('agrees with the general %.14g path on many generated values', () => {
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let i = 0; i < 20000; i++) {
      const v = (random() - 0.5) * 10 ** Math.floor(random() * 40 - 20);
      const rounded = Number(v.toPrecision(1 + Math.floor(random() * 17)));
      const integer = Math.floor(random() * 1e6) * 10 ** Math.floor(random() * 20);
      for (const x of [v, rounded, integer]) expect(formatNumber(x)).toBe(formatFloat(x, 'g', 14));
    }
  });
});

describe('formatFloat (printf %e %f %g)', () => {
  it.each(PRINTF_CASES)('formats %s with %s as lua5.1 does', (value, spec, expected) => {
    expect(printf(spec, value)).toBe(expected);
  });

  it('rounds exact binary ties to even in every conversion', () => {
    expect(formatF(0.5, 0)).toBe('0');
    expect(formatF(1.5, 0)).toBe('2');
    expect(formatF(2.5, 0)).toBe('2');
    expect(formatF(0.125, 2)).toBe('0.12');
    expect(formatE(2.5, 0)).toBe('2e+00');
    expect(formatE(9.5, 0)).toBe('1e+01');
    expect(formatG(2.5, 1)).toBe('2');
    expect(formatG(0.0625, 2)).toBe('0.062');
  });

  it('keeps glibc\'s short form when %#g rounds up to the next power of ten', () => {
    expect(formatG(999.9, 3, '#')).toBe('1.e+03');
    expect(formatG(999999.5, 6, '#')).toBe('1.e+06');
    expect(formatG(9999.9, 3, '#')).toBe('1.00e+04');
    expect(formatG(99.96, 3, '#')).toBe('100.');
  });

  it('writes large and tiny values with all their exact digits', () => {
    expect(formatF(2 ** 70, 0)).toBe('1180591620717411303424');
    expect(formatF(1e22, 1)).toBe('10000000000000000000000.0');
    expect(formatE(5e-324, 30)).toBe('4.940656458412465441765687928682e-324');
  });

  it('uses defaults of precision 6 and no flags', () => {
    expect(formatG(100000)).toBe('100000');
    expect(formatG(1000000)).toBe('1e+06');
    expect(formatE(1)).toBe('1.000000e+00');
    expect(formatF(1)).toBe('1.000000');
  });
});

/** lua5.1 as an oracle when it is installed: random doubles through many formats. */
function luaAvailable(): boolean {
  try {
    execFileSync('lua5.1', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!luaAvailable())('formatting against the lua5.1 binary', () => {
  it('matches string.format and tostring on 2000 random doubles in 12 formats', () => {
    const view = new DataView(new ArrayBuffer(8));
    let seed = 99;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const values: number[] = [];
    while (values.length < 2000) {
      const kind = values.length % 4;
      let v: number;
      if (kind === 0) {
        view.setUint32(0, Math.floor(random() * 2 ** 32));
        view.setUint32(4, Math.floor(random() * 2 ** 32));
        v = view.getFloat64(0);
      } else if (kind === 1) {
        v = Math.floor(random() * 200000) / 2 ** Math.floor(random() * 24);
      } else if (kind === 2) {
        v = Number((random() * 1000).toFixed(Math.floor(random() * 6)));
      } else {
        v = (random() - 0.5) * 10 ** Math.floor(random() * 50 - 25);
      }
      if (Number.isFinite(v)) values.push(v);
    }
    const specs = ['%.14g', '%g', '%e', '%f', '%.0f', '%.3e', '%.1g', '%.20g', '%#.4g', '%+012.4f', '%-14.3e', '%.40f'];
    // Hexadecimal float text reaches lua5.1 bit-exactly (its tonumber uses strtod).
    const hex = values.map((v) => {
      view.setFloat64(0, v);
      const high = view.getUint32(0);
      const sign = high >>> 31 ? '-' : '';
      const biased = (high >>> 20) & 0x7ff;
      const mantissa =
        (high & 0xfffff).toString(16).padStart(5, '0') + view.getUint32(4).toString(16).padStart(8, '0');
      return biased === 0 ? `${sign}0x0.${mantissa}p-1022` : `${sign}0x1.${mantissa}p${biased - 1023}`;
    });
    const script =
      'local specs = {' +
      specs.map((s) => JSON.stringify(s)).join(',') +
      '} for line in io.stdin:lines() do local v = tonumber(line) io.write(tostring(v), "\\n") ' +
      'for _, s in ipairs(specs) do io.write(string.format(s, v), "\\n") end end';
    const lines = execFileSync('lua5.1', ['-e', script], { input: hex.join('\n') + '\n' })
      .toString()
      .split('\n');
    const mismatches: string[] = [];
    let k = 0;
    for (const v of values) {
      const mine = [formatNumber(v), ...specs.map((s) => printf(s, v))];
      for (let j = 0; j < mine.length; j++) {
        const expected = lines[k++];
        if (mine[j] !== expected) mismatches.push(`${v} ${j === 0 ? 'tostring' : specs[j - 1]}: ${expected} vs ${mine[j]}`);
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });
});
