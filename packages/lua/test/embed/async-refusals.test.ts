import { describe, expect, it } from 'vitest';
import { LuaError } from '../../src/embed/lua-error.js';
import { TIERS, harness, later } from './async-harness.js';

/**
 * Where a run cannot wait for a promise, awaiting one is a Lua error at the call: in a
 * synchronous run, and under builtins that re-enter the interpreter (they hold JS stack, as C
 * functions hold C stack in lua5.1, which refuses to yield across them).
 */
describe.each(TIERS)('awaiting where a run cannot wait (%s tier)', (tier) => {
  it('raises an error when a synchronous run calls a JS function that returns a promise', () => {
    const h = harness(tier);
    // A promise nobody waits for must not be reported as an unhandled rejection (vitest fails the run).
    h.define('fetch', () => Promise.reject(new Error('never looked at')));
    const fn = h.lua.load('local ok, e = pcall(fetch) return ok, e, fetch()', { chunkName: '=sync' });
    let err: unknown;
    try {
      h.lua.call(fn);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(LuaError);
    expect((err as LuaError).value).toBe('sync:1: attempt to await a JS promise outside runAsync');
    // The state runs again, synchronously.
    expect(h.lua.run('return (pcall(fetch))', { chunkName: '=again' })).toEqual([false]);
  });

  it('raises an error inside a table.sort comparator and a gsub callback, which pcall catches', async () => {
    const h = harness(tier);
    h.define('weigh', (x) => later(1, x));
    const src = `
      local t = { 3, 1, 2 }
      local ok, e = pcall(table.sort, t, function(a, b) return weigh(a) < weigh(b) end)
      local ok2, e2 = pcall(string.gsub, "ab", ".", function(c) return weigh(c) end)
      local ok3, e3 = pcall(tostring, setmetatable({}, { __tostring = function() return weigh("x") end }))
      -- A message handler runs on the JS stack too: its error is lua5.1's for a failing handler.
      local ok4, e4 = xpcall(function() error("e") end, function(m) return weigh(m) end)
      -- Outside those builtins the same function is awaited normally.
      return e, e2, e3, e4, weigh(5)`;
    const boundary = 'cmp:3: attempt to await a JS promise across a C-call boundary';
    expect(await h.lua.runAsync(src, { chunkName: '=cmp' })).toEqual([
      boundary,
      'cmp:4: attempt to await a JS promise across a C-call boundary',
      'cmp:5: attempt to await a JS promise across a C-call boundary',
      'error in error handling',
      5,
    ]);
  });

  it('refuses inside a coroutine resumed from a comparator, since its resumer holds JS stack', async () => {
    const h = harness(tier);
    h.define('weigh', (x) => later(1, x));
    const src = `
      local msg
      table.sort({ 2, 1 }, function(a, b)
        local co = coroutine.create(function() return weigh(a) end)
        local ok, e = coroutine.resume(co)
        msg = msg or e
        return a < b
      end)
      return msg`;
    expect(await h.lua.runAsync(src, { chunkName: '=nest' })).toEqual(['nest:4: attempt to await a JS promise across a C-call boundary']);
  });
});
