import { describe, expect, it } from 'vitest';
import { quoteString } from '../../src/lib/format.js';
import { Matcher, acquireMatcher, hasFindSpecials, isLiteralPattern, matchClass, releaseMatcher, requiredFirstChar } from '../../src/lib/lua-patterns.js';
import { toCInt } from '../../src/lib/args.js';
import { relativePosition, toIntDirect, toLong } from '../../src/lib/string-args.js';

const LONG_MIN = -9223372036854775808;

describe('C integer casts', () => {
  it('truncates doubles toward zero the way (long) does', () => {
    expect(toLong(3.9)).toBe(3);
    expect(toLong(-3.9)).toBe(-3);
    expect(toLong(-0.5) === 0).toBe(true);
    expect(toLong(2 ** 62)).toBe(2 ** 62);
    expect(toLong(-(2 ** 63))).toBe(LONG_MIN);
  });

  it('gives the most negative long for NaN, infinities and values out of range', () => {
    for (const v of [NaN, Infinity, -Infinity, 2 ** 63, 1e300, -1e300, -(2 ** 64)]) expect(toLong(v)).toBe(LONG_MIN);
  });

  it('narrows to int by keeping the low 32 bits of the long', () => {
    expect(toCInt(2 ** 32 + 65)).toBe(65);
    expect(toCInt(2 ** 31)).toBe(-(2 ** 31));
    expect(toCInt(-1.5)).toBe(-1);
    expect(toCInt(Infinity)).toBe(0);
  });

  it('converts straight to int with the int minimum for anything out of range', () => {
    expect(toIntDirect(65.7)).toBe(65);
    expect(toIntDirect(-(2 ** 31))).toBe(-(2 ** 31));
    expect(toIntDirect(2 ** 31)).toBe(-(2 ** 31));
    expect(toIntDirect(2 ** 32 + 65)).toBe(-(2 ** 31));
    expect(toIntDirect(NaN)).toBe(-(2 ** 31));
  });

  it('resolves relative string positions and clamps what is still negative to 0', () => {
    expect(relativePosition(-1, 5)).toBe(5);
    expect(relativePosition(-5, 5)).toBe(1);
    expect(relativePosition(-6, 5)).toBe(0);
    expect(relativePosition(-100, 5)).toBe(0);
    expect(relativePosition(3, 5)).toBe(3);
    expect(relativePosition(LONG_MIN, 5)).toBe(0);
  });
});

describe('character classes', () => {
  const members = (cl: string): string => {
    let out = '';
    for (let c = 0; c < 256; c++) if (matchClass(c, cl.charCodeAt(0))) out += String.fromCharCode(c);
    return out;
  };

  it('follow the C locale and never include bytes above 127', () => {
    expect(members('d')).toBe('0123456789');
    expect(members('x')).toBe('0123456789ABCDEFabcdef');
    expect(members('s')).toBe('\t\n\v\f\r ');
    expect(members('p')).toBe('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');
    expect(members('c').length).toBe(33);
    expect(members('z')).toBe('\0');
    expect(members('w').length).toBe(62);
  });

  it('complement with the upper-case letter', () => {
    for (const cl of 'acdlpsuwxz') expect(members(cl).length + members(cl.toUpperCase()).length).toBe(256);
  });

  it('treat any other escaped character as itself', () => {
    expect(members('.')).toBe('.');
    expect(members('G')).toBe('G');
    expect(members('%')).toBe('%');
  });
});

describe('the matcher', () => {
  function run(src: string, pat: string, init = 0): [number, number] | null {
    const m = new Matcher();
    m.reset(src, pat);
    const anchor = pat.startsWith('^');
    for (let s = init; s <= src.length; s++) {
      const e = m.run(s, anchor ? 1 : 0);
      if (e >= 0) return [s, e];
      if (anchor) break;
    }
    return null;
  }

  it('finds leftmost matches with greedy and lazy repetition', () => {
    expect(run('aaab', 'a*b')).toEqual([0, 4]);
    expect(run('<a><b>', '<.->')).toEqual([0, 3]);
    expect(run('<a><b>', '<.*>')).toEqual([0, 6]);
    expect(run('xyz', 'y?z')).toEqual([1, 3]);
  });

  it('ends the pattern at its first zero byte', () => {
    expect(run('abc', 'b\0zzz')).toEqual([1, 2]);
  });

  it('reports captures and position captures', () => {
    const m = new Matcher();
    m.reset('key=val', '(%w+)=()(%w+)');
    const e = m.run(0, 0);
    expect(e).toBe(7);
    expect(m.level).toBe(3);
    expect(m.capture(0, 0, e)).toBe('key');
    expect(m.capture(1, 0, e)).toBe(5);
    expect(m.capture(2, 0, e)).toBe('val');
  });

  it('matches balanced runs and frontiers', () => {
    expect(run('f(a(b)c)d', '%b()')).toEqual([1, 8]);
    expect(run('hello world', '%f[%w]w')).toEqual([6, 7]);
    expect(run('abc', '%f[%z]')).toEqual([3, 3]);
  });

  it('raises lua5.1 errors for malformed patterns', () => {
    expect(() => run('abc', '%')).toThrow();
    expect(() => run('abc', '[a')).toThrow();
    expect(() => run('abc', 'a)')).toThrow();
  });

  it('classifies patterns for the fast paths', () => {
    expect(hasFindSpecials('abc')).toBe(false);
    expect(hasFindSpecials('a.c')).toBe(true);
    expect(hasFindSpecials('a\0.c')).toBe(false);
    expect(hasFindSpecials('a)')).toBe(false);
    expect(isLiteralPattern('a)', 0)).toBe(false);
    expect(isLiteralPattern('hello world', 0)).toBe(true);
    expect(isLiteralPattern('^abc', 1)).toBe(true);
    expect(requiredFirstChar('ab+', 0)).toBe('a');
    expect(requiredFirstChar('a*b', 0)).toBe('');
    expect(requiredFirstChar('a+', 0)).toBe('a');
    expect(requiredFirstChar('%a', 0)).toBe('');
    expect(requiredFirstChar('', 0)).toBe('');
  });
});

describe('%q quoting', () => {
  it('escapes only quote, backslash, newline, carriage return and zero bytes', () => {
    expect(quoteString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(quoteString('1\n2\r3\x004')).toBe('"1\\\n2\\r3\\0004"');
    expect(quoteString('\t\x01\xff')).toBe('"\t\x01\xff"');
  });
});

describe('pattern search through the host RegExp', () => {
  /** Start, end and captures of the first match from `init`, or the error message. */
  function searchOnce(src: string, pat: string, init: number, metered: boolean): string {
    const m = acquireMatcher(src, pat);
    // A matcher whose steps are counted never uses the host's RegExp.
    if (metered) m.onSteps = (x) => (x.stepsLeft = 1 << 20);
    try {
      const anchored = pat.charCodeAt(0) === 94;
      const s = m.search(init, anchored ? 1 : 0, anchored);
      if (s < 0) return 'none';
      const caps: unknown[] = [];
      for (let i = 0; i < Math.max(m.level, 1); i++) caps.push(m.capture(i, s, m.lastEnd));
      return `${s}-${m.lastEnd} ${JSON.stringify(caps)}`;
    } catch (e) {
      return `error ${(e as Error).message}`;
    } finally {
      releaseMatcher(m);
    }
  }

  it('finds what the matcher finds, captures included', () => {
    // Items that match often (so that repetitions back off and captures fill), quantifiers, and
    // rarer pieces: sets and classes of every kind, anchors, malformed and untranslatable items.
    const items = ['a', 'a', 'b', 'b', '.', '%a', '%d', '%s', '(', ')', '*', '+', '-', '?', '-', '*',
      '%W', '%z', '[ab]', '[^a]', '[a-c]', '[%d%s]', '[]a]', '[^%A]', '[c-a]', '$', '^', '%.', '%',
      '[', '()', '%1', '%bab', '%f[a]'];
    const chars = ['a', 'a', 'b', 'b', '1', ' ', '.', 'c', '\0', '\xe9'];
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor(seed / 65536) % n;
    };
    let found = 0;
    for (let trial = 0; trial < 6000; trial++) {
      let pat = '';
      for (let i = 1 + rand(6); i > 0; i--) pat += items[rand(items.length)];
      let src = '';
      for (let i = rand(12); i > 0; i--) src += chars[rand(chars.length)];
      const init = rand(4) === 0 ? rand(src.length + 2) : 0;
      const plain = searchOnce(src, pat, init, false);
      expect(plain, `${JSON.stringify(src)} ${JSON.stringify(pat)} from ${init}`).toBe(searchOnce(src, pat, init, true));
      if (!plain.startsWith('error') && plain !== 'none') found++;
    }
    // Matches were found often (the rest fail or raise the matcher's errors, either way).
    expect(found).toBeGreaterThan(600);
  });
});
