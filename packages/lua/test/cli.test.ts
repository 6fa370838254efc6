import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listConformance } from '../scripts/conformance-files.mjs';

const bin = fileURLToPath(new URL('../bin/deegen-lua', import.meta.url));
const built = existsSync(fileURLToPath(new URL('../dist/deegen-lua.mjs', import.meta.url)));
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

  it('prints its version with -v', () => {
    const r = run(['-v']);
    expect(r.stdout).toMatch(/^deegen-lua \d+\.\d+\.\d+/);
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

  it('reports a missing script file', () => {
    const r = run([join(tmp, 'missing.lua')]);
    expect(r.stderr).toContain('cannot open');
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
    const r = spawnSync(bin, ['-e', 'print("\\255\\0\\128")'], { input: '' });
    expect([...r.stdout]).toEqual([255, 0, 128, 10]);
  });

  // A sample of the corpus through the real command (the whole corpus runs in-process elsewhere).
  const sample = listConformance(root).filter((_, i) => i % 6 === 0);
  it.each(sample.map((p) => [p.name, p] as const))('runs corpus program %s as lua5.1 does', (_name, p) => {
    const r = run([p.file], { cwd: p.dir });
    expect(r.stdout).toBe(p.stdout);
    expect(r.stderr.replace(/^deegen-lua: /, 'lua: ')).toBe(p.stderr);
    expect(r.status).toBe(p.status);
  });
});
