import { describe, expect, it } from 'vitest';
import { LuaState } from '../../src/state.js';
import { TIERS, harness, later } from './async-harness.js';

/**
 * The central case of awaiting JS promises from Lua: three chained promises, each settled by a
 * real timer and each fed the previous one's value, awaited inside a pcall inside a metamethod
 * inside a coroutine, which its resumer (coroutine.resume or a coroutine.wrap function) runs from
 * the main chunk. Guest code sees ordinary calls: no yield, coroutine status and identity as
 * without the waits.
 */
const CHAIN = `
local co
local obj = setmetatable({}, {
  __index = function(t, key)
    local ok, v = pcall(function()
      local a = stepA(key)          -- key .. ">A" after a timer
      local b = stepB(a)            -- needs a
      local c = stepC(b)            -- needs b
      return c
    end)
    assert(ok, v)
    assert(coroutine.running() == co, "running() changed across the waits")
    assert(coroutine.status(co) == "running", "status changed across the waits")
    return v
  end,
  __add = function(x, n)
    local ok, v = pcall(stepB, n)
    assert(ok, v)
    return stepC(v)
  end,
})
local function body(key)
  local first = obj[key]
  local second = coroutine.yield(first)
  return first .. "|" .. second .. "|" .. (obj + 7)
end
co = coroutine.create(body)
local ok1, y = coroutine.resume(co, "k")
assert(ok1, y)
assert(coroutine.status(co) == "suspended")
local ok2, r = coroutine.resume(co, "resumed")
assert(ok2, r)
assert(coroutine.status(co) == "dead")
co = nil
local w = coroutine.wrap(function(key)
  co = coroutine.running()
  local first = obj[key]
  coroutine.yield(first)
  return obj + 1
end)
local w1 = w("z")
local w2 = w()
return y, r, w1, w2
`;

describe.each(TIERS)('awaiting chained JS promises (%s tier)', (tier) => {
  it('resumes a coroutine suspended in a pcall in a metamethod with each promise value, in order', async () => {
    const h = harness(tier);
    const calls: string[] = [];
    h.define('stepA', (k) => {
      calls.push(`A(${String(k)})`);
      return later(12, `${String(k)}>A`);
    });
    h.define('stepB', (x) => {
      calls.push(`B(${String(x)})`);
      return later(3, typeof x === 'number' ? x * 2 : `${String(x)}>B`);
    });
    h.define('stepC', (x) => {
      calls.push(`C(${String(x)})`);
      return later(1, typeof x === 'number' ? x + 0.5 : `${String(x)}>C`);
    });
    const results = await h.lua.runAsync(CHAIN, { chunkName: '=chain' });
    expect(results).toEqual(['k>A>B>C', 'k>A>B>C|resumed|14.5', 'z>A>B>C', 2.5]);
    expect(calls).toEqual(['A(k)', 'B(k>A)', 'C(k>A>B)', 'B(7)', 'C(14)', 'A(z)', 'B(z>A)', 'C(z>A>B)', 'B(1)', 'C(2)']);
    if (tier !== 'interp') expect(h.lua.realm.tiering!.stats.compiled).toBeGreaterThan(3);
    // The state is usable afterwards, synchronously and asynchronously.
    expect(h.lua.run('return 6 * 7', { chunkName: '=again' })).toEqual([42]);
    expect(await h.lua.runAsync('return stepC(1)')).toEqual([1.5]);
  });

  it('does the same with plain async JS functions given to Lua through the embedding API', async () => {
    const lua = new LuaState(tier === 'auto' ? { tier, jitThreshold: 1 } : { tier });
    const calls: string[] = [];
    lua.set('stepA', async (k: unknown) => {
      calls.push(`A(${String(k)})`);
      return later(12, `${String(k)}>A`);
    });
    lua.set('stepB', (x: unknown) => {
      calls.push(`B(${String(x)})`);
      return later(3, typeof x === 'number' ? x * 2 : `${String(x)}>B`);
    });
    lua.set('stepC', async (x: unknown) => {
      calls.push(`C(${String(x)})`);
      await later(1, undefined);
      return typeof x === 'number' ? x + 0.5 : `${String(x)}>C`;
    });
    expect(await lua.runAsync(CHAIN, { chunkName: '=chain' })).toEqual(['k>A>B>C', 'k>A>B>C|resumed|14.5', 'z>A>B>C', 2.5]);
    expect(calls).toEqual(['A(k)', 'B(k>A)', 'C(k>A>B)', 'B(7)', 'C(14)', 'A(z)', 'B(z>A)', 'C(z>A>B)', 'B(1)', 'C(2)']);
    if (tier !== 'interp') expect(lua.realm.tiering!.stats.compiled).toBeGreaterThan(3);
    expect(lua.run('return 6 * 7')).toEqual([42]);
  });

  it('suspends coroutines nested three deep and continues each one where it was', async () => {
    const h = harness(tier);
    h.define('fetch', (x) => later(2, (x as number) + 1));
    const src = `
      local trail = {}
      local inner = coroutine.wrap(function(x)
        local v = fetch(x)
        trail[#trail + 1] = "inner " .. v
        coroutine.yield(v)
        return fetch(v * 10)
      end)
      local middle = coroutine.create(function(x)
        local a = inner(x)
        trail[#trail + 1] = "middle " .. a
        local b = fetch(a)
        coroutine.yield(a + b)
        return inner()
      end)
      local outer = coroutine.wrap(function()
        local _, s = coroutine.resume(middle, 1)
        trail[#trail + 1] = "outer " .. s
        local _, t = coroutine.resume(middle)
        return s, t, coroutine.status(middle)
      end)
      local s, t, st = outer()
      return s, t, st, table.concat(trail, ",")`;
    expect(await h.lua.runAsync(src)).toEqual([5, 21, 'dead', 'inner 2,middle 2,outer 5']);
  });
});
