import { readFileSync, writeSync } from 'node:fs';
import { ScriptRunner } from './run-script.js';
import { stdinReader } from './stdin-reader.js';
import type { EngineMode } from '../state.js';

export const VERSION = 'deegen-lua 0.1.0 (Lua 5.1 semantics)';

const USAGE = `usage: deegen-lua [options] [script [args]].
Available options are:
  -e stat  execute string 'stat'
  -v       show version information
  --engine interp|reference
           run bytecode with the generated interpreter (default) or the semantics themselves
  --       stop handling options
  -        execute stdin and stop handling options
`;

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

/** The command line: a subset of lua5.1's (script, args, -e, -v, -, --), plus engine selection. */
export function main(argv: readonly string[]): number {
  const stdout = new Output(1);
  const stderr = new Output(2);
  let engine: EngineMode = 'interp';
  const actions: (['e', string] | ['v'])[] = [];
  let i = 0;
  let script: string | undefined;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      i++;
      script = argv[i];
      break;
    }
    if (a === '-') {
      script = '-';
      break;
    }
    if (a === '-e') {
      const stat = argv[++i];
      if (stat === undefined) {
        stderr.write(`deegen-lua: '-e' needs argument\n${USAGE}`);
        stderr.flush();
        return 1;
      }
      actions.push(['e', stat]);
    } else if (a === '-v') actions.push(['v']);
    else if (a === '--engine') {
      const m = argv[++i];
      if (m !== 'interp' && m !== 'reference') {
        stderr.write(`deegen-lua: unknown engine '${m}'\n${USAGE}`);
        stderr.flush();
        return 1;
      }
      engine = m;
    } else if (a.startsWith('-')) {
      stderr.write(`deegen-lua: unrecognized option '${a}'\n${USAGE}`);
      stderr.flush();
      return 1;
    } else {
      script = a;
      break;
    }
  }
  // stderr is unbuffered, as in C; what the program wrote to stdout before it comes out first.
  const writeErr = (s: string): void => {
    stdout.flush();
    stderr.write(s);
    stderr.flush();
  };
  const runner = new ScriptRunner({
    engine,
    env: process.env,
    progName: 'deegen-lua',
    stdout: stdout.write,
    stderr: writeErr,
    flushStdout: () => stdout.flush(),
    stdin: stdinReader(),
  });
  // arg[0] is the script; the interpreter and options get negative indices, as in lua5.1.
  runner.setArgs(['deegen-lua', ...argv], script === undefined ? argv.length + 1 : i + 1);
  let status = 0;
  try {
    for (const act of actions) {
      if (act[0] === 'v') stdout.write(`${VERSION}\n`);
      else if ((status = runner.run(act[1], '=(command line)')) !== 0 || runner.exited) return status;
    }
    if (script !== undefined) {
      let source: string;
      try {
        source = readFileSync(script === '-' ? 0 : script, 'latin1');
      } catch {
        stderr.write(`deegen-lua: cannot open ${script}\n`);
        return 1;
      }
      if (source.startsWith('#')) {
        const nl = source.indexOf('\n');
        source = nl < 0 ? '' : `--${source.slice(nl)}`;
      }
      const chunkName = script === '-' ? '=stdin' : `@${script}`;
      status = runner.run(source, chunkName, argv.slice(i + 1));
    } else if (actions.length === 0) {
      stdout.write(`${VERSION}\n`);
    }
    return status;
  } finally {
    runner.close();
    stdout.flush();
    stderr.flush();
  }
}
