import { describe, expect, it } from 'vitest';
import { LuaFunction } from '../../src/runtime/function.js';
import { TIERS, expectUsable, limitOf, newState, run } from './helpers.js';

describe.each(TIERS)('a time limit ($tier)', (options) => {
  it('stops an infinite loop after about its timeout, and not before', () => {
    const { state } = newState({ ...options, limits: { timeoutMs: 100 } });
    const started = performance.now();
    const e = limitOf(state, 'while true do end', 'deadline');
    const took = performance.now() - started;
    expect(e.message).toBe('time limit exceeded (100 ms)');
    expect(took).toBeGreaterThanOrEqual(99);
    expect(took).toBeLessThan(2000);
    expectUsable(state);
  });

  it('stops a loop of protected calls of an infinite loop', () => {
    const { state } = newState({ ...options, limits: { timeoutMs: 50 } });
    limitOf(state, 'while true do pcall(function() while true do end end) end', 'deadline');
    expectUsable(state);
  });

  it('starts counting again at each run', () => {
    const { state } = newState({ ...options, limits: { timeoutMs: 100 } });
    const f = state.load('local s = 0 for i = 1, 1000 do s = s + i end return s', { chunkName: '=test' });
    const until = performance.now() + 250;
    while (performance.now() < until) expect(state.call(f)).toEqual([500500]);
  });
});

describe.each(TIERS)('an abort signal ($tier)', (options) => {
  it('refuses to start a run once aborted, with the reason', () => {
    const controller = new AbortController();
    controller.abort(new Error('user left'));
    const { state } = newState({ ...options, limits: { signal: controller.signal } });
    const e = limitOf(state, 'x = 1', 'aborted');
    expect(e.message).toBe('run aborted: user left');
    expect(e.reason).toBe(controller.signal.reason);
    // The run never started.
    state.limits = {};
    expect(run(state, 'return x')).toEqual([undefined]);
  });

  it('stops the run when a JS function that Lua called aborts it', () => {
    const controller = new AbortController();
    const { state } = newState({ ...options, limits: { signal: controller.signal } });
    const abort = new LuaFunction(null, () => {
      controller.abort();
      return 0;
    }, [], state.realm.globals, 'abort');
    state.realm.globals.setStr('abort', abort);
    limitOf(state, 'n = 0 while true do n = n + 1 if n == 1000 then abort() end end', 'aborted');
    state.limits = {};
    // Noticed at the next tick: within a tick's instructions of the call.
    const [n] = run(state, 'return n') as number[];
    expect(n).toBeGreaterThanOrEqual(1000);
    expect(n).toBeLessThan(1000 + 2048);
    expectUsable(state);
  });
});

describe('limits per run', () => {
  it('applies overrides of withLimits to the runs started inside, and only to those', () => {
    const { state } = newState({ limits: { instructions: 1_000_000 } });
    const f = state.load('local s = 0 for i = 1, 100000 do s = s + 1 end return s', { chunkName: '=test' });
    expect(() => state.withLimits({ instructions: 10_000 }, () => state.call(f))).toThrow('instruction limit exceeded (10000 instructions)');
    expect(state.call(f)).toEqual([100000]);
    const controller = new AbortController();
    controller.abort();
    expect(() => state.withLimits({ signal: controller.signal }, () => state.call(f))).toThrow('run aborted');
    expect(state.call(f)).toEqual([100000]);
  });

  it('can be changed between runs', () => {
    const { state } = newState();
    expect(state.limits).toEqual({});
    state.limits = { instructions: 10_000 };
    limitOf(state, 'while true do end', 'instructions');
    state.limits = {};
    expect(run(state, 'local s = 0 for i = 1, 100000 do s = s + 1 end return s')).toEqual([100000]);
  });

  it('counts a call back into the state from a JS function as part of the run that called it', () => {
    const { state } = newState({ limits: { instructions: 100_000 } });
    const inner = state.load('local s = 0 for i = 1, 10000 do s = s + 1 end return s', { chunkName: '=inner' });
    const callInner = new LuaFunction(null, (t, base) => {
      t.stack[base] = state.call(inner)[0];
      return 1;
    }, [], state.realm.globals, 'callInner');
    state.realm.globals.setStr('callInner', callInner);
    // Each nested call stays within the budget; all of them together do not.
    limitOf(state, 'for i = 1, 100 do callInner() end', 'instructions');
    expectUsable(state);
  });
});
