import { describe, expect, it } from 'vitest';
import { TIERS, harness } from './async-harness.js';

/**
 * An asynchronous run hands the event loop a turn at least every 10 ms, even when it never awaits
 * a promise: timers (and so deadlines and AbortSignal timeouts) fire while Lua code runs.
 */

/** Busy pure-Lua work for about `ms` of wall time (the clock is read once per 20,000 additions). */
const BUSY = `
local function busy(ms)
  local stop = now() + ms
  local s, rounds = 0, 0
  repeat
    for i = 1, 20000 do s = s + i % 7 end
    rounds = rounds + 1
  until now() >= stop
  return rounds
end
`;

/** Runs `src` while a chain of setTimeout(0) callbacks records when each ran. */
async function withTimerTicks(src: string, tier: (typeof TIERS)[number]) {
  const h = harness(tier);
  h.define('now', () => Date.now());
  const ticks: number[] = [];
  let running = true;
  const tick = (): void => {
    if (!running) return;
    ticks.push(Date.now());
    setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  const start = Date.now();
  const results = await h.lua.runAsync(src, { chunkName: '=busy' });
  const end = Date.now();
  running = false;
  const inside = ticks.filter((x) => x >= start && x <= end);
  const points = [start, ...inside, end];
  const gaps = points.slice(1).map((x, i) => x - points[i]);
  return { results, inside, gaps, h };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

describe.each(TIERS)('returning to the event loop (%s tier)', (tier) => {
  it('lets timers run about every 10 ms during a 200 ms loop of the main chunk', async () => {
    const { results, inside, gaps } = await withTimerTicks(`${BUSY} return busy(200)`, tier);
    expect(results[0]).toBeGreaterThan(0);
    // 200 ms in slices of 10 ms: about 20 turns of the event loop, each about 10 ms plus the
    // timer's own millisecond apart; the bounds allow for a loaded machine.
    expect(inside.length).toBeGreaterThanOrEqual(8);
    expect(median(gaps)).toBeLessThanOrEqual(15);
    expect(Math.max(...gaps)).toBeLessThan(100);
  });

  it('lets timers run during a loop inside a coroutine inside a pcall', async () => {
    const src = `${BUSY}
      local co = coroutine.wrap(function() local ok, r = pcall(busy, 200) coroutine.yield(r) return "done" end)
      local r = co()
      return r, co(), coroutine.running()`;
    const { results, inside, gaps } = await withTimerTicks(src, tier);
    expect(results[1]).toBe('done');
    expect(results[2]).toBeUndefined();
    expect(inside.length).toBeGreaterThanOrEqual(8);
    expect(median(gaps)).toBeLessThanOrEqual(15);
  });

  it('sees a flag that a timer sets while a loop polls it, and runs again afterwards', async () => {
    const h = harness(tier);
    let flag = false;
    h.define('flag', () => flag);
    setTimeout(() => (flag = true), 20);
    // Without turns of the event loop the timer could not fire before the loop ends.
    const src = `
      for i = 1, 3e7 do
        if i % 1000 == 0 and flag() then return true, i end
      end
      return false`;
    const [seen] = await h.lua.runAsync(src, { chunkName: '=poll' });
    expect(seen).toBe(true);
    expect(await h.lua.runAsync('local s = 0 for i = 1, 10 do s = s + i end return s')).toEqual([55]);
  });
});
