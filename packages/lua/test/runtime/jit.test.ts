import { afterEach, describe, expect, it, vi } from 'vitest';
import { LuaState } from '../../src/state.js';
import type { LuaStateOptions } from '../../src/state.js';

function run(source: string, options: LuaStateOptions): { out: string; state: LuaState } {
  let out = '';
  const state = new LuaState({ ...options, write: (s) => (out += s) });
  state.call(state.load(source, '=test'));
  return { out, state };
}

const LOOP_IN_MAIN = `
local s = 0
for i = 1, 200000 do s = s + i % 7 end
print(s)
`;

describe('the baseline JIT in LuaState', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('compiles every function at its first run in baseline mode', () => {
    const { out, state } = run('local function f(n) return n * 2 end print(f(21))', { tier: 'baseline' });
    expect(out).toBe('42\n');
    expect(state.realm.tiering!.stats).toMatchObject({ compiled: 2, failed: 0 });
  });

  it('enters a hot loop of the main chunk while it runs (OSR) in auto mode', () => {
    const { out, state } = run(LOOP_IN_MAIN, { tier: 'auto' });
    expect(out).toBe('599997\n');
    expect(state.realm.tiering!.stats.compiled).toBe(1);
    expect(state.realm.tiering!.stats.osrEntries).toBe(1);
  });

  it('compiles nothing in interp mode', () => {
    const { state } = run(LOOP_IN_MAIN, { tier: 'interp' });
    expect(state.realm.tiering!.stats.compiled).toBe(0);
  });

  it('stays in the interpreter, with the same results, where the host forbids new Function', () => {
    vi.stubGlobal('Function', function blocked() {
      throw new EvalError('Code generation from strings disallowed for this context');
    });
    const { out, state } = run(LOOP_IN_MAIN, { tier: 'baseline' });
    expect(out).toBe('599997\n');
    expect(state.realm.tiering!.mode).toBe('interp');
    expect(state.realm.tiering!.stats.compiled).toBe(0);
  });

  it('gives compiled code the position of a runtime error it raises', () => {
    const src = 'local t = nil\nlocal function f()\n  return t.x\nend\nlocal ok, e = pcall(f)\nprint(e)';
    expect(run(src, { tier: 'baseline' }).out).toBe('test:3: attempt to index upvalue \'t\' (a nil value)\n');
  });

  it('hands each compiled function to the dump hook', () => {
    const dumped: string[] = [];
    run('print(1)', { tier: 'baseline', dumpJit: (name, source) => dumped.push(`${name}\n${source}`) });
    expect(dumped).toHaveLength(1);
    expect(dumped[0]).toMatch(/^main chunk\n/);
    expect(dumped[0]).toContain('case 0: i0: {');
  });
});
