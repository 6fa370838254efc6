import { describe, expect, it } from 'vitest';
import { LuaError } from '../../src/embed/lua-error.js';
import { TIERS, expectUsable, limitOf, newState, run } from './helpers.js';

describe.each(TIERS)('the state after a limit stopped a run ($tier)', (options) => {
  it('closes the upvalues of the frames it abandoned, so closures that escaped keep their values', () => {
    const { state } = newState({ ...options, limits: { instructions: 100_000 } });
    limitOf(state, 'local x = 10 get = function() return x end x = 20 while true do end', 'instructions');
    // Reuse the stack slots the stopped frame had.
    run(state, 'local a, b, c, d, e, f = 1, 2, 3, 4, 5, 6 return a + f');
    expect(run(state, 'return get()')).toEqual([20]);
  });

  it('runs a function that was stopped inside compiled code again, correctly', () => {
    const { state } = newState({ ...options, limits: { instructions: 200_000 } });
    run(state, 'function sum(n) local s = 0 for i = 1, n do s = s + i end return s end');
    limitOf(state, 'return sum(1e9)', 'instructions');
    expect(run(state, 'return sum(100)')).toEqual([5050]);
    expectUsable(state);
  });

  it('is usable after a run stopped inside a coroutine inside a protected call, with that coroutine dead', () => {
    const { state } = newState({ ...options, limits: { instructions: 100_000 } });
    limitOf(state, 'co = coroutine.wrap(function() pcall(function() while true do end end) end) pcall(co)', 'instructions');
    expectUsable(state);
    expect(run(state, 'return pcall(co)')).toEqual([false, 'cannot resume dead coroutine']);
    // New coroutines run normally.
    expect(run(state, 'local c = coroutine.wrap(function(a) local b = coroutine.yield(a + 1) return b * 2 end) return c(1), c(5)')).toEqual([2, 10]);
  });

  it('is usable after a run stopped inside a builtin that called back into Lua', () => {
    const { state } = newState({ ...options, limits: { instructions: 100_000 } });
    limitOf(state, 'string.gsub("abc", ".", function() while true do end end)', 'instructions');
    expectUsable(state);
    expect(run(state, 'return (string.gsub("abc", ".", function(c) return c:upper() end))')).toEqual(['ABC']);
  });
});

describe.each(TIERS)('stack overflow ($tier)', (options) => {
  it('is a Lua error that pcall catches, after which the state runs normally', () => {
    const { state } = newState(options);
    expect(run(state, 'local function f() return 1 + f() end return pcall(f)')).toEqual([false, 'test:1: stack overflow']);
    expect(() => run(state, 'local function f() return 1 + f() end return f()')).toThrow(LuaError);
    expectUsable(state);
  });

  it('is caught when the recursion goes through metamethods and protected calls', () => {
    const { state } = newState(options);
    const [ok, message] = run(state, 'local t = setmetatable({}, {__index = function(t, k) return t[k] end}) return pcall(function() return t.x end)');
    expect(ok).toBe(false);
    expect(message).toMatch(/stack overflow/);
    // Each level catches the overflow of the one below: the outermost call still succeeds.
    expect(run(state, 'local function f() return pcall(f) end return (f())')).toEqual([true]);
    expectUsable(state);
  });

  it('is stopped by the instruction budget when every overflow is caught and retried', () => {
    const { state } = newState({ ...options, limits: { instructions: 2_000_000 } });
    limitOf(state, 'local function f() return 1 + f() end while true do pcall(f) end', 'instructions');
    expectUsable(state);
  });
});
