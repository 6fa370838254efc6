import type { Thread } from '@deegen/ir';
import { LuaCoroutine } from './coroutine.js';
import { LuaError, LuaRuntimeError, callerError } from './errors.js';
import { LuaFunction } from './function.js';
import { LuaTable } from './table.js';
import { LuaUserdata } from './value.js';
import { isUncatchable } from './uncatchable.js';
import type { LuaValue } from './value.js';

/**
 * Awaiting host promises from Lua. A builtin that got a promise (any thenable) from the host
 * returns `awaitThenable(t, base, promise)`: under an asynchronous run (`LuaState.runAsync`) the
 * whole Lua run stops there, invisibly to the guest, and goes on when the promise settles, with
 * its value as the builtin's result, or with its rejection raised as a Lua error at the call.
 */

/** Whether `v` is a thenable (has a callable `then`), without letting a throwing getter escape. */
export function isThenable(v: unknown): v is PromiseLike<unknown> {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return false;
  try {
    return typeof (v as { then?: unknown }).then === 'function';
  } catch {
    return false;
  }
}

/** Writes a fulfilled promise's value as a builtin's results from `base` on, and returns their count. */
export type FulfilledToLua = (t: Thread, base: number, value: unknown) => number;

/** Turns a rejection reason into the error to raise at the builtin's call (thrown, as a builtin throws). */
export type RejectedToLua = (t: Thread, reason: unknown) => never;

/** Host strings with characters past 0xFF become their UTF-8 bytes (Lua strings hold bytes). */
function hostString(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0xff) {
      let out = '';
      for (const b of new TextEncoder().encode(s)) out += String.fromCharCode(b);
      return out;
    }
  }
  return s;
}

/**
 * The default result of a fulfilled promise: one value if Lua can hold it as it is (nil,
 * booleans, numbers, strings, Lua's own objects); any other host object is refused with an
 * error, so that no host object, prototype or function reaches guest code by this path.
 */
export const defaultFulfilled: FulfilledToLua = (t, base, value) => {
  let v: LuaValue;
  if (value === null || value === undefined) v = undefined;
  else if (typeof value === 'boolean' || typeof value === 'number') v = value;
  else if (typeof value === 'string') v = hostString(value);
  else if (typeof value === 'bigint') v = Number(value);
  else if (value instanceof LuaTable || value instanceof LuaFunction || value instanceof LuaUserdata || value instanceof LuaCoroutine) v = value;
  else return callerError(`JS promise resolved to a value Lua cannot hold (${typeof value})`);
  t.ensureStack(base + 1);
  t.stack[base] = v;
  return 1;
};

/**
 * The default error of a rejected promise: a Lua error (a rejection by a Lua run) raises its own
 * value; an Error raises its message and other values their string form, positioned at the
 * Lua function that called the builtin, as builtins' errors are; numbers and booleans are
 * raised as they are.
 */
export const defaultRejected: RejectedToLua = (_t, reason) => {
  // The run's limits (a deadline, an abort) end a wait with an error no Lua code may catch.
  if (isUncatchable(reason)) throw reason;
  if (reason instanceof LuaError) throw new LuaError(reason.value);
  if (typeof reason === 'number' || typeof reason === 'boolean') throw new LuaError(reason);
  let message: string;
  try {
    message = reason instanceof Error ? reason.message : String(reason);
  } catch {
    message = 'JS promise rejected';
  }
  throw new LuaRuntimeError(hostString(message), true);
};

/** Keeps a promise we will not wait for from reporting an unhandled rejection. */
function ignoreRejection(thenable: PromiseLike<unknown>): void {
  try {
    Promise.resolve(thenable).then(undefined, () => {});
  } catch {
    // A thenable whose `then` throws has nothing to report.
  }
}

/**
 * For a builtin whose host function returned `thenable`: returns what the builtin must return.
 * Under an asynchronous run, the thread suspends (Thread.suspend) and the call completes when
 * the thenable settles (`onFulfilled` writes the results, `onRejected` raises the error). In a
 * synchronous run, or under a builtin that re-entered the interpreter (a `table.sort`
 * comparator, a `string.gsub` callback, a `__gc` or `__tostring` called by a builtin: they hold
 * JS stack that cannot be suspended), it raises a Lua error instead.
 */
export function awaitThenable(
  t: Thread,
  base: number,
  thenable: PromiseLike<unknown>,
  onFulfilled: FulfilledToLua = defaultFulfilled,
  onRejected: RejectedToLua = defaultRejected,
): number {
  const d = t.driver;
  if (d === null || !d.suspendable || t.nesting > 0) {
    ignoreRejection(thenable);
    return callerError(
      d === null ? 'attempt to await a JS promise outside runAsync' : 'attempt to await a JS promise across a C-call boundary',
    );
  }
  return t.suspend(base, thenable, (t2, b, fulfilled, value) => (fulfilled ? onFulfilled(t2, b, value) : onRejected(t2, value)));
}
