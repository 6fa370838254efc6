import { describe, expect, it } from 'vitest';
import { IC_MISS, PolyCache, cached, icStore, lowerCacheMiss, lowerCached, lowerCachedCall } from '../src/index.js';

describe('cached', () => {
  it('evaluates its body outside generated code (reference mode)', () => {
    let calls = 0;
    expect(cached('k', () => ++calls)).toBe(1);
    expect(cached('k', () => ++calls)).toBe(2);
  });
});

/** Generated TypeScript as plain JS (the lowerings annotate types). */
const stripTypes = (ts: string): string => ts.replaceAll(': unknown[]', '').replace(/: (unknown|number|any)\b/g, '').replaceAll(' as number', '');

const lowerings = {
  inline: lowerCached('v', 'number', 'key', 'compute(key)', 'site', 'misses.n++; '),
  // The hit inline, the polymorphic lookup and the miss in a function of their own.
  outlined: `${lowerCacheMiss('V$miss0', 'number', ['key'], 'compute(key)', 'misses.n++; ')}\n${lowerCachedCall('v', 'number', 'key', 'site', 'V$miss0', ['key'])}`,
};

describe.each(Object.entries(lowerings))('the lowered cache (%s)', (_, code) => {
  const run = new Function('$ick', '$icv', 'site', 'key', 'compute', 'misses', 'PolyCache', 'IC_MISS', 'icStore', `${stripTypes(code)} return v;`);
  const make = () => {
    const ick: unknown[] = [undefined, undefined];
    const icv: unknown[] = [undefined, undefined];
    const misses = { n: 0 };
    const compute = (k: { n: number }) => k.n * 10;
    return (site: number, key: { n: number }) => ({ value: run(ick, icv, site, key, compute, misses, PolyCache, IC_MISS, icStore), misses: misses.n, entry: ick[site] });
  };

  it('is monomorphic while a site sees one key, recomputing nothing', () => {
    const at = make();
    const a = { n: 1 };
    expect(at(0, a)).toEqual({ value: 10, misses: 1, entry: a });
    expect(at(0, a)).toEqual({ value: 10, misses: 1, entry: a });
  });

  it('becomes a polymorphic chain of up to four keys, each computed once', () => {
    const at = make();
    const keys = [1, 2, 3, 4].map((n) => ({ n }));
    for (const k of keys) at(0, k);
    for (const k of keys) expect(at(0, k).value).toBe(k.n * 10);
    const last = at(0, keys[0]);
    expect(last.misses).toBe(4);
    expect(last.entry).toBeInstanceOf(PolyCache);
  });

  it('keeps sites apart and stays bounded when a site sees more keys', () => {
    const at = make();
    for (let n = 1; n <= 20; n++) expect(at(0, { n }).value).toBe(n * 10);
    const seven = { n: 7 };
    expect(at(1, seven).value).toBe(70);
    expect(at(1, seven).misses).toBe(21);
  });

  it('stores a first key monomorphically and a second key as a chain holding both', () => {
    const keys: unknown[] = [undefined];
    const values: unknown[] = [undefined];
    const a = {};
    const b = {};
    icStore(keys, values, 0, a, 1);
    expect(keys[0]).toBe(a);
    icStore(keys, values, 0, b, 2);
    const poly = keys[0] as PolyCache;
    expect(poly.lookup(a)).toBe(1);
    expect(poly.lookup(b)).toBe(2);
    expect(poly.lookup({})).toBe(IC_MISS);
  });
});

describe('a cache with a reuse test', () => {
  // Keys are "layouts" (lists of names); the value is where `name` sits, and a position found for
  // one layout serves any layout with `name` at that position.
  const reuse = 'v >= 0 && key[v] === name';
  const lowered = {
    inline: lowerCached('v', 'number', 'key', 'compute(key)', 'site', 'misses.n++; ', reuse),
    outlined: `${lowerCacheMiss('V$miss0', 'number', ['key'], 'compute(key)', 'misses.n++; ')}\n${lowerCachedCall('v', 'number', 'key', 'site', 'V$miss0', ['key'], reuse)}`,
  };

  describe.each(Object.entries(lowered))('(%s)', (_, code) => {
    const run = new Function('$ick', '$icv', 'site', 'key', 'name', 'compute', 'misses', 'PolyCache', 'IC_MISS', 'icStore', `${stripTypes(code)} return v;`);
    const make = () => {
      const ick: unknown[] = [undefined];
      const icv: unknown[] = [undefined];
      const misses = { n: 0 };
      const compute = (k: string[]) => k.indexOf('x');
      return (key: string[]) => ({ value: run(ick, icv, 0, key, 'x', compute, misses, PolyCache, IC_MISS, icStore) as number, misses: misses.n });
    };

    it('takes the latest value for a new key that passes the test, without computing', () => {
      const at = make();
      expect(at(['a', 'x'])).toEqual({ value: 1, misses: 1 });
      expect(at(['b', 'x', 'c'])).toEqual({ value: 1, misses: 1 });
      expect(at(['q', 'x'])).toEqual({ value: 1, misses: 1 });
    });

    it('computes for a key that fails the test, and a polymorphic site reuses its latest value', () => {
      const at = make();
      expect(at(['a', 'x']).value).toBe(1);
      expect(at(['x', 'a'])).toEqual({ value: 0, misses: 2 });
      expect(at(['x', 'b', 'c'])).toEqual({ value: 0, misses: 2 });
      expect(at(['c', 'b', 'x'])).toEqual({ value: 2, misses: 3 });
      expect(at(['d', 'e', 'x'])).toEqual({ value: 2, misses: 3 });
      // A value the test rejects (absent: -1) is never reused.
      expect(at(['a'])).toEqual({ value: -1, misses: 4 });
      expect(at(['b'])).toEqual({ value: -1, misses: 5 });
    });
  });

  it('leaves the latest stored value at the site, monomorphic or not', () => {
    const keys: unknown[] = [undefined];
    const values: unknown[] = [undefined];
    icStore(keys, values, 0, {}, 1);
    expect(values[0]).toBe(1);
    icStore(keys, values, 0, {}, 2);
    expect(values[0]).toBe(2);
    icStore(keys, values, 0, {}, 3);
    expect(values[0]).toBe(3);
  });
});
