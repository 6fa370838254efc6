import { describe, expect, it } from 'vitest';
import { LuaError } from '../../src/embed/lua-error.js';
import { TIERS, harness } from './async-harness.js';
import { LuaState } from '../../src/state.js';

/** A rejected promise raises a Lua error at the call that awaited it. */
describe.each(TIERS)('rejected JS promises (%s tier)', (tier) => {
  function rejecting() {
    const h = harness(tier);
    h.define('fail', (why) => new Promise((_, reject) => setTimeout(() => reject(new Error(String(why))), 2)));
    h.define('failWith', (v) => Promise.reject(v));
    return h;
  }

  it('raises the rejection message where the call was, catchable by pcall', async () => {
    const h = rejecting();
    const src = `
      local ok, e = pcall(fail, "direct")
      local function f() return 1 + fail("nested") end
      local ok2, e2 = pcall(f)
      local ok3, e3 = pcall(failWith, 42)
      return ok, e, ok2, e2, ok3, e3`;
    expect(await h.lua.runAsync(src, { chunkName: '=rej' })).toEqual([false, 'direct', false, 'rej:3: nested', false, 42]);
  });

  it('delivers a rejection inside a coroutine to the pcall around the call, or to resume', async () => {
    const h = rejecting();
    const src = `
      local co = coroutine.create(function()
        local ok, e = pcall(function() return fail("inside") end)
        coroutine.yield(e)
        fail("uncaught in coroutine")
      end)
      local _, caught = coroutine.resume(co)
      local ok, e = coroutine.resume(co)
      local okw, ew = pcall(coroutine.wrap(function() fail("wrapped") end))
      return caught, ok, e, coroutine.status(co), okw, ew`;
    expect(await h.lua.runAsync(src, { chunkName: '=co' })).toEqual([
      'co:3: inside',
      false,
      'co:5: uncaught in coroutine',
      'dead',
      false,
      'co:9: wrapped',
    ]);
  });

  it('rejects runAsync with a LuaError carrying a traceback when nothing catches it', async () => {
    const h = rejecting();
    const src = `
      local function deep() local x = fail("boom") return x end
      local function outer() deep() end
      outer()`;
    const err = await h.lua.runAsync(src, { chunkName: '=top' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(LuaError);
    expect((err as LuaError).value).toBe('top:2: boom');
    expect((err as LuaError).traceback).toContain("in function 'fail'");
    expect((err as LuaError).traceback).toContain("in function 'deep'");
    expect((err as LuaError).traceback).toContain("in function 'outer'");
    // The state runs again afterwards.
    expect(await h.lua.runAsync('local ok, e = pcall(fail, "again") return e')).toEqual(['again']);
    expect(h.lua.run('return 1 + 1', { chunkName: '=sync' })).toEqual([2]);
  });

  it('rejects runAsync with the syntax error of a chunk that does not compile', async () => {
    const h = rejecting();
    await expect(h.lua.runAsync('return +', { chunkName: '=bad' })).rejects.toMatchObject({ value: expect.stringContaining("bad:1: unexpected symbol near '+'") });
  });
});

describe('a promise that resolves to a value Lua cannot hold', () => {
  it('raises a Lua error at the call, which pcall catches', async () => {
    const lua = new LuaState();
    lua.set('big', async () => 10n);
    lua.set('bigNow', () => 10n);
    // The same error as a synchronous function returning it.
    expect(await lua.runAsync('return pcall(big)')).toEqual([false, 'a bigint cannot be passed to Lua']);
    expect(lua.run('return pcall(bigNow)')).toEqual([false, 'a bigint cannot be passed to Lua']);
  });
});
