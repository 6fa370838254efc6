import { CALL_PENDING, Thread } from '@deegen/ir';
import type { NativeFunction } from '@deegen/ir';
import { LuaCoroutine } from '../runtime/coroutine.js';
import { setHook } from '../runtime/debug-hooks.js';
import { LuaError, runtimeError } from '../runtime/errors.js';
import { LuaFunction, Upvalue } from '../runtime/function.js';
import { realmOf } from '../runtime/realm.js';
import type { LuaRealm } from '../runtime/realm.js';
import { LuaTable } from '../runtime/table.js';
import { whereOf } from '../runtime/traceback.js';
import { arg, argError } from './args.js';
import { defineBuiltins } from './builtins.js';
import { isUncatchable } from '../runtime/uncatchable.js';

/** Nested resumes use JS stack (one engine run each), like C stack in lua5.1, which limits them to about 200. */
const MAX_NESTED_RESUMES = 190;

function checkCoroutine(t: Thread, base: number, argc: number): LuaCoroutine {
  const co = arg(t, base, argc, 0);
  if (co instanceof LuaCoroutine) return co;
  return argError(t, 0, 'coroutine expected');
}

/** How a host promise that a coroutine waited on settled. */
interface Wake {
  readonly fulfilled: boolean;
  readonly value: unknown;
}

/**
 * Runs `co` with `nargs` values from `from[at ..]` (or, with `wake`, continues it after the host
 * promise it waited on settled) until it yields, returns or fails. On success the values it
 * yielded or returned are copied to `t.stack[dst ..]`, and their count returned; on failure the
 * LuaError is thrown after the coroutine is marked dead. When the coroutine stopped to wait on a
 * host promise, the resumer's thread is suspended too (pauseResumer; `wrapped` says which builtin
 * resumed it) and CALL_PENDING is returned, for the builtin to return.
 */
function resumeInto(t: Thread, co: LuaCoroutine, at: number, nargs: number, dst: number, wake: Wake | null, wrapped: boolean): number {
  const realm = realmOf(t);
  if (realm.resumeDepth >= MAX_NESTED_RESUMES) throw new LuaError('C stack overflow');
  const ct = co.thread;
  const previous = realm.currentCoroutine;
  if (previous !== undefined) previous.status = 'normal';
  co.status = 'running';
  realm.currentCoroutine = co;
  realm.resumeDepth++;
  // The coroutine may wait on host promises only if its resumer can wait too.
  if (t.driver !== null) ct.driver = t.lendDriver();
  try {
    let finished: boolean;
    if (!co.started) {
      co.started = true;
      ct.ensureStack(nargs + 16);
      for (let i = 0; i < nargs; i++) ct.stack[i] = t.stack[at + i];
      ct.pushGuest(co.body, 0, nargs);
      // The body runs now, as `run` would run it; its compiled code, if it has some, directly.
      ct.runPushed();
      finished = true;
    } else if (wake !== null) {
      finished = ct.resumeSuspended(wake.fulfilled, wake.value);
    } else {
      ct.popBoundary();
      const into = co.transferBase;
      ct.ensureStack(into + nargs + 16);
      for (let i = 0; i < nargs; i++) ct.stack[into + i] = t.stack[at + i];
      finished = ct.deliver(into, nargs);
    }
    if (!finished) ct.run();
    if (ct.suspension !== null) {
      // Waiting on a host promise with its resumers: not resumable by anyone else meanwhile.
      co.status = 'normal';
      return pauseResumer(t, co, dst, wrapped);
    }
    let from: number;
    let count: number;
    if (ct.depth === 0) {
      co.status = 'dead';
      from = ct.retBase;
      count = ct.retCount;
    } else {
      co.status = 'suspended';
      from = co.transferBase;
      count = co.transferCount;
    }
    t.ensureStack(dst + count + 16);
    for (let i = 0; i < count; i++) t.stack[dst + i] = ct.stack[from + i];
    return count;
  } catch (e) {
    co.status = 'dead';
    if (isUncatchable(e)) throw e;
    throw e instanceof LuaError ? e : ct.hooks.toGuestError(ct, e);
  } finally {
    if (ct.driver !== null) ct.driver = null;
    realm.currentCoroutine = previous;
    if (previous !== undefined) previous.status = 'running';
    realm.resumeDepth--;
  }
}

/**
 * `co` stopped to wait on a host promise inside a resume made by the running builtin: the
 * resumer's thread waits on the same promise, and once it settled, the builtin's call completes
 * with what continuing the coroutine gives. So a wait deep in nested coroutines suspends every
 * resumer up to the asynchronous driver, and when it ends each continues where it was.
 */
function pauseResumer(t: Thread, co: LuaCoroutine, dst: number, wrapped: boolean): number {
  // `coroutine.resume` puts its status before the values, a wrap function returns them alone.
  const base = wrapped ? dst : dst - 1;
  return t.suspend(base, co.thread.suspension!.thenable, (t2, _base, fulfilled, value) =>
    wrapped ? wrappedWoken(t2, base, co, { fulfilled, value }) : resumeWoken(t2, base, co, { fulfilled, value }),
  );
}

/** A new thread of `t`'s realm that runs as `t` does (JIT policy, depth limit, debug hook). */
export function threadLike(t: Thread): Thread {
  const realm = realmOf(t);
  const thread = new Thread(t.hooks, realm.engines.plain, t.realm);
  // The realm's JIT policy, as its creator runs under it (none in the interpreter-only mode).
  thread.tiering = t.tiering;
  thread.maxDepth = t.maxDepth;
  // A new coroutine starts with its creator's debug hook, as in lua5.1.
  const hook = realm.hookStates.get(t);
  if (hook !== undefined && hook.fn !== undefined) setHook(realm, thread, hook.fn, hook.mask, hook.count);
  else if (realm.stats !== undefined) setHook(realm, thread, undefined, '', 0);
  return thread;
}

const create: NativeFunction = (t, base, argc) => {
  const fn = arg(t, base, argc, 0);
  if (!(fn instanceof LuaFunction) || fn.proto === null) argError(t, 0, 'Lua function expected');
  t.stack[base] = new LuaCoroutine(threadLike(t), fn);
  return 1;
};

const resume: NativeFunction = (t, base, argc) => {
  const co = checkCoroutine(t, base, argc);
  if (co.status !== 'suspended') {
    t.stack[base] = false;
    t.stack[base + 1] = `cannot resume ${co.status} coroutine`;
    return 2;
  }
  try {
    const n = resumeInto(t, co, base + 1, argc - 1, base + 1, null, false);
    if (n === CALL_PENDING) return n;
    t.stack[base] = true;
    return n + 1;
  } catch (e) {
    return resumeFailed(t, base, e);
  }
};

/** `coroutine.resume` of `co` goes on after the host promise the coroutine waited on settled. */
function resumeWoken(t: Thread, base: number, co: LuaCoroutine, wake: Wake): number {
  try {
    const n = resumeInto(t, co, 0, 0, base + 1, wake, false);
    if (n === CALL_PENDING) return n;
    t.stack[base] = true;
    return n + 1;
  } catch (e) {
    return resumeFailed(t, base, e);
  }
}

/** `coroutine.resume`'s results when the coroutine failed. */
function resumeFailed(t: Thread, base: number, e: unknown): number {
  if (!(e instanceof LuaError)) throw e;
  t.stack[base] = false;
  t.stack[base + 1] = e.value;
  return 2;
}

const yieldFn: NativeFunction = (t, base, argc) => {
  const co = realmOf(t).currentCoroutine;
  // Builtins that re-entered the interpreter (t.nesting) hold JS stack that cannot be suspended.
  if (co === undefined || co.thread !== t || t.nesting > 0) {
    return runtimeError('attempt to yield across metamethod/C-call boundary');
  }
  co.transferBase = base;
  co.transferCount = argc;
  t.pushBoundary(base + argc, t.currentNative);
  return CALL_PENDING;
};

const status: NativeFunction = (t, base, argc) => {
  t.stack[base] = checkCoroutine(t, base, argc).status;
  return 1;
};

const running: NativeFunction = (t, base) => {
  t.stack[base] = realmOf(t).currentCoroutine;
  return 1;
};

/** The function `coroutine.wrap` returns: resumes its coroutine (an upvalue) and raises its errors. */
const wrapped: NativeFunction = (t, base, argc) => {
  const co = (t.currentNative as LuaFunction).upvals[0].value as LuaCoroutine;
  if (co.status !== 'suspended') {
    throw new LuaError(whereOf(t.frame) + `cannot resume ${co.status} coroutine`);
  }
  try {
    return resumeInto(t, co, base, argc, base, null, true);
  } catch (e) {
    return wrappedFailed(t, e);
  }
};

/** A `coroutine.wrap` function's call of `co` goes on after the host promise the coroutine waited on settled. */
function wrappedWoken(t: Thread, base: number, co: LuaCoroutine, wake: Wake): number {
  try {
    return resumeInto(t, co, 0, 0, base, wake, true);
  } catch (e) {
    return wrappedFailed(t, e);
  }
}

/** Raises the error of a wrapped coroutine in its caller. */
function wrappedFailed(t: Thread, e: unknown): never {
  if (!(e instanceof LuaError)) throw e;
  let value = e.value;
  // lua5.1 adds the position of the caller to string errors coming out of a wrapped coroutine.
  if (typeof value === 'string') value = whereOf(t.frame) + value;
  throw new LuaError(value);
}

const wrap: NativeFunction = (t, base, argc) => {
  const n = create(t, base, argc);
  const co = t.stack[base] as LuaCoroutine;
  const uv = new Upvalue(null, 0);
  uv.value = co;
  t.stack[base] = new LuaFunction(null, wrapped, [uv], realmOf(t).globals, 'wrap');
  return n;
};

export function openCoroutine(realm: LuaRealm): void {
  const lib = defineBuiltins(realm, new LuaTable(), { create, resume, yield: yieldFn, status, running, wrap });
  realm.globals.setStr('coroutine', lib);
}
