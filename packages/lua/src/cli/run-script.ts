import { LuaState } from '../state.js';
import type { EngineMode } from '../state.js';
import { LuaError } from '../runtime/errors.js';
import type { LuaFunction } from '../runtime/function.js';
import { formatNumber } from '../runtime/number-format.js';
import { LuaExit } from '../runtime/realm.js';
import { LuaTable } from '../runtime/table.js';

export interface ScriptOptions {
  engine?: EngineMode;
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

  constructor(private readonly options: ScriptOptions) {
    this.state = new LuaState({ engine: options.engine, write: options.stdout, env: options.env });
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

  private report(e: unknown): number {
    const value = e instanceof LuaError ? e.value : String(e);
    const text = errorText(value);
    if (text !== undefined) {
      let out = `${this.options.progName}: ${text}\n`;
      if (typeof value === 'string' || typeof value === 'number') {
        const tb = e instanceof LuaError ? e.traceback : undefined;
        if (tb !== undefined) out += `${tb}\n`;
      }
      this.options.stderr(out);
    }
    return 1;
  }

  /** Compiles `source`; returns the function, or reports the syntax error and returns undefined. */
  load(source: string, chunkName: string): LuaFunction | number {
    try {
      return this.state.load(source, chunkName);
    } catch (e) {
      return this.report(e);
    }
  }

  /** Loads and runs one chunk with `args` as its `...`; returns the exit status (0, 1, or os.exit's). */
  run(source: string, chunkName: string, args: readonly string[] = []): number {
    const fn = this.load(source, chunkName);
    if (typeof fn === 'number') return fn;
    try {
      this.state.call(fn, args);
    } catch (e) {
      // os.exit ends the run with its status, whatever became of its exception on the way out.
      if (e instanceof LuaExit) return e.status;
      if (this.state.realm.exitStatus !== undefined) return this.state.realm.exitStatus;
      return this.report(e);
    }
    return this.state.realm.exitStatus ?? 0;
  }
}
