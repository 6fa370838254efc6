import { describe, expect, it } from 'vitest';
import { LuaState } from '../../src/state.js';
import { allocationCollect } from '../../src/runtime/gc.js';

// Collections triggered by allocation leave finalizers for the next tick (runtime/gc.ts).
describe('finalizers left for the next tick', () => {
  const setup = (): LuaState => {
    const state = new LuaState({ tier: 'interp' });
    // `w` holds `obj` weakly; only the finalizer of an unreachable proxy references it.
    state.run(`
      w = setmetatable({}, { __mode = 'v' })
      finalized = 0
      local function make()
        local obj = {}
        w[1] = obj
        local p = newproxy(true)
        getmetatable(p).__gc = function() finalized = finalized + 1; kept = obj end
        p = nil
      end
      make()
    `);
    return state;
  };

  it('runs them at the next tick, not inside the collection', () => {
    const state = setup();
    allocationCollect(state.realm, state.thread);
    expect(state.run('return finalized')).toEqual([0]);
    // A loop long enough to tick.
    expect(state.run('for i = 1, 5000 do end return finalized, kept == w[1] and kept ~= nil')).toEqual([1, true]);
  });

  it('keeps what a waiting finalizer references alive through another collection', () => {
    const state = setup();
    allocationCollect(state.realm, state.thread);
    allocationCollect(state.realm, state.thread);
    expect(state.run('return w[1] ~= nil, finalized')).toEqual([true, 0]);
    expect(state.run('collectgarbage() return finalized, kept == w[1]')).toEqual([1, true]);
  });
});
