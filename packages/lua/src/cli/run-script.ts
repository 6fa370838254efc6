import { nodeHost } from '../host/node-host.js';
import '../reference-engine.js';
import { LuaState } from '../state.js';
import type { EngineMode } from '../state.js';
import { loadFile } from '../lib/load.js';
import { LuaError } from '../runtime/errors.js';
import { LuaFunction } from '../runtime/function.js';
import { formatNumber } from '../runtime/number-format.js';
import { typeName } from '../runtime/raw-ops.js';
import { LuaExit } from '../runtime/realm.js';
import { LuaTable } from '../runtime/table.js';
import type { LuaValue } from '../runtime/value.js';
import type { TierMode } from '@deegen/tiering';

export interface ScriptOptions {
  engine?: EngineMode;
  /** Collect execution statistics (`--stats`). */
  stats?: boolean;
  /** Baseline JIT mode and threshold (LuaStateOptions). */
  tier?: TierMode;
  jitThreshold?: number;
  jitMaxSize?: number;
  jitSplit?: boolean;
  /** Receives the stitched JS of each compiled function (`--dump-jit`). */
  dumpJit?: (name: string, source: string) => void;
  /** The program name in error messages (`lua5.1` prints `lua5.1: ...`). */
  progName: string;
  stdout: (bytes: string) => void;
  stderr: (bytes: string) => void;
  /** Pushes out what `stdout` buffered (io.stdout:flush); default: nothing to do. */
  flushStdout?: () => void;
  /** The next chunk of standard input as bytes, '' at its end; default: an empty input. */
  stdin?: () => string;
  /** Environment variables (LUA_PATH, LUA_CPATH); default: none, so the library defaults apply. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** How a protected call ended: its results, or the status to report (1 for an error, or os.exit's). */
export type CallOutcome = { ok: true; results: LuaValue[] } | { ok: false; status: number };

/** What lua5.1's `report` prints for an error object: strings and numbers, else a fixed text. */
function errorText(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value);
  return '(error object is not a string)';
}

/**
 * Runs chunks the way the lua5.1 command line does: each error is reported on stderr as
 * `prog: message`, with a traceback when the error value is a string, and ends the run with status 1.
 */
export class ScriptRunner {
  readonly state: LuaState;
  /**
   * The prefix of reported errors: the program name, or undefined for none (the interactive
   * loop reports errors bare, as lua5.1 does).
   */
  progName: string | undefined;
  /** Whether an error escaped every protection (see collectAfterError): nothing more may run. */
  fatal = false;

  constructor(private readonly options: ScriptOptions) {
    this.progName = options.progName;
    this.state = new LuaState({
      engine: options.engine,
      write: options.stdout,
      env: options.env,
      stats: options.stats,
      tier: options.tier,
      jitThreshold: options.jitThreshold,
      jitMaxSize: options.jitMaxSize,
      jitSplit: options.jitSplit,
      dumpJit: options.dumpJit,
      host: nodeHost,
      // The command line is lua5.1's: the program gets every library and the files of its user.
      grant: 'all',
    });
    const realm = this.state.realm;
    realm.writeErr = options.stderr;
    if (options.flushStdout !== undefined) realm.flushOut = options.flushStdout;
    if (options.stdin !== undefined) realm.readStdin = options.stdin;
  }

  /** Whether a chunk called os.exit: the run is over and `exitStatus` is its status. */
  get exited(): boolean {
    return this.state.realm.exitStatus !== undefined;
  }

  /** Closes the state as lua5.1 does at the end: files still open are flushed and closed. */
  close(): void {
    for (const hook of this.state.realm.closeHooks) hook();
  }

  /** Sets the global `arg` table: `args[0]` is the script, negative indices the interpreter and options. */
  setArgs(args: readonly string[], scriptIndex: number): void {
    const t = new LuaTable();
    for (let i = 0; i < args.length; i++) t.setInt(i - scriptIndex, args[i]);
    this.state.realm.globals.setStr('arg', t);
  }

  /** Writes one line on stderr, behind the program name when there is one (lua5.1's l_message). */
  message(text: string): void {
    this.options.stderr(this.progName !== undefined ? `${this.progName}: ${text}\n` : `${text}\n`);
  }

  /** Reports an error as lua5.1's `report` does (nothing for a nil error value); returns status 1. */
  private report(e: unknown): number {
    const value = e instanceof LuaError ? e.value : String(e);
    const text = errorText(value);
    if (text !== undefined) {
      let out = text;
      if (typeof value === 'string' || typeof value === 'number') {
        const tb = e instanceof LuaError ? e.traceback : undefined;
        if (tb !== undefined) out += `\n${tb}`;
      }
      this.message(out);
    }
    return 1;
  }

  /** Compiles `source`; returns the function, or reports the syntax error and returns status 1. */
  load(source: string, chunkName: string): LuaFunction | number {
    try {
      return this.state.loadRaw(source, chunkName);
    } catch (e) {
      return this.report(e);
    }
  }

  /**
   * Loads a source file (undefined: standard input) as lua5.1's luaL_loadfile does, `#` first
   * line and "cannot open" messages included; reports a failure and returns status 1.
   */
  loadFile(name: string | undefined): LuaFunction | number {
    const fn = loadFile(this.state.thread, name);
    if (typeof fn === 'string') return this.report(new LuaError(fn));
    return fn;
  }

  /**
   * Calls `fn` as lua5.1's docall does: an error is reported (with its traceback) and becomes
   * status 1; os.exit ends the run with its status.
   */
  call(fn: LuaValue, args: readonly LuaValue[] = []): CallOutcome {
    let results: LuaValue[];
    const thread = this.state.thread;
    const top = thread.nativeTop;
    try {
      if (!(fn instanceof LuaFunction)) {
        // Called from the host, so the message has no position and the traceback only the host.
        const e = new LuaError(`attempt to call a ${typeName(fn)} value`);
        e.traceback = 'stack traceback:\n\t[C]: ?';
        throw e;
      }
      results = this.state.callRaw(fn, args);
    } catch (e) {
      this.dropStack(top);
      // A builtin called straight from the host (require for `-l`) that raises an error itself
      // leaves no traceback behind: its stack is that builtin and the host, both shown as C.
      if (e instanceof LuaError && e.traceback === undefined && fn instanceof LuaFunction && fn.native !== null) {
        e.traceback = 'stack traceback:\n\t[C]: ?\n\t[C]: ?';
      }
      // os.exit ends the run with its status, whatever became of its exception on the way out.
      if (e instanceof LuaExit) return { ok: false, status: e.status };
      if (this.exited) return { ok: false, status: this.state.realm.exitStatus! };
      return { ok: false, status: this.collectAfterError() ?? this.report(e) };
    }
    this.dropStack(top);
    if (this.exited) return { ok: false, status: this.state.realm.exitStatus! };
    return { ok: true, results };
  }

  /**
   * Forgets what the finished call left on the thread's stack above `top`: the host holds its
   * results, and anything still there (the failed chunk's locals after an error, which can leave
   * the stack's top raised) would otherwise look reachable to the collector, where lua5.1 has
   * already let it go.
   */
  private dropStack(top: number): void {
    const thread = this.state.thread;
    if (thread.depth !== 0) return;
    thread.nativeTop = top;
    thread.stack.fill(undefined, top);
  }

  /**
   * Calls `fn` unprotected by a traceback or report, as lua5.1's interactive loop calls `print`:
   * returns undefined when it succeeds, else the error as lua5.1 shows it (a string or number,
   * or "(null)" for other values).
   */
  callQuietly(fn: LuaValue, args: readonly LuaValue[]): string | undefined {
    try {
      if (!(fn instanceof LuaFunction)) return `attempt to call a ${typeName(fn)} value`;
      this.state.callRaw(fn, args);
      return undefined;
    } catch (e) {
      if (e instanceof LuaExit || this.exited) return undefined;
      const value = e instanceof LuaError ? e.value : String(e);
      if (typeof value === 'string') return value;
      if (typeof value === 'number') return formatNumber(value);
      return '(null)';
    }
  }

  /**
   * lua5.1 runs a full collection after a failed call, before reporting the error, so what the
   * failed chunk left unreachable is finalized first. That collection is not protected: an error
   * in a finalizer replaces the report (it is printed bare, without a traceback) and ends the
   * whole run (`fatal`). Returns the status when the run ends here.
   */
  private collectAfterError(): number | undefined {
    const realm = this.state.realm;
    if (!realm.gc.worthwhile) return undefined;
    try {
      realm.gc.collect(realm, this.state.thread);
      return undefined;
    } catch (e) {
      if (e instanceof LuaExit) return e.status;
      if (this.exited) return realm.exitStatus!;
      this.fatal = true;
      const text = errorText(e instanceof LuaError ? e.value : String(e));
      if (text !== undefined) this.message(text);
      return 1;
    }
  }

  /** Loads and runs one chunk with `args` as its `...`; returns the exit status (0, 1, or os.exit's). */
  run(source: string, chunkName: string, args: readonly string[] = []): number {
    const fn = this.load(source, chunkName);
    if (typeof fn === 'number') return fn;
    return this.status(this.call(fn, args));
  }

  /** Runs a source file (undefined: standard input) with `args` as its `...`; returns the status. */
  runFile(name: string | undefined, args: readonly string[] = []): number {
    const fn = this.loadFile(name);
    if (typeof fn === 'number') return fn;
    return this.status(this.call(fn, args));
  }

  /** `require(name)` through the global `require`, as lua5.1's `-l name` does; returns the status. */
  require(name: string): number {
    return this.status(this.call(this.state.realm.globals.getStr('require'), [name]));
  }

  private status(outcome: CallOutcome): number {
    return outcome.ok ? 0 : outcome.status;
  }
}
