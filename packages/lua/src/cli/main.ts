import { writeSync } from 'node:fs';
import { isatty } from 'node:tty';
import { LineReader } from './line-reader.js';
import { optionActions, parseCommandLine, usage } from './options.js';
import type { CommandLine } from './options.js';
import { runRepl } from './repl.js';
import { ScriptRunner } from './run-script.js';
import { stdinReader } from './stdin-reader.js';
import { DEFAULT_TIER } from '../state.js';

export const VERSION = 'deegen-lua 0.1.0 (Lua 5.1 semantics)';

const PROG_NAME = 'deegen-lua';

/** Buffers program output and writes it as bytes (Lua strings hold one byte per char code). */
class Output {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly fd: number) {}
  write = (s: string): void => {
    this.parts.push(s);
    this.size += s.length;
    if (this.size > 1 << 16) this.flush();
  };
  flush(): void {
    if (this.parts.length === 0) return;
    const buf = Buffer.from(this.parts.join(''), 'latin1');
    this.parts = [];
    this.size = 0;
    for (let off = 0; off < buf.length; ) off += writeSync(this.fd, buf, off);
  }
}

export interface MainOptions {
  /** Environment variables (LUA_INIT, LUA_PATH, LUA_CPATH); default: the process's. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Whether standard input is a terminal; default: asked of descriptor 0. */
  stdinIsTTY?: boolean;
}

/**
 * The command line of lua5.1 (`-e`, `-l`, `-i`, `-v`, `--`, `-`, script and arguments,
 * LUA_INIT), plus `--engine`, `--stats`, `--tier`, `--jit-threshold`, `--jit-split` and `--dump-jit`. Returns the
 * exit status.
 */
export function main(args: readonly string[], options: MainOptions = {}): number {
  const env = options.env ?? process.env;
  const stdinIsTTY = options.stdinIsTTY ?? isatty(0);
  const stdout = new Output(1);
  const stderr = new Output(2);
  // stderr is unbuffered, as in C; what the program wrote to stdout before it comes out first.
  const writeErr = (s: string): void => {
    stdout.flush();
    stderr.write(s);
    stderr.flush();
  };
  const argv = [PROG_NAME, ...args];
  const cl = parseCommandLine(argv);
  const runner = new ScriptRunner({
    engine: cl?.engine ?? 'interp',
    stats: cl?.stats ?? false,
    tier: cl?.tier ?? DEFAULT_TIER,
    jitThreshold: cl?.jitThreshold,
    jitSplit: cl?.jitSplit === true,
    dumpJit: cl?.dumpJit === true ? (name, source) => writeErr(`-- compiled ${name}\n${source}\n`) : undefined,
    env,
    progName: PROG_NAME,
    stdout: stdout.write,
    stderr: writeErr,
    flushStdout: () => stdout.flush(),
    stdin: stdinReader(),
  });
  try {
    return session(runner, cl, env, stdinIsTTY, {
      writeOut: stdout.write,
      writeErr,
      show: (s) => {
        stdout.write(s);
        stdout.flush();
      },
    });
  } finally {
    runner.close();
    const report = runner.state.statsReport();
    if (report !== undefined) writeErr(report);
    stdout.flush();
    stderr.flush();
  }
}

interface Streams {
  writeOut: (s: string) => void;
  writeErr: (s: string) => void;
  /** Writes to stdout at once (prompts). */
  show: (s: string) => void;
}

/** The steps lua5.1 takes, in its order; each failure (or os.exit) ends the run with its status. */
function session(runner: ScriptRunner, cl: CommandLine | undefined, env: Readonly<Record<string, string | undefined>>, tty: boolean, io: Streams): number {
  // LUA_INIT runs first, before the options are even looked at.
  const init = env.LUA_INIT;
  if (init !== undefined) {
    const status = init.startsWith('@') ? runner.runFile(init.slice(1)) : runner.run(init, '=LUA_INIT');
    if (status !== 0 || runner.exited) return status;
  }
  if (cl === undefined) {
    io.writeErr(usage(PROG_NAME));
    return 1;
  }
  const banner = (): void => io.writeErr(`${VERSION}\n`);
  if (cl.version) banner();
  for (const act of optionActions(cl)) {
    const status = act.kind === 'statement' ? runner.run(act.text, '=(command line)') : runner.require(act.name);
    if (status !== 0 || runner.exited) return status;
  }
  if (cl.script > 0) {
    const status = runScript(runner, cl);
    if (status !== 0 || runner.exited) return status;
  }
  const repl = (): number => runRepl(runner, new LineReader({ fd: 0, show: io.show, terminal: tty }), io.writeOut);
  if (cl.interactive) return repl();
  if (cl.script === 0 && !cl.statements && !cl.version) {
    // No script and nothing else to do: a terminal gets the interactive loop, anything else is run.
    if (tty) {
      banner();
      return repl();
    }
    return runner.runFile(undefined);
  }
  return 0;
}

/**
 * Runs the script with the arguments after it as `...`, and all of the command line in the
 * global `arg` (the script at 0). `-` is standard input, unless it follows `--`.
 */
function runScript(runner: ScriptRunner, cl: CommandLine): number {
  const { argv, script } = cl;
  runner.setArgs(argv, script);
  const name = argv[script] === '-' && argv[script - 1] !== '--' ? undefined : argv[script];
  return runner.runFile(name, argv.slice(script + 1));
}
