import { LuaError } from '../runtime/errors.js';
import type { LuaFunction } from '../runtime/function.js';
import { formatNumber } from '../runtime/number-format.js';
import type { LineReader } from './line-reader.js';
import type { ScriptRunner } from './run-script.js';

/** A syntax error that only says the text ended too soon: the statement may go on. */
function isIncomplete(message: string): boolean {
  const mark = "'<eof>'";
  return message.indexOf(mark) === message.length - mark.length;
}

/** The prompt from `_PROMPT`/`_PROMPT2` when that is a string or number, else the default. */
function prompt(runner: ScriptRunner, first: boolean): string {
  const v = runner.state.realm.globals.getStr(first ? '_PROMPT' : '_PROMPT2');
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatNumber(v);
  return first ? '> ' : '>> ';
}

/**
 * Reads one statement: a first line (`=expr` becomes `return expr`), then more lines while the
 * text so far fails to compile only because it ends too soon. Returns the compiled chunk, the
 * syntax error's message, or undefined when the input ends (an unfinished statement is dropped).
 */
function readStatement(runner: ScriptRunner, lines: LineReader): LuaFunction | LuaError | undefined {
  const first = lines.readLine(prompt(runner, true));
  if (first === undefined) return undefined;
  let text = first;
  if (text.startsWith('=')) text = `return ${text.slice(1)}`;
  for (;;) {
    try {
      return runner.state.loadRaw(text, '=stdin');
    } catch (e) {
      if (!(e instanceof LuaError)) throw e;
      if (typeof e.value !== 'string' || !isIncomplete(e.value)) return e;
    }
    const more = lines.readLine(prompt(runner, false));
    if (more === undefined) return undefined;
    text += `\n${more}`;
  }
}

/**
 * lua5.1's interactive loop: each statement runs as a chunk named `stdin`; errors are reported
 * without the program name; a statement's results (`=expr`, `return ...`) are passed to the
 * global `print`. Ends at the end of input with a newline on stdout, or with os.exit. Returns the
 * exit status: 0, or os.exit's.
 */
export function runRepl(runner: ScriptRunner, lines: LineReader, writeOut: (s: string) => void): number {
  const progName = runner.progName;
  runner.progName = undefined;
  for (;;) {
    const chunk = readStatement(runner, lines);
    if (chunk === undefined) break;
    if (chunk instanceof LuaError) {
      runner.message(String(chunk.value));
      continue;
    }
    const outcome = runner.call(chunk);
    if (runner.exited || runner.fatal) return outcome.ok ? 0 : outcome.status;
    if (!outcome.ok || outcome.results.length === 0) continue;
    const printed = runner.state.realm.globals.getStr('print');
    const shown = runner.callQuietly(printed, outcome.results);
    if (runner.exited) return runner.state.realm.exitStatus!;
    if (shown !== undefined) runner.message(`error calling 'print' (${shown})`);
  }
  writeOut('\n');
  runner.progName = progName;
  return 0;
}
