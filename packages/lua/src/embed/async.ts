import { callAsync } from '@deegen/ir';
import type { Thread } from '@deegen/ir';
import { threadLike } from '../lib/coroutine.js';
import { LuaError } from '../runtime/errors.js';
import type { LuaFunction } from '../runtime/function.js';
import { isUncatchable } from '../runtime/uncatchable.js';
import type { LuaRealm } from '../runtime/realm.js';
import type { LuaValue } from '../runtime/value.js';

export interface AsyncRunOptions {
  /** Longest stretch of Lua code between two returns to the event loop (ms; default 10). */
  readonly sliceMs?: number;
  /** Internal (the bridge sets it from the state's limits): ends a wait on a promise early. */
  readonly interrupt?: () => PromiseLike<never> | undefined;
}

/**
 * Calls `fn` as an asynchronous run (`LuaState.callAsync`): JS functions that return promises
 * suspend it until they settle (runtime/await.ts), and it returns to the event loop at least
 * every `sliceMs`. The run starts in a later microtask, when no Lua code of the state is on the JS
 * stack; it uses the state's main thread if that is idle, else (another asynchronous run is
 * waiting on it, or a synchronous one is running) a thread of its own, so runs may overlap.
 * Rejects with a LuaError (with its traceback when the error escaped the Lua code).
 */
export async function callLuaAsync(main: Thread, fn: LuaFunction, args: readonly LuaValue[], options: AsyncRunOptions = {}): Promise<LuaValue[]> {
  await undefined;
  const t = main.depth === 0 ? main : threadLike(main);
  const paused = (t.realm as LuaRealm).pausedThreads;
  try {
    return (await callAsync(t, fn, args, {
      sliceMs: options.sliceMs,
      onPause: (th) => paused.add(th),
      onResume: (th) => paused.delete(th),
      interrupt: options.interrupt,
    })) as LuaValue[];
  } catch (e) {
    if (e instanceof LuaError || isUncatchable(e)) throw e;
    throw t.hooks.toGuestError(t, e);
  }
}
