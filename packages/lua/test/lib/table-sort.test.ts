import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ScriptRunner } from '../../src/cli/run-script.js';
import { lua51Available } from '../lua51.js';

const available = lua51Available();

/**
 * A program that sorts thousands of generated arrays with comparators of every kind (strict,
 * non-strict, reversed, random, always true) and prints, for each, the outcome, the number of
 * comparisons, a hash of the sequence of compared pairs and the final contents. Any deviation
 * from lua5.1's exact comparison and swap sequence changes some line.
 */
const program = `
local seed = 2024
local function rand(n)
  seed = (seed * 1103515245 + 12345) % 2147483648
  return math.floor(seed / 65536) % n
end
local kinds = {"default", "lt", "le", "gt", "coin", "true", "false"}
for trial = 1, 1500 do
  local n = rand(40)
  local spread = 1 + rand(n + 3)
  local t = {}
  for i = 1, n do t[i] = rand(spread) end
  local kind = kinds[1 + trial % #kinds]
  local calls, hash = 0, 0
  local cmp
  if kind ~= "default" then
    cmp = function(a, b)
      calls = calls + 1
      hash = (hash * 131 + (a or -1) * 7 + (b or -1) + 17) % 1000000007
      if kind == "lt" then return a < b
      elseif kind == "le" then return a <= b
      elseif kind == "gt" then return a > b
      elseif kind == "coin" then return rand(2) == 0
      elseif kind == "true" then return true
      else return false end
    end
  end
  local ok, err = pcall(table.sort, t, cmp)
  local out = {}
  for i = 1, n do out[i] = tostring(t[i]) end
  print(trial, kind, n, ok, calls, hash, ok and "" or err, table.concat(out, ","))
end
`;

function runHere(engine: 'interp' | 'reference'): string {
  let out = '';
  let err = '';
  const runner = new ScriptRunner({ engine, progName: 'lua', stdout: (s) => (out += s), stderr: (s) => (err += s) });
  const status = runner.run(program, '=stdin');
  expect(err).toBe('');
  expect(status).toBe(0);
  return out;
}

describe('table.sort', () => {
  it.skipIf(!available)('makes the same comparisons and swaps as lua5.1 on generated inputs', () => {
    const r = spawnSync('lua5.1', ['-'], { input: program, encoding: 'latin1', maxBuffer: 64 * 1024 * 1024 });
    expect(r.stderr).toBe('');
    const expected = r.stdout;
    expect(expected.split('\n').length).toBeGreaterThan(1500);
    for (const engine of ['interp', 'reference'] as const) {
      const got = runHere(engine);
      if (got !== expected) {
        const a = got.split('\n');
        const b = expected.split('\n');
        const i = a.findIndex((line, k) => line !== b[k]);
        expect(`${engine}: ${a[i]}`).toBe(`${engine}: ${b[i]}`);
      }
    }
  });
});
