import { HOOK_INSTRUCTION, Thread, createReferenceEngine } from '@deegen/ir';
import type { Engine } from '@deegen/ir';
import type { TierMode } from '@deegen/tiering';
import { definitions } from './generated/definitions.gen.js';
import { $icMisses, execute, executeInstrumented } from './generated/interpreter.gen.js';
import { opcodeTable } from './generated/opcodes.gen.js';
import { RunLimits } from './embed/limits.js';
import type { LuaLimits } from './embed/limits.js';
import { openGrantedLibraries } from './embed/sandbox.js';
import type { LuaGrant, RequireLoader } from './embed/sandbox.js';
import { compileFunction } from './lib/load.js';
import { LuaError } from './runtime/errors.js';
import type { LuaFunction } from './runtime/function.js';
import { luaHooks } from './runtime/hooks.js';
import type { EnginePair } from './runtime/debug-hooks.js';
import { createTiering } from './runtime/jit.js';
import { LuaRealm } from './runtime/realm.js';
import { ExecutionStats, formatStats, formatTierStats } from './runtime/stats.js';
import type { LuaValue } from './runtime/value.js';

/**
 * Which engine runs bytecode: `interp` is the generated interpreter; `reference` runs the
 * semantics functions directly (a test oracle for the generator, much slower).
 */
export type EngineMode = 'interp' | 'reference';

export interface LuaStateOptions {
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
   * Baseline JIT (`interp` engine only): `interp` (the default for now) never compiles,
   * `baseline` compiles every function at its first run, `auto` after `jitThreshold` visits
   * (calls, returns into it, and loop ticks; see @deegen/tiering).
   */
  tier?: TierMode;
  jitThreshold?: number;
  /** Receives the stitched JS of each compiled function (`--dump-jit`). */
  dumpJit?: (name: string, source: string) => void;
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

let referenceEngine: Engine | undefined;

/**
 * The engines for a mode: the generated interpreter has an instrumented twin for debug hooks;
 * the reference executor checks hooks itself.
 */
function enginesFor(mode: EngineMode): EnginePair {
  if (mode === 'interp') return { plain: execute, instrumented: executeInstrumented };
  referenceEngine ??= createReferenceEngine(opcodeTable, definitions);
  return { plain: referenceEngine, instrumented: referenceEngine };
}

/** One Lua universe: globals, a main thread and the loaded libraries. */
export class LuaState {
  readonly realm: LuaRealm;
  readonly thread: Thread;
  private readonly statsWanted: boolean;

  constructor(options: LuaStateOptions = {}) {
    this.realm = new LuaRealm(options.write ?? (() => {}));
    this.realm.engines = enginesFor(options.engine ?? 'interp');
    this.thread = new Thread(luaHooks, this.realm.engines.plain, this.realm);
    if ((options.engine ?? 'interp') === 'interp') {
      const dump = options.dumpJit;
      this.realm.tiering = createTiering({
        mode: options.tier ?? 'interp',
        threshold: options.jitThreshold,
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

  /** Compiles a chunk (source as a byte string). Syntax errors throw LuaError with lua5.1's message. */
  load(source: string, chunkName: string): LuaFunction {
    const fn = compileFunction(source, chunkName, this.realm.globals, this.realm.binaryChunks);
    if (typeof fn === 'string') throw new LuaError(fn);
    return fn;
  }

  /** Calls a Lua function; Lua errors are thrown as LuaError (with `traceback` when uncaught). */
  call(fn: LuaFunction, args: readonly LuaValue[] = []): LuaValue[] {
    try {
      return this.thread.call(fn, args) as LuaValue[];
    } catch (e) {
      if (e instanceof LuaError) throw e;
      throw this.thread.hooks.toGuestError(this.thread, e);
    }
  }
}
