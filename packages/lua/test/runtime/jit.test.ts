import { afterEach, describe, expect, it, vi } from 'vitest';
import { LuaState } from '../../src/state.js';
import type { LuaStateOptions } from '../../src/state.js';
import { MAX_STITCHED_SIZE } from '@deegen/stencil';

function run(source: string, options: LuaStateOptions): { out: string; state: LuaState } {
  let out = '';
  const state = new LuaState({ ...options, write: (s) => (out += s) });
  state.run(source, { chunkName: '=test' });
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

  it('runs deep recursion compiled, with guest calls nested on the JS stack only up to a bound', () => {
    const src = 'local function f(n) if n == 0 then return 0 end return 1 + f(n - 1) end\nprint(f(15000))\nprint(pcall(function() local function g() return 1 + g() end return g() end))';
    const { out } = run(src, { tier: 'baseline' });
    expect(out).toBe('15000\nfalse\ttest:3: stack overflow\n');
  });

  it('yields from compiled code nested inside compiled code and resumes it', () => {
    const src = `
local function inner(x) local y = coroutine.yield(x * 2) return y + 1 end
local function outer(x) return inner(x) * 10 end
local co = coroutine.wrap(function(a) local r = outer(a) coroutine.yield(r) return 'done' end)
print(co(4), co(6), co())`;
    expect(run(src, { tier: 'baseline' }).out).toBe('8\t70\tdone\n');
  });


  it('keeps its count of compiled calls nested in JS right when errors unwind them', () => {
    // Compiled callers call compiled callees directly (nested JS calls, at most MAX_JIT_NESTING
    // deep): an error thrown ten calls down, caught by pcall, must leave the count as it was, or
    // after a few such errors every call would take the slow path.
    const src = `
local function dive(n) if n == 0 then error('bottom') end return 1 + dive(n - 1) end
local caught = 0
for i = 1, 50 do if not pcall(dive, 10) then caught = caught + 1 end end
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print(caught, fib(20))`;
    const { out, state } = run(src, { tier: 'baseline' });
    expect(out).toBe('50\t6765\n');
    expect(state.thread.jitNesting).toBe(0);
  });
  it('leaves a function too large for V8 to optimise to the interpreter, and says so', () => {
    const body = Array.from({ length: 60 }, () => '  x = x + t.a * 2 - t.b').join('\n');
    const src = `local function big(t)\n  local x = 0\n${body}\n  return x\nend\nprint(big({ a = 1, b = 2 }))`;
    const { out, state } = run(src, { tier: 'baseline' });
    expect(out).toBe('0\n');
    expect(state.realm.tiering!.stats).toMatchObject({ compiled: 1, failed: 1, tooLarge: 1 });
  });

  // Straight-line code around loops: too large to compile whole at the default limit.
  const LINES = (n: number): string => Array.from({ length: n }, () => '  x = x + t.a * 2 - t.b').join('\n');
  const SPLIT = `local function big(t, n)
  local x = 0
${LINES(40)}
  for i = 1, n do
    x = x + t.a * i
    local j = 0
    while j < 3 do x = x + j; j = j + 1 end
  end
${LINES(40)}
  return x
end
print(big({ a = 1, b = 2 }, 20000))`;

  it('leaves a function too large to compile whole to the interpreter unless asked to split it', () => {
    const { out, state } = run(SPLIT, { tier: 'baseline' });
    expect(out).toBe('200070000\n');
    const stats = state.realm.tiering!.stats;
    expect(stats).toMatchObject({ compiled: 1, failed: 1, tooLarge: 1, split: 0, parts: 0 });
    expect(stats.notes).toMatchObject([{ kind: 'too large', parts: 0 }]);
  });

  it('compiles the loops of a function too large to compile whole apart, and leaves the rest to the interpreter', () => {
    const { out, state } = run(SPLIT, { tier: 'baseline', jitSplit: true });
    // As lua5.1 prints it.
    expect(out).toBe('200070000\n');
    const stats = state.realm.tiering!.stats;
    expect(stats).toMatchObject({ compiled: 2, failed: 0, tooLarge: 0, split: 1, parts: 1 });
    expect(stats.notes).toHaveLength(1);
    expect(stats.notes[0]).toMatchObject({ kind: 'split', parts: 1 });
    expect(stats.notes[0].interpretedWords).toBeGreaterThan(300);
    expect(stats.notes[0].size).toBeGreaterThan(MAX_STITCHED_SIZE);
  });

  it('splits at a lower size limit down to inner loops, control crossing between parts on every iteration', () => {
    const { out, state } = run(SPLIT, { tier: 'baseline', jitMaxSize: 6_500, jitSplit: true });
    expect(out).toBe('200070000\n');
    const stats = state.realm.tiering!.stats;
    // `big` gives its for loop a part and the while loop inside it another, and its straight-line
    // code is left to the interpreter; the main chunk has no loop to compile apart.
    expect(stats).toMatchObject({ compiled: 1, split: 1, parts: 2, tooLarge: 1 });
    expect(stats.notes.map((n) => n.kind)).toEqual(['too large', 'split']);
  });

  it('counts the hand-overs between parts as taken branches, so a loop split across parts still ticks', () => {
    const src = 'n = 0 while true do n = n + 1 local j = 0 while j < 1 do j = j + 1 end end';
    // At 4,000 characters: the code before the loop, the outer loop and the inner one are three
    // parts; at 3,000, the code before the loop is left to the interpreter.
    for (const jitMaxSize of [3_000, 4_000]) {
      const limits = { instructions: 1_000_000 };
      const state = new LuaState({ tier: 'baseline', jitMaxSize, jitSplit: true, limits, write: () => {} });
      expect(() => state.run(src, { chunkName: '=test' })).toThrow(/instruction limit exceeded/);
      expect(state.realm.tiering!.stats.split).toBe(1);
      expect(state.realm.tiering!.stats.parts).toBeGreaterThanOrEqual(2);
    }
  });

  // Metamethods called from compiled loops: written in Lua (run nested, `$called`), a builtin
  // (its continuation left pending at once), and one that changes the caller's upvalue-captured
  // local while the comparison runs (the locals must be written back before and read after).
  const METAMETHODS = `
local seen = 0
local mt = {}
local function bump() seen = seen + 1 end
mt.__lt = function(a, b) bump(); return a.v < b.v end
mt.__add = math.max
mt.__index = function(t, k) seen = seen + 10; return k end
local x = setmetatable({ v = 1 }, mt)
local y = setmetatable({ v = 2 }, mt)
local function run(n)
  local c, s, keys, hits = 0, 0, '', 0
  mt.__le = function(a, b) hits = hits + 1; return false end
  for i = 1, n do
    s = s + hits
    if x < y then c = c + seen end
    local ok, e = pcall(function() return x + 1 end)
    if i % 2 == 0 then keys = keys .. x.k end
    if x <= y then s = s + 1000 end
  end
  return c, seen, keys, s
end
print(run(6))
`;

  it('runs metamethods called from compiled loops with the locals coherent, in every tier', () => {
    for (const options of [{ tier: 'interp' as const }, { tier: 'baseline' as const }, { tier: 'auto' as const, jitThreshold: 1 }]) {
      // As lua5.1 prints it.
      expect(run(METAMETHODS, options).out).toBe('81\t36\tkkk\t15\n');
    }
  });

  // A metamethod written in Lua leaves compiled code in the middle of a function; the activation
  // goes on after it from an instruction that is not an entry of the structured layout.
  const VECTORS = `
local Vec = {}
Vec.__index = Vec
local function vec(x, y, z) return setmetatable({ x = x, y = y, z = z }, Vec) end
function Vec.__sub(a, b) return vec(a.x - b.x, a.y - b.y, a.z - b.z) end
function Vec:scale(k) return vec(self.x * k, self.y * k, self.z * k) end
function Vec:dot(b) return self.x * b.x + self.y * b.y + self.z * b.z end
function Vec:length() return math.sqrt(self:dot(self)) end
function Vec:normalized() return self:scale(1 / self:length()) end
local center = vec(1, 1, 1)
local normal = function(p) return (p - center):normalized() end
local s = 0
for i = 1, 300 do s = s + normal(vec(i, 2, 3)).x end
print(s)
`;

  it('lays functions out as labelled blocks and loops, and goes on elsewhere in their dispatch-loop twin', () => {
    for (const options of [{ tier: 'baseline' as const }, { tier: 'auto' as const, jitThreshold: 1 }]) {
      const { out, state } = run(VECTORS, options);
      // As lua5.1 prints it.
      expect(out).toBe('297.23460469174\n');
      const stats = state.realm.tiering!.stats;
      expect(stats.structured).toBe(stats.compiled);
      expect(stats.twins).toBeGreaterThanOrEqual(1);
    }
  });

  it('hands each compiled function to the dump hook', () => {
    const dumped: string[] = [];
    run('print(1)', { tier: 'baseline', dumpJit: (name, source) => dumped.push(`${name}\n${source}`) });
    expect(dumped).toHaveLength(1);
    expect(dumped[0]).toMatch(/^main chunk\n/);
    expect(dumped[0]).toContain('\ni0: {');
  });
});
