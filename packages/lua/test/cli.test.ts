import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listConformance } from '../scripts/conformance-files.mjs';
import { runBoth } from './cli-oracle.js';
import type { RunOptions } from './cli-oracle.js';
import { lua51Available } from './lua51.js';

const bin = fileURLToPath(new URL('../bin/deegen-lua', import.meta.url));
const built = existsSync(fileURLToPath(new URL('../dist/deegen-lua.cjs', import.meta.url)));
const root = fileURLToPath(new URL('./conformance', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'deegen-cli-'));

function run(args: string[], options: { input?: string; cwd?: string } = {}) {
  const r = spawnSync(bin, args, { encoding: 'latin1', input: options.input ?? '', cwd: options.cwd });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

function script(name: string, source: string): string {
  const path = join(tmp, name);
  writeFileSync(path, source, 'latin1');
  return path;
}

// The CLI runs the built JavaScript: CI builds before testing, so a missing build is a failure.
describe('the deegen-lua command', () => {
  it('is built', () => {
    expect(built).toBe(true);
  });

  it('runs a script file', () => {
    expect(run([script('hello.lua', 'print("hello", 1 + 1)\n')])).toEqual({ stdout: 'hello\t2\n', stderr: '', status: 0 });
  });

  it('passes script arguments as ... and in the arg table', () => {
    const f = script('args.lua', 'print(select("#", ...), ...)\nprint(arg[0] ~= nil, arg[1], arg[2], arg[-1] ~= nil)\n');
    expect(run([f, 'a', 'b']).stdout).toBe('2\ta\tb\ntrue\ta\tb\ttrue\n');
  });

  it('runs -e statements in order before the script', () => {
    const f = script('after.lua', 'print(x)\n');
    expect(run(['-e', 'x = 1', '-e', 'x = x + 1', f]).stdout).toBe('2\n');
  });

  it('prints its version with -v on stderr, as lua5.1 prints its banner', () => {
    const r = run(['-v']);
    expect(r.stderr).toMatch(/^deegen-lua \d+\.\d+\.\d+/);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
  });

  it('reads the program from stdin with -', () => {
    expect(run(['-'], { input: 'print("from stdin")\nerror("x")\n'})).toEqual({
      stdout: 'from stdin\n',
      stderr: 'deegen-lua: stdin:2: x\nstack traceback:\n\t[C]: in function \'error\'\n\tstdin:2: in main chunk\n\t[C]: ?\n',
      status: 1,
    });
  });

  it('reports runtime errors on stderr with a traceback and exits with status 1', () => {
    const f = script('boom.lua', 'local t = nil\nprint("before")\nt.x = 1\n');
    const r = run([f]);
    expect(r.stdout).toBe('before\n');
    expect(r.stderr.split('\n')[0]).toBe(`deegen-lua: ${f}:3: attempt to index local 't' (a nil value)`);
    expect(r.stderr).toContain('stack traceback:');
    expect(r.status).toBe(1);
  });

  it('reports syntax errors as lua5.1 words them', () => {
    const f = script('syntax.lua', 'x = = 1\n');
    expect(run([f])).toEqual({ stdout: '', stderr: `deegen-lua: ${f}:1: unexpected symbol near '='\n`, status: 1 });
  });

  it('reports a missing script file as lua5.1 words it', () => {
    const r = run([join(tmp, 'missing.lua')]);
    expect(r.stderr).toBe(`deegen-lua: cannot open ${join(tmp, 'missing.lua')}: No such file or directory\n`);
    expect(r.status).toBe(1);
  });

  it('rejects unknown options with a usage message', () => {
    const r = run(['--bogus']);
    expect(r.stderr).toContain('usage:');
    expect(r.status).toBe(1);
  });

  it('skips a #! first line and keeps line numbers', () => {
    const f = script('shebang.lua', '#!/usr/bin/env deegen-lua\nerror("on line two")\n');
    expect(run([f]).stderr.split('\n')[0]).toBe(`deegen-lua: ${f}:2: on line two`);
  });

  it('writes bytes unchanged (strings are byte strings)', () => {
    const r = spawnSync(bin, ['-e', 'io.write("\\255\\0\\128\\n")'], { input: '' });
    expect([...r.stdout]).toEqual([255, 0, 128, 10]);
  });

  it('stops each print argument at a zero byte, as lua5.1 does', () => {
    const r = spawnSync(bin, ['-e', 'print("\\255\\0\\128", "c")'], { input: '' });
    expect([...r.stdout]).toEqual([255, 9, 99, 10]);
  });

  // A sample of the corpus through the real command (the whole corpus runs in-process elsewhere).
  // Every corpus program through the real command (the in-process harness covers both engines).
  it.each(listConformance(root).map((p) => [p.name, p] as const))('runs corpus program %s as lua5.1 does', (_name, p) => {
    const r = run([p.file], { cwd: p.dir });
    expect(r.stdout).toBe(p.stdout);
    expect(r.stderr.replace(/^deegen-lua: /, 'lua: ')).toBe(p.stderr);
    expect(r.status).toBe(p.status);
  });
});

// Each command line runs under lua5.1 and deegen-lua from the same folder, with the same input
// and environment; stdout, stderr and the exit status must agree once the interpreter's name and
// version banner are set aside.
describe.skipIf(!lua51Available())('the deegen-lua command compared with lua5.1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deegen-cli-oracle-'));
  const files: Record<string, string> = {
    'args.lua': 'print(select("#", ...), ...)\nfor i = -4, #arg do io.write(tostring(arg[i]), " ") end\nprint(arg.n)\n',
    'init.lua': 'print("init file", ..., arg)\n',
    'bad-init.lua': 'error("init failed")\n',
    'mymod.lua': 'print("loading", ...)\nreturn { loaded = true }\n',
    'failmod.lua': 'local t = nil\nt.x = 1\n',
    'shebang.lua': '#!/usr/bin/env lua\nprint("line", debug.traceback():match(":(%d+):"))\nerror("two")\n',
    'syntax.lua': 'x = = 1\n',
    'returns.lua': 'return 1, 2, 3\n',
    'exit.lua': 'print("bye")\nos.exit(7)\n',
    '-': 'print("a file named -")\n',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text, 'latin1');

  const cases: [string, string[], RunOptions?][] = [
    ['a script with arguments', ['args.lua', 'x', 'y']],
    ['options before the script (negative arg indices)', ['-e', 'x=1', '-lmymod', 'args.lua', 'x']],
    ['-- before the script', ['--', 'args.lua', '-e']],
    ['options after the script (arguments to it)', ['args.lua', '-v', '-x']],
    ['-e with its statement attached', ['-eprint(1)', '-e', 'print(2)']],
    ['-e alone (no arg table)', ['-e', 'print(arg, ...)']],
    ['-e returning values', ['-e', 'return 1']],
    ['-l loading a module', ['-l', 'mymod', '-e', 'print(package.loaded.mymod.loaded)']],
    ['-l twice (require runs a module once)', ['-lmymod', '-l', 'mymod']],
    ['-l with a missing module', ['-l', 'nonexistent']],
    ['-l with a module that fails', ['-l', 'failmod', '-e', 'print("not reached")']],
    ['-l naming a dotted module', ['-l', 'no.such.mod']],
    ['-v alone', ['-v']],
    ['-v with -e', ['-v', '-e', 'print(1)']],
    ['- (stdin) with arguments', ['-', 'a', 'b'], { input: 'print(..., arg[0], arg[-1])\n' }],
    ['no arguments (stdin is not a terminal: it is run)', [], { input: 'print("from stdin", arg)\n' }],
    ['-- then - (a file named -)', ['--', '-']],
    ['-- alone (stdin is run)', ['--'], { input: 'print("stdin after --")\n' }],
    ['a missing script', ['missing.lua']],
    ['a directory as the script', ['.']],
    ['a #! first line', ['shebang.lua']],
    ['a script with a syntax error', ['syntax.lua']],
    ['a script returning values', ['returns.lua']],
    ['os.exit in the script', ['exit.lua']],
    ['os.exit in -e stops the rest', ['-e', 'os.exit(3)', '-e', 'print("no")']],
    ['an error stops later options', ['-e', 'error("first")', '-e', 'print("no")']],
    ['error with nil', ['-e', 'error()']],
    ['error with a table', ['-e', 'error({})']],
    ['error with a number', ['-e', 'error(12)']],
    ['a syntax error in -e', ['-e', 'print(1']],
    ['an unknown option', ['-x']],
    ['a flag with trailing characters', ['-ix']],
    ['--x', ['--x']],
    ['-e without its statement', ['-e']],
    ['-l without its name', ['-l']],
    ['an unknown option after -e (no option runs)', ['-e', 'print(1)', '-z']],
    ['LUA_INIT as a statement', ['-e', 'print(2)'], { env: { LUA_INIT: 'print("init", arg)' } }],
    ['LUA_INIT naming a file', ['-e', 'print(2)'], { env: { LUA_INIT: '@init.lua' } }],
    ['LUA_INIT naming a missing file', ['-e', 'print(2)'], { env: { LUA_INIT: '@nofile.lua' } }],
    ['LUA_INIT raising an error', ['-e', 'print(2)'], { env: { LUA_INIT: 'error("x")' } }],
    ['LUA_INIT with a syntax error', ['-e', 'print(2)'], { env: { LUA_INIT: 'x = = 1' } }],
    ['LUA_INIT file raising an error', ['-e', 'print(2)'], { env: { LUA_INIT: '@bad-init.lua' } }],
    ['LUA_INIT runs before the options are checked', ['-x'], { env: { LUA_INIT: 'print(1)' } }],
    ['LUA_INIT empty', ['-e', 'print(3)'], { env: { LUA_INIT: '' } }],
    ['LUA_INIT calling os.exit', ['-e', 'print(1)'], { env: { LUA_INIT: 'os.exit(5)' } }],
    ['-l when require is gone', ['-l', 'mymod'], { env: { LUA_INIT: 'require = nil' } }],
    ['an error after which a finalizer runs', ['-e', 'local p = newproxy(true) getmetatable(p).__gc = function() print("gc") end error("x")']],
    ['a finalizer failing after an error', ['-e', 'local p = newproxy(true) getmetatable(p).__gc = function() error("in gc") end error("x")']],
    ['debug.debug reading commands until cont', ['-e', 'print("before") debug.debug() print("after")'], { input: 'print(1+1)\nx = 5\nerror("oops")\nprint(x)\ncont\nprint("not run")\n' }],
    ['debug.debug at the end of input', ['-e', 'debug.debug() print("after")'], { input: 'print(3)\n' }],
  ];

  it.each(cases)('%s', (_what, args, options) => {
    const { theirs, ours } = runBoth(args, { cwd: dir, ...options });
    expect(ours).toEqual(theirs);
  });
});
