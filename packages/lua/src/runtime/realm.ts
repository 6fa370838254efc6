import type { Tiering } from '@deegen/tiering';
import type { Thread } from '@deegen/ir';
import type { LuaHost } from '../host/host.js';
import { portableHost } from '../host/portable-host.js';
import type { RunLimits } from '../embed/limits.js';
import type { EnginePair, HookState } from './debug-hooks.js';
import { Collector } from './gc.js';
import type { ExecutionStats } from './stats.js';
import type { LuaCoroutine } from './coroutine.js';
import type { LuaFunction } from './function.js';
import { LuaTable } from './table.js';

/**
 * Per-state data shared by every thread of one Lua state: the globals, the registry and the
 * metatables of non-table types (Lua 5.1 keeps one per type; strings get theirs from the string
 * library).
 */
export class LuaRealm {
  readonly globals = new LuaTable();
  readonly registry = new LuaTable();
  stringMeta: LuaTable | undefined = undefined;
  numberMeta: LuaTable | undefined = undefined;
  booleanMeta: LuaTable | undefined = undefined;
  nilMeta: LuaTable | undefined = undefined;
  functionMeta: LuaTable | undefined = undefined;
  threadMeta: LuaTable | undefined = undefined;
  /** Iterator functions that `pairs` and `ipairs` return (set by the base library). */
  nextFn: LuaFunction | undefined = undefined;
  ipairsStepFn: LuaFunction | undefined = undefined;
  /** Observable garbage collection: weak tables, finalizers, `collectgarbage`. */
  readonly gc = new Collector();
  /** Per-thread global environments changed by `setfenv(0, t)` (others use `globals`). */
  private readonly threadGlobals = new WeakMap<Thread, LuaTable>();
  /** The engines threads switch between when debug hooks are turned on and off (set by LuaState). */
  engines!: EnginePair;
  readonly hookStates = new WeakMap<Thread, HookState>();
  /** The baseline JIT's tiering policy (runtime/jit.ts); threads use it unless its mode is `interp`. */
  tiering: Tiering | null = null;
  /** Set for `--stats`: instructions executed per variant (threads then always run instrumented). */
  stats: ExecutionStats | undefined = undefined;
  /** The coroutine running now (undefined: the main thread), and how many resumes are nested. */
  currentCoroutine: LuaCoroutine | undefined = undefined;
  resumeDepth = 0;
  /** Threads of asynchronous runs waiting on the host (their stacks are roots for the collector). */
  readonly pausedThreads = new Set<Thread>();
  /** Where `print` and `io.write` send bytes (one char code per byte). */
  write: (text: string) => void;
  /** Where `io.stderr` sends bytes; unbuffered, so an embedder that buffers `write` flushes it first. */
  writeErr: (text: string) => void = () => {};
  /** Pushes out whatever the embedder buffered from `write` (`io.stdout:flush()`, `os.execute`). */
  flushOut: () => void = () => {};
  /** The next chunk of standard input as bytes, '' at its end (`io.read`, `io.stdin`). */
  readStdin: () => string = () => '';
  /** Run when the embedder closes the state, in order (the io library flushes and closes open files). */
  readonly closeHooks: (() => void)[] = [];
  /** Files, shell, clock and environment for the io, os and package libraries (set by LuaState). */
  host: LuaHost = portableHost;
  /** Instruction, time and memory limits of runs (embed/limits.ts); null while none were ever set. */
  limits: RunLimits | null = null;
  /** Whether `load` and friends accept binary chunks at all (a grant, embed/sandbox.ts). */
  binaryChunks = false;
  /** The status `os.exit` asked for, once it has been called. */
  exitStatus: number | undefined = undefined;

  /** The global environment of thread `t` (what `getfenv(0)` returns and loaded chunks get). */
  globalsFor(t: Thread): LuaTable {
    return this.threadGlobals.get(t) ?? this.globals;
  }

  setGlobalsFor(t: Thread, env: LuaTable): void {
    this.threadGlobals.set(t, env);
  }

  constructor(write: (text: string) => void) {
    this.write = write;
  }
}

/**
 * Thrown by `os.exit` to end the program: the embedder (the CLI's ScriptRunner) catches it and
 * ends the run with `status`. It is not a Lua error, so protected calls must let it pass.
 */
export class LuaExit {
  constructor(readonly status: number) {}
}

export function globalsOf(t: Thread): LuaTable {
  const realm = t.realm as LuaRealm;
  return realm.globalsFor(t);
}

export function realmOf(t: Thread): LuaRealm {
  return t.realm as LuaRealm;
}
