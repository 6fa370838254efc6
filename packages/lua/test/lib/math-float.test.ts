import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { frexp, frexpExponent, ldexp, modf, modfFraction } from '../../src/lib/math-float.js';
import { lua51Available } from '../lua51.js';

const available = lua51Available();

/** A double from 64 random bits (any finite value, subnormals included, about 1 in 2048 of them). */
function randomDouble(next: () => number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setUint32(0, next() >>> 0);
  view.setUint32(4, next() >>> 0);
  const x = view.getFloat64(0);
  return Number.isFinite(x) ? x : 1;
}

/** A small deterministic generator, so failures reproduce. */
function generator(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) ^ (s >>> 12);
  };
}

/** Lua source for a double, exact: 17 significant digits read back by strtod. */
function literal(x: number): string {
  if (x === Infinity) return 'math.huge';
  if (x === -Infinity) return '-math.huge';
  if (Object.is(x, -0)) return '(-1/math.huge)';
  return `(${x.toPrecision(17)})`;
}

/** A double printed by lua5.1 with %.17g, back to a number. */
function parse(text: string): number {
  if (text === 'inf') return Infinity;
  if (text === '-inf') return -Infinity;
  return Number(text);
}

/** Runs `body` (Lua statements that print lines) in lua5.1 and returns the lines. */
function lua51Lines(body: string): string[] {
  const script = `local function f(x) return string.format('%.17g', x) end\n${body}`;
  const r = spawnSync('lua5.1', ['-'], { input: script, encoding: 'latin1', maxBuffer: 64 * 1024 * 1024 });
  expect(r.stderr).toBe('');
  return r.stdout.trimEnd().split('\n');
}

describe('frexp', () => {
  it('splits powers of two and ordinary numbers into a mantissa in [0.5, 1) and an exponent', () => {
    expect([frexp(1), frexpExponent]).toEqual([0.5, 1]);
    expect([frexp(8), frexpExponent]).toEqual([0.5, 4]);
    expect([frexp(-3), frexpExponent]).toEqual([-0.75, 2]);
    expect([frexp(0.1), frexpExponent]).toEqual([0.8, -3]);
  });

  it('handles subnormals, whose exponent field is zero', () => {
    expect([frexp(5e-324), frexpExponent]).toEqual([0.5, -1073]);
    expect([frexp(-(2 ** -1030)), frexpExponent]).toEqual([-0.5, -1029]);
    expect([frexp(2.2250738585072009e-308), frexpExponent]).toEqual([0.9999999999999998, -1022]);
  });

  it('returns zeros, infinities and NaN unchanged with exponent 0', () => {
    expect(Object.is(frexp(-0), -0)).toBe(true);
    expect(frexpExponent).toBe(0);
    expect([frexp(Infinity), frexpExponent]).toEqual([Infinity, 0]);
    expect(frexp(NaN)).toBeNaN();
  });
});

describe('ldexp', () => {
  it('scales exactly in the normal range and saturates beyond it', () => {
    expect(ldexp(0.5, 1024)).toBe(2 ** 1023);
    expect(ldexp(1, 1024)).toBe(Infinity);
    expect(ldexp(-1, 5000)).toBe(-Infinity);
    expect(ldexp(2 ** -1074, 2000)).toBe(2 ** 926);
    expect(ldexp(3, -2)).toBe(0.75);
  });

  it('rounds subnormal results once, ties to even', () => {
    expect(ldexp(1, -1074)).toBe(5e-324);
    // 2^-1075 is halfway between 0 and the smallest subnormal: ties go to the even one, 0.
    expect(ldexp(1, -1075)).toBe(0);
    // 1.5 * 2^-1075 is above halfway: rounds up.
    expect(ldexp(1.5, -1075)).toBe(5e-324);
    // 3 * 2^-1075 = 1.5 ulps: ties to even gives 2 ulps.
    expect(ldexp(3, -1075)).toBe(1e-323);
    expect(Object.is(ldexp(-1, -3000), -0)).toBe(true);
  });

  it.skipIf(!available)('agrees with lua5.1 on random doubles and exponents', () => {
    const next = generator(12345);
    const cases: [number, number][] = [];
    for (let i = 0; i < 3000; i++) {
      const x = randomDouble(next);
      const e = (next() % 2300) | 0;
      cases.push([x, e]);
    }
    // Numbers near the subnormal boundary, where double rounding would show.
    for (let i = 0; i < 1000; i++) {
      const m = 1 + (next() >>> 0) / 2 ** 32;
      cases.push([m, -1022 - ((next() >>> 0) % 60)]);
    }
    const body = cases.map(([x, e]) => `print(f(math.ldexp(${literal(x)}, ${e})))`).join('\n');
    const lines = lua51Lines(body);
    expect(lines.length).toBe(cases.length);
    const mismatches = cases.filter(([x, e], i) => !Object.is(ldexp(x, e), parse(lines[i])));
    expect(mismatches).toEqual([]);
  });

  it.skipIf(!available)('agrees with lua5.1 frexp on random doubles', () => {
    const next = generator(777);
    const xs: number[] = [];
    for (let i = 0; i < 3000; i++) xs.push(randomDouble(next));
    for (let i = 0; i < 200; i++) xs.push(((next() >>> 0) + 1) * 5e-324);
    const body = xs.map((x) => `do local m, e = math.frexp(${literal(x)}) print(f(m) .. ' ' .. e) end`).join('\n');
    const lines = lua51Lines(body);
    expect(lines.length).toBe(xs.length);
    const mismatches = xs.filter((x, i) => {
      const [m, e] = lines[i].split(' ');
      return !Object.is(frexp(x), parse(m)) || frexpExponent !== Number(e);
    });
    expect(mismatches).toEqual([]);
  });
});

describe('modf', () => {
  it('gives the integral part and a fraction with the sign of x', () => {
    expect([modf(3.75), modfFraction]).toEqual([3, 0.75]);
    expect([modf(-3.75), modfFraction]).toEqual([-3, -0.75]);
    expect(Object.is(modf(-0.5), -0)).toBe(true);
    expect(Object.is((modf(-4), modfFraction), -0)).toBe(true);
    expect([modf(-Infinity), Object.is(modfFraction, -0)]).toEqual([-Infinity, true]);
    expect([modf(Infinity), Object.is(modfFraction, 0)]).toEqual([Infinity, true]);
  });

  it.skipIf(!available)('agrees with lua5.1 on random doubles', () => {
    const next = generator(99);
    const xs: number[] = [];
    for (let i = 0; i < 2000; i++) xs.push(randomDouble(next));
    for (let i = 0; i < 500; i++) xs.push(((next() | 0) / 1024) * (i % 2 ? 1 : -1));
    const body = xs.map((x) => `do local a, b = math.modf(${literal(x)}) print(f(a) .. ' ' .. f(b)) end`).join('\n');
    const lines = lua51Lines(body);
    expect(lines.length).toBe(xs.length);
    const mismatches = xs.filter((x, i) => {
      const [a, b] = lines[i].split(' ');
      return !Object.is(modf(x), parse(a)) || !Object.is(modfFraction, parse(b));
    });
    expect(mismatches).toEqual([]);
  });
});

describe('fmod through the % operator', () => {
  it.skipIf(!available)('agrees with lua5.1 math.fmod on random operands', () => {
    const next = generator(4242);
    const cases: [number, number][] = [];
    for (let i = 0; i < 3000; i++) {
      const x = randomDouble(next);
      // Divisors from the whole range, and some close to the dividend's magnitude.
      const y = i % 2 ? randomDouble(next) : x / (1 + ((next() >>> 0) % 1000) / 7);
      if (y !== 0) cases.push([x, y]);
    }
    const body = cases.map(([x, y]) => `print(f(math.fmod(${literal(x)}, ${literal(y)})))`).join('\n');
    const lines = lua51Lines(body);
    expect(lines.length).toBe(cases.length);
    const mismatches = cases.filter(([x, y], i) => !Object.is(x % y, parse(lines[i])));
    expect(mismatches).toEqual([]);
  });
});
