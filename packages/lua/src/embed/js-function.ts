import { FRAME_SCRATCH } from '@deegen/ir';
import type { NativeFunction } from '@deegen/ir';
import { builtin } from '../lib/builtins.js';
import type { LuaFunction } from '../runtime/function.js';
import type { LuaValue } from '../runtime/value.js';
import type { Bridge } from './bridge.js';

/**
 * A JS function as a Lua function (a builtin): Lua's arguments, mapped to JS, are its arguments,
 * and `this` is undefined. What it returns maps back: undefined is no result, `multi(...)` several,
 * anything else one. Whatever it throws becomes a Lua error (see Bridge.errorToLua), so `pcall`
 * catches it. While it runs, calls it makes into Lua (`lua.call`, handles) run on the thread that
 * called it, as a C function's calls do in lua5.1.
 */
export function wrapJsFunction(bridge: Bridge, fn: (...args: unknown[]) => unknown): LuaFunction {
  const native: NativeFunction = (t, base, argc) => {
    const s = t.stack;
    const outer = bridge.thread;
    bridge.thread = t;
    let results: LuaValue[];
    try {
      const args = new Array<unknown>(argc);
      for (let i = 0; i < argc; i++) args[i] = bridge.fromLua(s[base + i] as LuaValue);
      results = bridge.resultsToLua(Reflect.apply(fn, undefined, args));
    } catch (e) {
      throw bridge.errorToLua(e);
    } finally {
      bridge.thread = outer;
    }
    t.ensureStack(base + results.length + FRAME_SCRATCH);
    for (let i = 0; i < results.length; i++) s[base + i] = results[i];
    return results.length;
  };
  return builtin(bridge.realm, fn.name === '' ? '?' : fn.name, native);
}
