import { describe, expect, it } from 'vitest';
import { TIERS, harness } from './async-harness.js';

/**
 * 1000 sequential awaits of already resolved promises: each must come back with its value, and
 * the cost of a wait (suspending, a turn of the microtask queue, resuming) stays small. The
 * figure printed is the extra time per call against the same loop with a synchronous function.
 */
const LOOP = `
local s = 0
for i = 1, 1000 do s = s + f(i) end
return s`;

describe.each(TIERS)('sequential awaits (%s tier)', (tier) => {
  it('runs 1000 awaits of resolved promises in a loop with the right sum, cheaply', async () => {
    const h = harness(tier);
    h.define('f', (i) => Promise.resolve(i));
    const sync = harness(tier);
    sync.define('f', (i) => i);
    const time = async (x: typeof h): Promise<number> => {
      const t0 = performance.now();
      expect(await x.lua.runAsync(LOOP)).toEqual([500500]);
      return performance.now() - t0;
    };
    // Best of five rounds, after a warm-up round each.
    await time(h);
    await time(sync);
    let awaited = Infinity;
    let plain = Infinity;
    for (let round = 0; round < 5; round++) {
      awaited = Math.min(awaited, await time(h));
      plain = Math.min(plain, await time(sync));
    }
    const perAwait = ((awaited - plain) * 1000) / 1000;
    console.log(`${tier}: ${perAwait.toFixed(2)} µs per await (1000 awaits ${awaited.toFixed(2)} ms, synchronous loop ${plain.toFixed(2)} ms)`);
    expect(perAwait).toBeLessThan(200);
  });
});
