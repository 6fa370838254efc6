import { describe, expect, it } from 'vitest';
import { LuaLimitError } from '../../src/embed/limit-error.js';
import { TIERS, expectUsable, limitOf, newState, run } from './helpers.js';

describe.each(TIERS)('an instruction budget ($tier)', (options) => {
  it('stops an empty infinite loop, and the state runs code afterwards', () => {
    const { state } = newState({ ...options, limits: { instructions: 100_000 } });
    const e = limitOf(state, 'x = 42 while true do end', 'instructions');
    expect(e.message).toBe('instruction limit exceeded (100000 instructions)');
    expect(e.traceback).toContain('test:1: in main chunk');
    expectUsable(state);
    expect(run(state, 'return x')).toEqual([42]);
  });

  it('stops a loop at about the same iteration whatever the tier', () => {
    const { state } = newState({ ...options, limits: { instructions: 1_000_000 } });
    // GETGLOBAL, ADD, SETGLOBAL and the jump back: four instructions an iteration.
    limitOf(state, 'n = 0 while true do n = n + 1 end', 'instructions');
    const [n] = run(state, 'return n') as number[];
    expect(n).toBeGreaterThan(230_000);
    expect(n).toBeLessThan(270_000);
  });

  it('gives every run its own budget', () => {
    const { state } = newState({ ...options, limits: { instructions: 50_000 } });
    const f = state.load('local s = 0 for i = 1, 5000 do s = s + i end return s', { chunkName: '=test' });
    for (let i = 0; i < 20; i++) expect(state.call(f)).toEqual([12502500]);
  });

  it('cannot be escaped by catching it with pcall in a loop', () => {
    const { state } = newState({ ...options, limits: { instructions: 200_000 } });
    limitOf(state, 'while true do pcall(function() while true do end end) end', 'instructions');
    expectUsable(state);
  });

  it('cannot be escaped by xpcall, nor by looping inside the message handler', () => {
    const { state } = newState({ ...options, limits: { instructions: 200_000 } });
    limitOf(state, 'while true do xpcall(function() while true do end end, function(m) return m end) end', 'instructions');
    limitOf(state, 'while true do xpcall(error, function() while true do end end) end', 'instructions');
    expectUsable(state);
  });

  it('stops a coroutine ping-pong and leaves the coroutine dead', () => {
    const { state } = newState({ ...options, limits: { instructions: 200_000 } });
    limitOf(state, 'co = coroutine.create(function() while true do coroutine.yield() end end) while true do coroutine.resume(co) end', 'instructions');
    expectUsable(state);
    // The coroutine was suspended, not running, when the main loop was stopped.
    expect(run(state, 'return coroutine.status(co)')).toEqual(['suspended']);
    limitOf(state, 'co = coroutine.create(function() while true do end end) coroutine.resume(co)', 'instructions');
    expect(run(state, 'return coroutine.status(co), coroutine.resume(co)')).toEqual(['dead', false, 'cannot resume dead coroutine']);
    expectUsable(state);
  });

  it('stops endless tail calls, which never take a branch', () => {
    const { state } = newState({ ...options, limits: { instructions: 100_000 } });
    limitOf(state, 'local function f(n) return f(n + 1) end f(0)', 'instructions');
    limitOf(state, 'local g local function f() return g() end g = function() return f() end f()', 'instructions');
    expectUsable(state);
  });

  it('stops a Lua function called back by a builtin (a sort comparator)', () => {
    const { state } = newState({ ...options, limits: { instructions: 100_000 } });
    limitOf(state, 'table.sort({3, 2, 1}, function(a, b) while true do end end)', 'instructions');
    expectUsable(state);
  });

  it('charges the calls a builtin makes back into Lua, which never tick themselves', () => {
    const { state } = newState({ ...options, limits: { instructions: 100_000 } });
    // Each reader call is a few instructions; load would ask for pieces forever.
    limitOf(state, 'load(function() return " " end)', 'instructions');
    expectUsable(state);
  });
});

describe('an instruction budget in auto mode', () => {
  it('stops a loop that was compiled while it ran (on-stack replacement)', () => {
    const { state } = newState({ tier: 'auto', limits: { instructions: 5_000_000 } });
    limitOf(state, 'local n = 0 while true do n = n + 1 end', 'instructions');
    expect(state.realm.tiering!.stats.osrEntries).toBeGreaterThanOrEqual(1);
    expectUsable(state);
  });
});

describe('an instruction budget on builtins', () => {
  it('charges string.rep by the bytes it builds', () => {
    const { state } = newState({ limits: { instructions: 100_000 } });
    // Well under any memory limit, but 16 MB is a million instructions' worth of work.
    limitOf(state, 'local s = ("x"):rep(2^24)', 'instructions');
    expect(run(state, 'return #("x"):rep(1000)')).toEqual([1000]);
  });

  it('stops a pattern that backtracks for a very long time while it is still matching', () => {
    const { state } = newState({ limits: { instructions: 1_000_000 } });
    const started = performance.now();
    limitOf(state, 'string.find(("a"):rep(5000), ".-.-.-.-b")', 'instructions');
    expect(performance.now() - started).toBeLessThan(5000);
    expectUsable(state);
  });

  it('charges gsub per match, even when the replacement is empty', () => {
    const { state } = newState({ limits: { instructions: 100_000 } });
    limitOf(state, 's = ("ab"):rep(1e6) s = s:gsub("a", "")', 'instructions');
    expectUsable(state);
  });

  it('charges table.concat by its elements and bytes', () => {
    const { state } = newState({ limits: { instructions: 100_000 } });
    run(state, 't = {} for i = 1, 20000 do t[i] = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" end');
    limitOf(state, 'for i = 1, 10 do local s = table.concat(t) end', 'instructions');
  });

  it('also stops the reference engine, which runs the semantics directly', () => {
    const { state } = newState({ engine: 'reference', limits: { instructions: 50_000 } });
    limitOf(state, 'while true do end', 'instructions');
    expectUsable(state);
  });

  it('is not charged by the state itself when no limits are set', () => {
    const { state } = newState();
    expect(state.realm.limits).toBeNull();
    expect(run(state, 'local s = 0 for i = 1, 300000 do s = s + 1 end return s')).toEqual([300000]);
  });

  it('is a JS Error, not a LuaError, with the kind of limit', () => {
    const { state } = newState({ limits: { instructions: 10_000 } });
    const e = limitOf(state, 'while true do end', 'instructions');
    expect(e).toBeInstanceOf(Error);
    expect(e).toBeInstanceOf(LuaLimitError);
    expect(e.name).toBe('LuaLimitError');
  });
});
