import { describe, expect, it } from 'vitest';
import { LuaLimitError } from '../../src/embed/limit-error.js';
import { LuaState } from '../../src/state.js';
import { TIERS } from './helpers.js';

const later = <T>(ms: number, v: T): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(v), ms));

describe.each(TIERS)('limits of asynchronous runs ($tier)', (options) => {
  it('counts one budget across the waits and time slices of a run, and stops it', async () => {
    const lua = new LuaState({ ...options, limits: { instructions: 200_000 } });
    lua.set('pause', () => later(1, undefined));
    // Each wait alone stays far below the budget; the run as a whole does not.
    const err = await lua
      .runAsync('local n = 0 while true do for i = 1, 10000 do n = n + 1 end pause() end')
      .then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(LuaLimitError);
    expect((err as LuaLimitError).kind).toBe('instructions');
    expect(await lua.runAsync('return 1 + 1')).toEqual([2]);
  });

  it('stops a run at its deadline while the event loop keeps turning', async () => {
    const lua = new LuaState({ ...options, limits: { timeoutMs: 50 } });
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const err = await lua.runAsync('while true do end').then(() => undefined, (e: unknown) => e);
    clearInterval(timer);
    expect((err as LuaLimitError).kind).toBe('deadline');
    expect(ticks).toBeGreaterThan(2);
  });

  it('stops a run when its AbortSignal fires from a timer', async () => {
    const controller = new AbortController();
    const lua = new LuaState({ ...options, limits: { signal: controller.signal } });
    setTimeout(() => controller.abort(), 20);
    const err = await lua.runAsync('local t = {} while true do t[1] = (t[1] or 0) + 1 end').then(() => undefined, (e: unknown) => e);
    expect((err as LuaLimitError).kind).toBe('aborted');
  });

  it('ends a wait on a promise that never settles at the deadline, uncaught by pcall', async () => {
    const lua = new LuaState({ ...options, limits: { timeoutMs: 30 } });
    lua.set('forever', () => new Promise(() => {}));
    const err = await lua.runAsync('return pcall(forever)').then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(LuaLimitError);
    expect((err as LuaLimitError).kind).toBe('deadline');
    expect(await lua.runAsync('return 1 + 1')).toEqual([2]);
  });

  it('ends a wait inside a coroutine when the signal aborts', async () => {
    const controller = new AbortController();
    const lua = new LuaState({ ...options, limits: { signal: controller.signal } });
    lua.set('forever', () => new Promise(() => {}));
    setTimeout(() => controller.abort(new Error('user pressed stop')), 10);
    const src = 'local co = coroutine.wrap(function() return pcall(forever) end) return co()';
    const err = await lua.runAsync(src).then(() => undefined, (e: unknown) => e);
    expect((err as LuaLimitError).kind).toBe('aborted');
    expect((err as LuaLimitError).message).toBe('run aborted: user pressed stop');
  });
});
