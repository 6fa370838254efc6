import { describe, expect, it } from 'vitest';
import { measureHeap } from '../../src/embed/memory-measure.js';
import { LuaError } from '../../src/embed/lua-error.js';
import { METER_REBASE, memoryMeter } from '../../src/runtime/memory-meter.js';
import { TIERS, expectUsable, limitOf, newState, run } from './helpers.js';

const MB = 1 << 20;

/** The LuaError a run ends with (a catchable Lua error that nothing caught). */
function luaErrorOf(f: () => unknown): LuaError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(LuaError);
    return e as LuaError;
  }
  throw new Error('the run did not fail');
}

describe('a string too long for the host, without any limit', () => {
  it("is lua5.1's catchable \"not enough memory\", from rep and from concatenation", () => {
    const { state } = newState();
    expect(run(state, 'return pcall(string.rep, "x", 2^30)')).toEqual([false, 'not enough memory']);
    expect(run(state, 'local s = "x" return pcall(function() while true do s = s .. s end end)')).toEqual([false, 'not enough memory']);
    expectUsable(state);
  });
});

describe.each(TIERS)('a memory limit ($tier)', (options) => {
  it('refuses a string.rep bomb with a catchable "not enough memory" before building it', () => {
    const { state } = newState({ ...options, limits: { memoryBytes: 16 * MB } });
    expect(run(state, 'return pcall(string.rep, "x", 2^25)')).toEqual([false, 'not enough memory']);
    expect(run(state, 'return #("x"):rep(2^20)')).toEqual([2 ** 20]);
    expectUsable(state);
  });

  it('stops a table filled with strings', () => {
    const { state } = newState({ ...options, limits: { memoryBytes: 16 * MB } });
    const e = luaErrorOf(() => run(state, 'local t = {} while true do t[#t+1] = ("x"):rep(1000) end'));
    expect(e.value).toBe('not enough memory');
    expectUsable(state);
  });

  it('stops a string doubled by concatenation', () => {
    const { state } = newState({ ...options, limits: { memoryBytes: 16 * MB } });
    expect(luaErrorOf(() => run(state, 'local s = "x" while true do s = s .. s end')).value).toBe('not enough memory');
    // Near the limit, not where the host gives up (2^29 characters).
    const [, length] = run(state, 'local s = "x" local ok = pcall(function() while true do s = s .. s end end) return ok, #s');
    expect(length).toBeLessThanOrEqual(32 * MB);
    // Nested growth: each round concatenates repeated copies of the last.
    expect(luaErrorOf(() => run(state, 'local s = "ab" while true do s = (s .. "c"):rep(3) end')).value).toBe('not enough memory');
    expectUsable(state);
  });

  it('stops tables of tables, and hash parts growing key by key', () => {
    const { state } = newState({ ...options, limits: { memoryBytes: 16 * MB } });
    expect(luaErrorOf(() => run(state, 'local t = {} while true do t[#t+1] = {} end')).value).toBe('not enough memory');
    expect(luaErrorOf(() => run(state, 'local t, i = {}, 0 while true do i = i + 1 t[i * 0.5] = true end')).value).toBe('not enough memory');
    expect(luaErrorOf(() => run(state, 'local t = {} while true do t[#t+1] = function() return t end end')).value).toBe('not enough memory');
    expectUsable(state);
  });

  it('lets a program that catches "not enough memory" and frees what it held go on', () => {
    const { state } = newState({ ...options, limits: { memoryBytes: 16 * MB } });
    const [ok, rounds] = run(
      state,
      `local rounds = 0
       for round = 1, 3 do
         local ok, e = pcall(function() local t = {} while true do t[#t+1] = ("x"):rep(1000) end end)
         assert(not ok and e == "not enough memory")
         rounds = round
       end
       return true, rounds`,
    );
    expect([ok, rounds]).toEqual([true, 3]);
  });

  it('stops a program that catches "not enough memory" and keeps holding and allocating', () => {
    const { state } = newState({ ...options, limits: { memoryBytes: 16 * MB } });
    // The catchable error may be raised anywhere memory is measured (a tick too): every loop is protected.
    const e = limitOf(
      state,
      `T = {}
       local function fill() while true do T[#T+1] = ("x"):rep(1000) end end
       local function forever() while true do pcall(fill) end end
       while true do pcall(forever) end`,
      'memory',
    );
    expect(e.message).toBe(`not enough memory (memory limit of ${16 * MB} bytes exceeded)`);
    // The state is usable once the program's data is let go.
    run(state, 'T = nil');
    expectUsable(state);
    expect(run(state, 'local t = {} for i = 1, 1000 do t[i] = ("x"):rep(1000) end return #t')).toEqual([1000]);
  });

  it('does not count what the registers of a stopped run held, once the next run starts', () => {
    const { state } = newState({ ...options, limits: { memoryBytes: 16 * MB, instructions: 1_000_000 } });
    limitOf(state, 'local big = ("x"):rep(10 * 2^20) while true do end', 'instructions');
    expect(measureHeap(state.realm, [state.thread])).toBeGreaterThan(10 * MB);
    run(state, 'return 1');
    expect(measureHeap(state.realm, [state.thread])).toBeLessThan(MB);
  });

  it('keeps its accounting when the meter folds its count (which it does to stay a small integer)', () => {
    const { state } = newState({ ...options, limits: { memoryBytes: 16 * MB } });
    run(state, 'T = {} for i = 1, 1000 do T[i] = ("x"):rep(1000) end');
    memoryMeter.allocated += METER_REBASE;
    expect(luaErrorOf(() => run(state, 'while true do T[#T+1] = ("x"):rep(1000) end')).value).toBe('not enough memory');
    expect(memoryMeter.allocated).toBeLessThan(METER_REBASE);
  });

  it('counts what coroutines hold', () => {
    const { state } = newState({ ...options, limits: { memoryBytes: 16 * MB } });
    const e = luaErrorOf(() =>
      run(state, 'local all = {} while true do local co = coroutine.create(function(s) coroutine.yield() end) coroutine.resume(co, ("x"):rep(10000)) all[#all+1] = co end'),
    );
    expect(e.value).toBe('not enough memory');
    expectUsable(state);
  });
});
