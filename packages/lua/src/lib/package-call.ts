import type { Thread } from '@deegen/ir';
import { LuaError, LuaRuntimeError } from '../runtime/errors.js';
import { LuaFunction } from '../runtime/function.js';
import { getMetamethod } from '../runtime/metatables.js';
import { realmOf } from '../runtime/realm.js';
import { typeErrorMessage } from '../runtime/type-errors.js';
import type { LuaValue } from '../runtime/value.js';
import { isUncatchable } from '../runtime/uncatchable.js';

/**
 * Calls any value from a builtin and returns all its results, as lua5.1's lua_call does for
 * library code: `__call` is honoured, and a non-callable value fails with "attempt to call".
 *
 * A builtin called this way runs with no Lua function as its caller, so its errors carry no
 * position ("bad argument #1 to '?'", "error loading module ..."). Thread.call hands such an
 * error back unconverted, after the frames that would have placed it are gone, so it is worded
 * here.
 */
export function callValue(t: Thread, fn: LuaValue, args: LuaValue[]): LuaValue[] {
  let target: LuaFunction;
  if (fn instanceof LuaFunction) target = fn;
  else {
    const h = getMetamethod(realmOf(t), fn, '__call');
    if (!(h instanceof LuaFunction)) throw new LuaError(typeErrorMessage(fn, 'call'));
    target = h;
    args = [fn, ...args];
  }
  try {
    return t.call(target, args) as LuaValue[];
  } catch (e) {
    if (target.native !== null && e instanceof LuaRuntimeError) throw new LuaError(e.message);
    throw e;
  }
}

export type CallOutcome = { ok: true; values: LuaValue[] } | { ok: false; error: LuaValue };

/**
 * callValue in protected mode: errors become `{ ok: false, error }` (the Lua error value), except
 * os.exit's LuaExit and limit errors, which must end the run.
 */
export function callCatching(t: Thread, fn: LuaValue, args: LuaValue[]): CallOutcome {
  try {
    return { ok: true, values: callValue(t, fn, args) };
  } catch (e) {
    if (isUncatchable(e)) throw e;
    return { ok: false, error: (t.hooks.toGuestError(t, e) as LuaError).value };
  }
}
