import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const bin = fileURLToPath(new URL('../bin/deegen-lua', import.meta.url));

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number | null;
}

export interface RunOptions {
  input?: string;
  cwd?: string;
  /** Variables added to the environment (LUA_INIT is removed unless given here). */
  env?: Record<string, string>;
}

function spawn(command: string, args: readonly string[], options: RunOptions): RunResult {
  const env: Record<string, string | undefined> = { ...process.env, LUA_INIT: undefined, ...options.env };
  const r = spawnSync(command, args, { encoding: 'latin1', input: options.input ?? '', cwd: options.cwd, env });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

export function runOurs(args: readonly string[], options: RunOptions = {}): RunResult {
  return spawn(bin, args, options);
}

const OUR_BANNER = /^deegen-lua \d+\.\d+\.\d+ \(Lua 5\.1 semantics\)$/gm;
const THEIR_BANNER = /^Lua 5\.1\.5 {2}Copyright \(C\) 1994-2012 Lua\.org, PUC-Rio$/gm;

/**
 * Output with the differences that are meant to be there taken out: the interpreter's name
 * (message prefix, usage line, `arg[-n]`), the version banner, and the usage lines of this
 * command's own options (`--engine` to `--dump-jit`).
 */
function normalise(r: RunResult, name: string, banner: RegExp): RunResult {
  const strip = (s: string) =>
    s
      .replace(banner, '<banner>')
      .replaceAll(name, '<prog>')
      .replace(/^ {2}--engine [\s\S]*?^ {2}--dump-jit .*\n/m, '');
  return { stdout: strip(r.stdout), stderr: strip(r.stderr), status: r.status };
}

/** Runs the same command line with lua5.1 and with deegen-lua; both results, normalised. */
export function runBoth(args: readonly string[], options: RunOptions = {}): { theirs: RunResult; ours: RunResult } {
  return {
    theirs: normalise(spawn('lua5.1', args, options), 'lua5.1', THEIR_BANNER),
    ours: normalise(runOurs(args, options), 'deegen-lua', OUR_BANNER),
  };
}
