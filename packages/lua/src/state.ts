import { HOOK_INSTRUCTION, Thread } from '@deegen/ir';
import type { Engine } from '@deegen/ir';
import type { TierMode } from '@deegen/tiering';
import { Bridge } from './embed/bridge.js';
import type { EmbedOptions, LuaCallable } from './embed/bridge.js';
import type { LuaTable } from './embed/lua-table.js';
import { $icMisses, execute, executeInstrumented } from './generated/interpreter.gen.js';
import { opcodeTable } from './generated/opcodes.gen.js';
import { defaultHost } from './host/default-host.js';
import type { LuaHost } from './host/host.js';
import type { AsyncRunOptions } from './embed/async.js';
import { compileFunction } from './lib/load.js';
import { LuaError as VmError } from './runtime/errors.js';
import { LuaFunction } from './runtime/function.js';
import { listBytecode } from './listing.js';
import type { FunctionListing } from './listing.js';
import { RunLimits } from './embed/limits.js';
import type { LuaLimits } from './embed/limits.js';
import { openGrantedLibraries } from './embed/sandbox.js';
import type { LuaGrant, RequireLoader } from './embed/sandbox.js';
import { luaHooks } from './runtime/hooks.js';
import { indexMeta } from './runtime/meta-access.js';
import type { EnginePair } from './runtime/debug-hooks.js';
import { createTiering } from './runtime/jit.js';
import { LuaRealm } from './runtime/realm.js';
import { LuaTable as RawTable } from './runtime/table.js';
import { ExecutionStats, formatStats, formatTierStats } from './runtime/stats.js';
import type { LuaValue } from './runtime/value.js';

/**
 * Which engine runs bytecode: `interp` is the generated interpreter; `reference` runs the
 * semantics functions directly (a test oracle for the generator, much slower).
 */
export type EngineMode = 'interp' | 'reference';

/**
 * The tier mode when none is asked for: counters compile hot functions and enter hot loops
 * (docs/architecture.md, "Baseline JIT"). Where the host cannot compile, the VM stays interpreted.
 */
export const DEFAULT_TIER: TierMode = 'auto';

/** Options of `run` and `load`. */
export interface ChunkOptions {
  /**
   * The chunk's name in messages and tracebacks: `=name` is shown as `name`, `@file` as a file
   * name; by default the source itself (`[string "..."]`), as lua5.1's loadstring names chunks.
   */
  chunkName?: string;
}

export interface LuaStateOptions extends EmbedOptions {
  engine?: EngineMode;
  /** Receives program output as a byte string (one char code per byte). Default: nothing. */
  write?: (bytes: string) => void;
  /**
   * Environment variables the state may consult (LUA_PATH and LUA_CPATH set package.path and
   * package.cpath). Default: none, so the defaults apply; the CLI passes the process's.
   */
  env?: Readonly<Record<string, string | undefined>>;
  /** Count executed instructions per bytecode (runs on the instrumented engine; `--stats`). */
  stats?: boolean;
  /**
   * Baseline JIT (`interp` engine only): `interp` never compiles, `baseline` compiles every
   * function at its first run, `auto` (DEFAULT_TIER) after `jitThreshold` visits (calls, returns
   * into it, and loop ticks; see @deegen/tiering) and enters hot loops while they run.
   */
  tier?: TierMode;
  jitThreshold?: number;
  /**
   * Stitched functions over this size (@deegen/stencil's stitchedSize: characters, register
   * write-backs counted twice) are not compiled whole: they stay interpreted, or with `jitSplit`
   * are compiled in parts, their loops apart (@deegen/stencil, split.ts; off by default,
   * docs/architecture.md says why). Default: MAX_STITCHED_SIZE, what V8 still optimises with a
   * margin; tests lower it to split small functions.
   */
  jitMaxSize?: number;
  jitSplit?: boolean;
  /** Receives the stitched JS of each compiled function (`--dump-jit`). */
  dumpJit?: (name: string, source: string) => void;
  /**
   * Files, shell commands, clock and environment for the io, os and package libraries. Default:
   * Node's (`nodeHost`) when the package is loaded through its Node entry; in browsers, none
   * (file and shell operations report that they are not supported).
   */
  host?: LuaHost;
  /** Instruction, time, abort and memory limits of each run (embed/limits.ts; docs/embedding.md, "Limits"). */
  limits?: LuaLimits;
  /**
   * Capabilities beyond the safe default libraries, by name, or 'all' (embed/sandbox.ts;
   * docs/embedding.md, "Safety"). Default: none.
   */
  grant?: readonly LuaGrant[] | 'all';
  /** Gives the program `require`, loading module source text from the host (no file access needed). */
  require?: RequireLoader;
}

let makeReferenceEngine: (() => Engine) | undefined;
let referenceEngine: Engine | undefined;

/**
 * Makes `engine: 'reference'` available (reference-engine.ts calls it). The reference executor
 * runs the semantics functions themselves, so it carries them: the Node entry and the command
 * include it, the browser entry leaves it out (it is a test oracle, not a way to run programs).
 */
export function provideReferenceEngine(make: () => Engine): void {
  makeReferenceEngine = make;
}

/**
 * The engines for a mode: the generated interpreter has an instrumented twin for debug hooks;
 * the reference executor checks hooks itself.
 */
function enginesFor(mode: EngineMode): EnginePair {
  if (mode === 'interp') return { plain: execute, instrumented: executeInstrumented };
  if (makeReferenceEngine === undefined) throw new Error("engine 'reference' is not in this build (it comes with the package's Node entry)");
  referenceEngine ??= makeReferenceEngine();
  return { plain: referenceEngine, instrumented: referenceEngine };
}

/** One Lua universe: globals, a main thread and the loaded libraries. */
export class LuaState {
  readonly realm: LuaRealm;
  readonly thread: Thread;
  private readonly statsWanted: boolean;
  /** The embedding API's value conversions (src/embed). */
  private readonly bridge: Bridge;

  constructor(options: LuaStateOptions = {}) {
    this.realm = new LuaRealm(options.write ?? (() => {}));
    this.realm.host = options.host ?? defaultHost();
    this.realm.engines = enginesFor(options.engine ?? 'interp');
    this.thread = new Thread(luaHooks, this.realm.engines.plain, this.realm);
    if ((options.engine ?? 'interp') === 'interp') {
      const dump = options.dumpJit;
      this.realm.tiering = createTiering({
        mode: options.tier ?? DEFAULT_TIER,
        threshold: options.jitThreshold,
        maxSize: options.jitMaxSize,
        split: options.jitSplit,
        dump: dump === undefined ? undefined : (p, source) => dump(p.name, source),
      });
    }
    const jit = this.realm.tiering !== null && this.realm.tiering.mode !== 'interp';
    // Threads consult a policy only when it can compile: interpreter-only runs skip the check.
    if (jit) this.thread.tiering = this.realm.tiering;
    this.statsWanted = options.stats === true;
    // Counting every instruction needs the instrumented engine, which compiled code bypasses: with
    // the JIT on, `--stats` reports what the JIT did and the inline-cache misses instead.
    if (options.stats && !jit) {
      this.realm.stats = new ExecutionStats(opcodeTable);
      this.thread.hookMask = HOOK_INSTRUCTION;
      this.thread.engine = this.realm.engines.instrumented;
    }
    // lua5.1 allows 16384 call records, its base record included: the same count of frames here.
    this.thread.maxDepth = 16383;
    openGrantedLibraries(this.realm, options);
    if (options.limits !== undefined) this.limits = options.limits;
    this.bridge = new Bridge(this.realm, this.thread, options);
  }

  /** The limits each run starts with (a run: one call into the state from JS, see embed/limits.ts). */
  get limits(): LuaLimits {
    return this.realm.limits?.defaults ?? {};
  }

  set limits(limits: LuaLimits) {
    this.runLimits().defaults = { ...limits };
  }

  /** Runs `body` with `overrides` over the state's limits for every run it starts. */
  withLimits<T>(overrides: LuaLimits, body: () => T): T {
    return this.runLimits().withOverrides(overrides, body);
  }

  /** The realm's limit keeper, created the first time limits are asked for. */
  runLimits(): RunLimits {
    return (this.realm.limits ??= new RunLimits(this.realm, this.thread, {}));
  }

  /** The `--stats` report (instructions per bytecode, inline-cache hit rates); undefined without `stats`. */
  statsReport(): string | undefined {
    if (!this.statsWanted) return undefined;
    if (this.realm.stats !== undefined) return formatStats(opcodeTable, this.realm.stats, $icMisses);
    return formatTierStats(opcodeTable, this.realm.tiering!, $icMisses);
  }

  /**
   * Runs a chunk and returns all its results, mapped to JS (docs/embedding.md). `source` is JS
   * text (run as its UTF-8 bytes) or bytes. Lua errors, syntax errors included, throw LuaError.
   */
  run(source: string | Uint8Array, options: ChunkOptions = {}): unknown[] {
    return this.bridge.call(this.bridge.load(source, options.chunkName), []);
  }

  /** Compiles a chunk without running it: calling the result runs it (and returns its results). */
  load(source: string | Uint8Array, options: ChunkOptions = {}): LuaCallable {
    return this.bridge.fromLua(this.bridge.load(source, options.chunkName)) as LuaCallable;
  }

  /**
   * Calls a Lua function (a callable that came out of this state), or the global named `fn`,
   * with JS arguments; returns all its results.
   */
  call(fn: LuaCallable | string, ...args: unknown[]): unknown[] {
    return this.bridge.call(this.calleeOf(fn), args);
  }

  /** A callable of this state, or the global named `fn` (with `_G`'s `__index`), as a Lua value. */
  private calleeOf(fn: LuaCallable | string): LuaValue {
    const b = this.bridge;
    return typeof fn === 'string' ? b.protect(() => indexMeta(b.thread, this.realm.globals, b.toLua(fn))) : b.toLua(fn);
  }

  /** The global `name` (`_G[name]`, with `__index` if `_G` has one). */
  get(name: string): unknown {
    return this.globals.get(name);
  }

  /** Sets the global `name` (`_G[name] = value`, with `__newindex` if `_G` has one). */
  set(name: string, value: unknown): void {
    this.globals.set(name, value);
  }

  /** The table of globals (`_G`). */
  get globals(): LuaTable {
    return this.bridge.fromLua(this.realm.globals) as LuaTable;
  }

  /** A new empty table. */
  newTable(): LuaTable {
    return this.bridge.fromLua(new RawTable()) as LuaTable;
  }

  /**
   * Low level, for the CLI and tests: compiles a chunk given as a byte string (one char code per
   * byte). Syntax errors throw the VM's LuaError (runtime/errors.ts) with lua5.1's message.
   */
  loadRaw(source: string, chunkName: string): LuaFunction {
    const fn = compileFunction(source, chunkName, this.realm.globals, this.realm.binaryChunks);
    if (typeof fn === 'string') throw new VmError(fn);
    return fn;
  }

  /**
   * The bytecode of a Lua function of this state (one `load` returned, say) and of the functions
   * nested in it, outer first, as the disassembler lists it. A builtin has none.
   */
  listBytecode(fn: LuaCallable): FunctionListing[] {
    const raw = this.bridge.toLua(fn);
    if (!(raw instanceof LuaFunction)) throw new TypeError('listBytecode: not a function of this state');
    return listBytecode(raw);
  }

  /**
   * Low level, for the CLI and tests: calls a Lua function with Lua values and returns Lua values;
   * errors are the VM's LuaError (with `traceback` when uncaught).
   */
  callRaw(fn: LuaFunction, args: readonly LuaValue[] = []): LuaValue[] {
    try {
      return this.thread.call(fn, args) as LuaValue[];
    } catch (e) {
      if (e instanceof VmError) throw e;
      throw this.thread.hooks.toGuestError(this.thread, e);
    }
  }

  /**
   * Runs a chunk asynchronously: JS functions that return promises suspend the run until they
   * settle, and it returns to the event loop at least every 10 ms (docs/embedding.md, "Async").
   * Resolves to the chunk's results; rejects with a LuaError (syntax errors included).
   */
  async runAsync(source: string | Uint8Array, options: ChunkOptions & AsyncRunOptions = {}): Promise<unknown[]> {
    const b = this.bridge;
    return b.callAsync(b.load(source, options.chunkName), [], this.thread, options);
  }

  /** Calls a Lua function (or the global named `fn`) asynchronously, as `runAsync` runs a chunk. */
  async callAsync(fn: LuaCallable | string, ...args: unknown[]): Promise<unknown[]> {
    return this.bridge.callAsync(this.calleeOf(fn), args, this.thread, {});
  }
}
