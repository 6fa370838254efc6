/**
 * The generator behind `math.random`: Marsaglia's xorshift128 on four 32-bit words. Lua 5.1
 * leaves the sequence to the C library, so any sequence will do, as long as it is uniform enough,
 * repeats after the same `math.randomseed`, and starts from a fixed state (lua5.1 behaves as if
 * seeded with 1 until a program seeds it). One generator per Lua state.
 */
export class RandomSource {
  private readonly s = new Int32Array(4);

  constructor() {
    this.seed(1);
  }

  /** Restarts the sequence from `seed`, a number already truncated to an integer. */
  seed(seed: number): void {
    // Both 32-bit halves of the seed count, each word is scrambled so that nearby seeds diverge.
    const low = seed | 0;
    const high = Math.floor(seed / 4294967296) | 0;
    let h = Math.imul(low ^ 0x9e3779b9, 0x85ebca6b) ^ high;
    for (let i = 0; i < 4; i++) {
      h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
      h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
      h ^= h >>> 16;
      this.s[i] = h + i * 0x6d2b79f5;
    }
    // xorshift must not start from all zeros.
    if ((this.s[0] | this.s[1] | this.s[2] | this.s[3]) === 0) this.s[0] = 1;
    // Discard a few outputs so the first values do not echo the seeding.
    for (let i = 0; i < 8; i++) this.nextWord();
  }

  private nextWord(): number {
    const s = this.s;
    let t = s[0];
    t ^= t << 11;
    s[0] = s[1];
    s[1] = s[2];
    s[2] = s[3];
    const w = s[3];
    s[3] = w ^ (w >>> 19) ^ (t ^ (t >>> 8));
    return s[3];
  }

  /** A number in [0, 1). */
  next(): number {
    return (this.nextWord() >>> 0) / 4294967296;
  }
}
