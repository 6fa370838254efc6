import { FRAME_SCRATCH } from '@deegen/ir';
import type { NativeFunction, Thread } from '@deegen/ir';
import { builtin } from '../lib/builtins.js';
import { awaitThenable, isThenable } from '../runtime/await.js';
import type { LuaFunction } from '../runtime/function.js';
import type { LuaValue } from '../runtime/value.js';
import type { Bridge } from './bridge.js';

/**
 * A JS function as a Lua function (a builtin): Lua's arguments, mapped to JS, are its arguments,
 * and `this` is undefined. What it returns maps back: undefined is no result, `multi(...)` several,
 * anything else one. Whatever it throws becomes a Lua error (see Bridge.errorToLua), so `pcall`
 * catches it. While it runs, calls it makes into Lua (`lua.call`, handles) run on the thread that
 * called it, as a C function's calls do in lua5.1. A returned promise (any thenable) is awaited:
 * under `runAsync` the Lua run stops until it settles, and its value maps back as a return value
 * would (runtime/await.ts); its rejection is raised as a throw would be.
 */
export function wrapJsFunction(bridge: Bridge, fn: (...args: unknown[]) => unknown): LuaFunction {
  const native: NativeFunction = (t, base, argc) => {
    const s = t.stack;
    const outer = bridge.thread;
    bridge.thread = t;
    let results: LuaValue[];
    let pending: PromiseLike<unknown> | undefined;
    try {
      const args = new Array<unknown>(argc);
      for (let i = 0; i < argc; i++) args[i] = bridge.fromLua(s[base + i] as LuaValue);
      const r: unknown = Reflect.apply(fn, undefined, args);
      if (isThenable(r)) {
        pending = r;
        results = [];
      } else results = bridge.resultsToLua(r);
    } catch (e) {
      throw bridge.errorToLua(e);
    } finally {
      bridge.thread = outer;
    }
    if (pending !== undefined) {
      return awaitThenable(
        t,
        base,
        pending,
        (t2, b, value) => {
          let settled: LuaValue[];
          try {
            settled = bridge.resultsToLua(value);
          } catch (e) {
            // A value Lua cannot hold (a bigint, say): an error at the call, as for a return.
            throw bridge.errorToLua(e);
          }
          return store(t2, b, settled);
        },
        (_t2, reason) => {
          throw bridge.errorToLua(reason);
        },
      );
    }
    return store(t, base, results);
  };
  return builtin(bridge.realm, fn.name === '' ? '?' : fn.name, native);
}

/** Writes a JS function's results as a builtin's, from `base` on; returns their count. */
function store(t: Thread, base: number, results: readonly LuaValue[]): number {
  t.ensureStack(base + results.length + FRAME_SCRATCH);
  for (let i = 0; i < results.length; i++) t.stack[base + i] = results[i];
  return results.length;
}
