import { describe, expect, it } from 'vitest';
import { LuaState } from '../../src/state.js';
import type { TierMode } from '@deegen/tiering';
import type { Upvalue } from '../../src/runtime/function.js';

// A function whose run ticks many times, with a local captured by a closure (an open upvalue)
// while it runs, and several results.
const LONG_RUN = `
return function(n)
  local acc, f = 0, 0.5
  local function add(x) acc = acc + x end
  for i = 1, n do add(i % 7); f = f + 0.25 end
  return acc, f, 'end'
end
`;

describe('the register array renewed between ticks (Thread.renewStack)', () => {
  for (const tier of ['interp', 'baseline', 'auto'] as TierMode[]) {
    it(`replaces the array during a long run and keeps results and upvalues right (${tier})`, () => {
      const state = new LuaState({ tier });
      const [fn] = state.run(LONG_RUN);
      const before = state.thread.stack;
      // Results come back from the array the run ended with (Thread.callAt reads it after the run).
      expect(state.call(fn as never, 300000)).toEqual([899998, 75000.5, 'end']);
      expect(state.thread.stack).not.toBe(before);
    });
  }

  it('repoints the open upvalues of the thread at the new array', () => {
    const state = new LuaState({ tier: 'interp' });
    // The main chunk's local stays captured (open) while the chunk's loop runs and renews the array.
    const seen: boolean[] = [];
    state.set('check', () => {
      const t = state.thread;
      for (let uv = t.openUpvalues as Upvalue | null; uv !== null; uv = uv.nextOpen) seen.push(uv.stack === t.stack);
    });
    state.run(`
      local x = 0
      local function inc() x = x + 1 end
      for i = 1, 400000 do inc() end
      check()
      assert(x == 400000)
    `);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((same) => same)).toBe(true);
  });

  it('leaves the array alone while a builtin waits under a nested run', () => {
    const state = new LuaState({ tier: 'interp' });
    const arrays = new Set<unknown>();
    state.set('note', () => {
      arrays.add(state.thread.stack);
    });
    // The comparator runs nested in table.sort (a builtin holding the array): no renewal there.
    state.run(`
      local t = {}
      for i = 1, 30 do t[i] = (i * 7) % 31 end
      table.sort(t, function(a, b)
        for k = 1, 20000 do end
        note()
        return a < b
      end)
    `);
    expect(arrays.size).toBe(1);
  });
});
