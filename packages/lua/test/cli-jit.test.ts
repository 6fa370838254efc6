import { describe, expect, it } from 'vitest';
import { runOurs } from './cli-oracle.js';

// The CLI's JIT options. The corpus runs in every tier in-process (conformance.test.ts); these
// check the command-line surface of the same machinery.
describe('deegen-lua --tier, --jit-threshold, --jit-split, --dump-jit', () => {
  const program = 'local function f(n) if n == 0 then error("deep") end return f(n - 1) end\nprint(pcall(f, 50))\nf(3)';

  it.each([['interp'], ['baseline'], ['auto']])('prints the same output and traceback with --tier %s', (tier) => {
    const base = runOurs(['--tier', 'interp', '-e', program]);
    const r = runOurs(['--tier', tier, '--jit-threshold', '1', '-e', program]);
    expect(r.stdout).toBe('false\t(command line):1: deep\n');
    expect(r.stderr).toBe(base.stderr);
    expect(r.stderr).toContain('stack traceback:');
    expect(r.status).toBe(1);
  });

  it('reports compiles and no function left uncompiled with --tier baseline --stats', () => {
    const r = runOurs(['--tier', 'baseline', '--stats', '-e', 'local function g() return 1 end for i = 1, 3 do g() end']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/functions compiled: 2, left to the interpreter: 0 \(too large for the host JIT: 0, compile failed: 0\)/);
    expect(r.stderr).toMatch(/compile time: [\d.]+ ms for \d+ code words/);
  });

  it('shows on-stack replacement of a main-chunk loop with --tier auto --stats', () => {
    const r = runOurs(['--tier', 'auto', '--stats', '-e', 'local s = 0 for i = 1, 300000 do s = s + i end print(s)']);
    expect(r.stdout).toBe('45000150000\n');
    expect(r.stderr).toMatch(/in a running loop \(OSR\): 1/);
  });

  it('runs --tier auto when no tier is given: --stats reports the JIT, with OSR of a hot loop', () => {
    const r = runOurs(['--stats', '-e', 'local s = 0 for i = 1, 300000 do s = s + i end print(s)']);
    expect(r.stdout).toBe('45000150000\n');
    expect(r.stderr).toContain('engine: interp + baseline JIT (--tier auto, threshold 1000)');
    expect(r.stderr).toMatch(/in a running loop \(OSR\): 1/);
    expect(r.stderr).toContain('(hit rates: --tier interp --stats)');
    const interp = runOurs(['--tier', 'interp', '--stats', '-e', 'local t = {x = 1} for i = 1, 10 do local y = t.x end']);
    expect(interp.stderr).toMatch(/GETFIELD +executions +10 +misses +1 +hit rate +90\.00%/);
  });

  it('names each function too large to compile whole in --stats, and compiles its loops apart with --jit-split', () => {
    const lines = Array.from({ length: 80 }, () => 'x = x + t.a * 2 - t.b').join(' ');
    const src = `local function big(t, n) local x = 0 ${lines} for i = 1, n do x = x + i end return x end print(big({ a = 1, b = 2 }, 100))`;
    const whole = runOurs(['--tier', 'baseline', '--stats', '-e', src]);
    expect(whole.stdout).toBe('5050\n');
    expect(whole.stderr).toMatch(/too large to compile whole: 0 compiled in parts \(0 parts[^)]*\), 1 left to the interpreter/);
    expect(whole.stderr).toMatch(/function <\(command line\):1>: stitched whole at size \d+; left to the interpreter/);
    const split = runOurs(['--tier', 'baseline', '--stats', '--jit-split', '-e', src]);
    expect(split.stdout).toBe('5050\n');
    expect(split.stderr).toMatch(/too large to compile whole: 1 compiled in parts \(1 parts[^)]*\), 0 left to the interpreter/);
    expect(split.stderr).toMatch(/function <\(command line\):1>: stitched whole at size \d+; 1 part, \d+ code words left to the interpreter/);
  });

  it('prints the stitched JavaScript of each compiled function with --dump-jit', () => {
    const r = runOurs(['--tier', 'baseline', '--dump-jit', '-e', 'print(1 + 2)']);
    expect(r.stdout).toBe('3\n');
    expect(r.stderr).toMatch(/^-- compiled main chunk\n/);
    // The structured layout: an entry switch, then each instruction's block in place.
    expect(r.stderr).toContain('case 0: $en = -1; break;');
    expect(r.stderr).toContain('\ni0: {');
    expect(r.stderr).toMatch(/\/\/ \d+ CALL/);
  });

  it.each([[['--tier', 'fast']], [['--jit-threshold', '0']], [['--jit-threshold']]])('rejects %j with the usage message', (args) => {
    const r = runOurs([...args, '-e', 'print(1)']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^usage: /);
  });
});
