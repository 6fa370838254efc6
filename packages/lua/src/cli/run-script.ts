import { LuaState } from '../state.js';
import type { EngineMode } from '../state.js';
import { LuaError } from '../runtime/errors.js';
import type { LuaFunction } from '../runtime/function.js';
import { formatNumber } from '../runtime/number-format.js';
import { LuaTable } from '../runtime/table.js';

export interface ScriptOptions {
  engine?: EngineMode;
  /** The program name in error messages (`lua5.1` prints `lua5.1: ...`). */
  progName: string;
  stdout: (bytes: string) => void;
  stderr: (bytes: string) => void;
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
    this.state = new LuaState({ engine: options.engine, write: options.stdout });
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

  /** Loads and runs one chunk with `args` as its `...`; returns the exit status (0 or 1). */
  run(source: string, chunkName: string, args: readonly string[] = []): number {
    const fn = this.load(source, chunkName);
    if (typeof fn === 'number') return fn;
    try {
      this.state.call(fn, args);
      return 0;
    } catch (e) {
      return this.report(e);
    }
  }
}
