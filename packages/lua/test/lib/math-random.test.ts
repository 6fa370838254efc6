import { describe, expect, it } from 'vitest';
import { RandomSource } from '../../src/lib/math-random.js';

function draw(source: RandomSource, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(source.next());
  return out;
}

describe('RandomSource', () => {
  it('starts every state from the same sequence, as if seeded with 1', () => {
    const a = new RandomSource();
    const b = new RandomSource();
    b.seed(1);
    expect(draw(a, 50)).toEqual(draw(b, 50));
  });

  it('repeats its sequence after the same seed', () => {
    const s = new RandomSource();
    s.seed(20240601);
    const first = draw(s, 100);
    s.seed(20240601);
    expect(draw(s, 100)).toEqual(first);
  });

  it('gives different sequences for neighbouring seeds and for seeds differing above 32 bits', () => {
    const s = new RandomSource();
    const seqs = [0, 1, 2, -1, 2 ** 32, 2 ** 33 + 1].map((seed) => {
      s.seed(seed);
      return draw(s, 8).join(',');
    });
    expect(new Set(seqs).size).toBe(seqs.length);
  });

  it('stays in [0, 1) and fills the interval evenly', () => {
    const s = new RandomSource();
    s.seed(7);
    const buckets = new Array<number>(10).fill(0);
    let outside = 0;
    for (let i = 0; i < 100000; i++) {
      const r = s.next();
      if (!(r >= 0 && r < 1)) outside++;
      else buckets[Math.floor(r * 10)]++;
    }
    expect(outside).toBe(0);
    for (const b of buckets) expect(Math.abs(b - 10000)).toBeLessThan(600);
  });

  it('accepts seeds that are not 32-bit integers without failing', () => {
    const s = new RandomSource();
    for (const seed of [NaN, Infinity, -Infinity, 1e300, -(2 ** 31), 2 ** 31]) {
      s.seed(seed);
      const r = s.next();
      expect(r >= 0 && r < 1).toBe(true);
    }
  });
});
