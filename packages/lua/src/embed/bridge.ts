import { GuestStackOverflow } from '@deegen/ir';
import type { Thread } from '@deegen/ir';
import { compileFunction } from '../lib/load.js';
import { LuaCoroutine } from '../runtime/coroutine.js';
import { LuaError as VmError, LuaRuntimeError, runtimeError } from '../runtime/errors.js';
import { LuaFunction } from '../runtime/function.js';
import { getMetamethod } from '../runtime/metatables.js';
import { LuaExit } from '../runtime/realm.js';
import type { LuaRealm } from '../runtime/realm.js';
import { LuaTable as RawTable } from '../runtime/table.js';
import { typeErrorMessage } from '../runtime/type-errors.js';
import { LuaUserdata } from '../runtime/value.js';
import type { LuaValue } from '../runtime/value.js';
import { arrayToByteString, byteStringToArray, decodeStrict, textToByteString } from './bytes.js';
import { copyToTable } from './copy.js';
import { HandleCache } from './handle-cache.js';
import { HostRef, ProxyRequest, hostMetatable, isPlainObject } from './host-object.js';
import { wrapJsFunction } from './js-function.js';
import { LuaError, errorFromVm, rawErrorValue } from './lua-error.js';
import { isUncatchable } from '../runtime/uncatchable.js';
import { LuaTable, tableInternals } from './lua-table.js';
import { isMulti } from './multi.js';
import { callLuaAsync } from './async.js';
import type { AsyncRunOptions } from './async.js';
import { LuaOpaque } from './opaque.js';

/** How values cross between JS and Lua (LuaStateOptions; docs/embedding.md). */
export interface EmbedOptions {
  /**
   * How Lua strings come out: `text` (the default) decodes UTF-8 to a JS string, and gives a
   * Uint8Array for a string that is not valid UTF-8; `bytes` always gives a Uint8Array.
   */
  strings?: 'text' | 'bytes';
  /**
   * How plain JS objects and arrays go in: `copy` (the default) makes new tables; `proxy`
   * shares them read-only (see `proxy()` for a writable share). Other objects are always shared.
   */
  objects?: 'copy' | 'proxy';
}

/** A Lua function as JS sees it: calling it calls the Lua function and returns all its results. */
export type LuaCallable = (...args: unknown[]) => unknown[];

/**
 * One state's side of the embedding API: converts values both ways, keeps one handle per Lua
 * object, and turns whatever the VM throws into the public LuaError.
 */
export class Bridge {
  /** The thread calls from JS run on: the main thread, or the one running a JS function. */
  thread: Thread;
  private readonly bytes: boolean;
  private readonly shareObjects: boolean;
  private readonly handles: HandleCache;
  /** Lua functions behind the callables given to JS, and the JS functions behind Lua wrappers. */
  private readonly luaOfCallable = new WeakMap<object, LuaFunction>();
  private readonly wrappers = new WeakMap<object, LuaFunction>();
  private readonly jsOfWrapper = new WeakMap<LuaFunction, unknown>();
  private readonly opaques = new WeakMap<LuaOpaque, LuaValue>();
  /** Userdata standing for shared JS objects: read-only ones, then writable ones. */
  private readonly shared = [new WeakMap<object, LuaUserdata>(), new WeakMap<object, LuaUserdata>()];
  private hostMeta: RawTable | undefined = undefined;

  constructor(
    readonly realm: LuaRealm,
    main: Thread,
    options: EmbedOptions,
  ) {
    this.thread = main;
    this.bytes = options.strings === 'bytes';
    this.shareObjects = options.objects === 'proxy';
    this.handles = new HandleCache(realm.gc.handles);
  }

  // -----------------------------------------------------------------------------------------------
  // Lua → JS

  /** A Lua string as JS: text when valid UTF-8 (and not in `bytes` mode), else its bytes. */
  string(s: string): string | Uint8Array {
    if (!this.bytes) {
      const text = decodeStrict(s);
      if (text !== undefined) return text;
    }
    return byteStringToArray(s);
  }

  fromLua(v: LuaValue): unknown {
    switch (typeof v) {
      case 'undefined':
      case 'boolean':
      case 'number':
        return v;
      case 'string':
        return this.string(v);
    }
    if (v instanceof RawTable) return this.handles.handleFor(v, () => new LuaTable(this, v));
    if (v instanceof LuaFunction) {
      const js = this.jsOfWrapper.get(v);
      if (js !== undefined) return js;
      return this.handles.handleFor(v, () => this.callableFor(v));
    }
    if (v instanceof LuaUserdata && v.data instanceof HostRef) return v.data.target;
    const type = v instanceof LuaCoroutine ? 'thread' : 'userdata';
    return this.handles.handleFor(v, () => {
      const o = new LuaOpaque(type);
      this.opaques.set(o, v);
      return o;
    });
  }

  private callableFor(fn: LuaFunction): LuaCallable {
    const callable: LuaCallable = (...args) => this.call(fn, args);
    this.luaOfCallable.set(callable, fn);
    return callable;
  }

  // -----------------------------------------------------------------------------------------------
  // JS → Lua

  /** A JS value as Lua; a TypeError for values Lua cannot hold (bigint, symbol, another state's). */
  toLua(v: unknown): LuaValue {
    switch (typeof v) {
      case 'undefined':
      case 'boolean':
      case 'number':
        return v;
      case 'string':
        return textToByteString(v);
      case 'function':
        return this.functionToLua(v as (...args: unknown[]) => unknown);
      case 'object':
        if (v === null) return undefined;
        return this.objectToLua(v);
      default:
        throw new TypeError(`a ${typeof v} cannot be passed to Lua`);
    }
  }

  /** As toLua, but plain objects and arrays are shared (as the object read through a proxy was). */
  toLuaShared(v: unknown, writable: boolean): LuaValue {
    if (typeof v === 'object' && v !== null && isPlainObject(v)) return this.share(v, writable);
    return this.toLua(v);
  }

  private functionToLua(fn: (...args: unknown[]) => unknown): LuaFunction {
    const lua = this.luaOfCallable.get(fn);
    if (lua !== undefined) return lua;
    let w = this.wrappers.get(fn);
    if (w === undefined) {
      w = wrapJsFunction(this, fn);
      this.wrappers.set(fn, w);
      this.jsOfWrapper.set(w, fn);
    }
    return w;
  }

  private objectToLua(o: object): LuaValue {
    if (o instanceof Uint8Array) return arrayToByteString(o);
    if (o instanceof LuaTable) {
      const { bridge, raw } = tableInternals(o);
      if (bridge !== this) throw new TypeError('a LuaTable of another LuaState cannot be passed to this one');
      return raw;
    }
    if (o instanceof LuaOpaque) {
      if (!this.opaques.has(o)) throw new TypeError('a Lua value of another LuaState cannot be passed to this one');
      return this.opaques.get(o);
    }
    if (o instanceof ProxyRequest) return this.share(o.target, o.writable);
    if (!isPlainObject(o)) return this.share(o, false);
    if (this.shareObjects) return this.share(o, false);
    return copyToTable(o, (v) => this.toLua(v));
  }

  /** The userdata standing for a shared JS object (the same one each time). */
  private share(target: object, writable: boolean): LuaUserdata {
    const cache = this.shared[writable ? 1 : 0];
    let u = cache.get(target);
    if (u === undefined) {
      u = new LuaUserdata(new HostRef(target, writable));
      this.hostMeta ??= hostMetatable(this);
      u.metatable = this.hostMeta;
      cache.set(target, u);
    }
    return u;
  }

  /** What a JS function returned, as its Lua results. */
  resultsToLua(r: unknown): LuaValue[] {
    if (r === undefined) return [];
    if (isMulti(r)) return r.map((v) => this.toLua(v));
    return [this.toLua(r)];
  }

  // -----------------------------------------------------------------------------------------------
  // Errors

  /**
   * What a JS function threw, as the Lua error to raise: a LuaError raises its value (the very
   * Lua value when it came from the VM), an Error its message, anything else its own mapping.
   * The VM's own control flow (os.exit, stack overflow, errors in flight) passes unchanged.
   */
  errorToLua(e: unknown): unknown {
    if (e instanceof VmError || isUncatchable(e) || e instanceof GuestStackOverflow || e instanceof LuaRuntimeError) return e;
    if (e instanceof LuaError) {
      const { found, raw } = rawErrorValue(e, this);
      return new VmError(found ? raw : this.toLuaOr(e.value, e.message));
    }
    if (e instanceof Error) return new VmError(textToByteString(e.message));
    return new VmError(this.toLuaOr(e, undefined));
  }

  /** `v` as Lua, or (for a value Lua cannot hold, such as another state's table) a text about it. */
  private toLuaOr(v: unknown, text: string | undefined): LuaValue {
    try {
      return this.toLua(v);
    } catch {
      return textToByteString(text ?? String(v));
    }
  }

  /** The public LuaError for anything the VM threw (os.exit's LuaExit passes unchanged). */
  toPublicError(e: unknown): unknown {
    if (e instanceof LuaError || isUncatchable(e)) return e;
    const vm = e instanceof VmError ? e : (this.thread.hooks.toGuestError(this.thread, e) as VmError);
    return errorFromVm(this, vm.value, this.fromLua(vm.value), vm.traceback);
  }

  /** Runs VM work for the embedder; whatever Lua raises comes out as a LuaError. */
  protect<T>(body: () => T): T {
    try {
      return body();
    } catch (e) {
      throw this.toPublicError(e);
    }
  }

  // -----------------------------------------------------------------------------------------------
  // Running code

  /** Compiles a chunk given as JS text (UTF-8) or bytes; a syntax error is a LuaError. */
  load(source: string | Uint8Array, chunkName: string | undefined): LuaFunction {
    const bytes = typeof source === 'string' ? textToByteString(source) : arrayToByteString(source);
    // Unnamed chunks are named by their source, as lua5.1's luaL_loadstring names them.
    const name = chunkName === undefined ? bytes : textToByteString(chunkName);
    const fn = compileFunction(bytes, name, this.realm.globals, this.realm.binaryChunks);
    if (typeof fn === 'string') throw errorFromVm(this, fn, this.fromLua(fn), undefined);
    return fn;
  }

  /** Calls a Lua value (a function, or anything with `__call`) with JS arguments; returns all results. */
  call(fn: LuaValue, args: readonly unknown[]): unknown[] {
    const luaArgs = args.map((a) => this.toLua(a));
    return this.protect(() => {
      const results = this.thread.call(this.callable(fn, luaArgs), luaArgs) as LuaValue[];
      return results.map((r) => this.fromLua(r));
    });
  }

  /** The function a call of `fn` runs: `fn`, or its `__call` handler (then `fn` goes first in `luaArgs`). */
  private callable(fn: LuaValue, luaArgs: LuaValue[]): LuaFunction {
    if (fn instanceof LuaFunction) return fn;
    const h = getMetamethod(this.realm, fn, '__call');
    if (!(h instanceof LuaFunction)) return runtimeError(typeErrorMessage(fn, 'call'));
    luaArgs.unshift(fn);
    return h;
  }

  /** `call` as an asynchronous run (embed/async.ts): JS functions' promises suspend it. */
  async callAsync(fn: LuaValue, args: readonly unknown[], main: Thread, options: AsyncRunOptions): Promise<unknown[]> {
    let callee: LuaFunction;
    let luaArgs: LuaValue[];
    try {
      luaArgs = args.map((a) => this.toLua(a));
      callee = this.callable(fn, luaArgs);
    } catch (e) {
      throw this.toPublicError(e);
    }
    // The whole asynchronous run is one run for the limits (embed/limits.ts), across its waits
    // and time slices.
    const limits = this.realm.limits;
    let watch: { promise: Promise<never>; cancel: () => void } | undefined;
    try {
      limits?.beginRun();
      // A wait on a promise ends early when the run's deadline passes or its signal aborts.
      watch = limits?.interruption();
      const interrupt = watch === undefined ? undefined : () => watch!.promise;
      const results = await callLuaAsync(main, callee, luaArgs, { ...options, interrupt });
      return results.map((r) => this.fromLua(r));
    } catch (e) {
      throw this.toPublicError(e);
    } finally {
      watch?.cancel();
      limits?.endRun();
    }
  }
}
