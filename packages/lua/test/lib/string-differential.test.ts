import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ScriptRunner } from '../../src/cli/run-script.js';
import { lua51Available } from '../lua51.js';

const available = lua51Available();

/**
 * Shared by the generated programs: a deterministic generator (the same sequence in every
 * engine) and a serialiser that shows every result, its type and count.
 */
const prelude = `
local seed = 12345
local function rand(n)
  seed = (seed * 1103515245 + 12345) % 2147483648
  return math.floor(seed / 65536) % n
end
local function gen(toks, n)
  local t = {}
  for i = 1, n do t[i] = toks[1 + rand(#toks)] end
  return table.concat(t)
end
local function ser(...)
  local t = {}
  for i = 1, select("#", ...) do
    local v = select(i, ...)
    t[i] = type(v) == "string" and string.format("%q", v) or tostring(v)
  end
  return select("#", ...) .. ":" .. table.concat(t, " ")
end
local stoks = {"a", "b", "c", "1", " ", "(", ")", "\\0", "ab", "ba", "aa", "%", ".", "^", "]"}
`;

/**
 * Random patterns built from every kind of item (classes, sets, anchors, quantifiers, captures,
 * back-references, %b, %f, and malformed pieces), tried with find, match, gsub and gmatch on
 * random short subjects. Errors are part of the output.
 */
const patternProgram = `${prelude}
local ptoks = {"a", "b", "c", ".", "%a", "%d", "%s", "%w", "%A", "%S", "%p", "%z", "[ab]", "[^a]",
  "[a-c]", "[%d]", "[]a]", "[^%s]", "[a-]", "(", ")", "()", "*", "+", "-", "?", "^", "$", "%1",
  "%2", "%0", "%b()", "%bab", "%f[%a]", "%f[^a]", "%", "[", "]", "%.", "%%", "%(", "\\0", "%x", "%l"}
local rtoks = {"x", "%0", "%1", "%2", "%%", "%", "%a"}
for trial = 1, 3000 do
  local s = gen(stoks, rand(8))
  local p = gen(ptoks, 1 + rand(5))
  local init = nil
  if rand(4) == 0 then init = rand(14) - 7 end
  print(trial, "find", ser(pcall(string.find, s, p, init)))
  print(trial, "match", ser(pcall(string.match, s, p, init)))
  local limit = nil
  if rand(5) == 0 then limit = rand(3) end
  print(trial, "gsub", ser(pcall(string.gsub, s, p, gen(rtoks, rand(3)), limit)))
  local seen = {}
  local ok, err = pcall(function()
    for a, b in string.gmatch(s, p) do
      seen[#seen + 1] = ser(a, b)
      if #seen > 40 then break end
    end
  end)
  print(trial, "gmatch", ok, ok and table.concat(seen, ";") or err)
end
`;

/**
 * Well-formed patterns from a small grammar (items with quantifiers, nested and position
 * captures, %b, %f, anchors, back-references) on longer subjects, so that most trials match
 * something and exercise backtracking and capture bookkeeping.
 */
const grammarProgram = `${prelude}
local items = {"a", "b", "c", ".", "%a", "%d", "[ab]", "[^a]", "%s", "%w", "%p", "1", "[%a%d]"}
local quants = {"", "", "", "*", "+", "-", "?"}
local function item() return items[1 + rand(#items)] .. quants[1 + rand(#quants)] end
local function seq(depth)
  local t = {}
  for i = 1, 1 + rand(3) do
    local k = rand(9)
    if k == 0 and depth < 3 then t[#t + 1] = "(" .. seq(depth + 1) .. ")"
    elseif k == 1 then t[#t + 1] = "()"
    elseif k == 2 then t[#t + 1] = "%b()"
    elseif k == 3 then t[#t + 1] = "%f[%w]"
    elseif k == 4 then t[#t + 1] = "%1"
    else t[#t + 1] = item() end
  end
  return table.concat(t)
end
for trial = 1, 3000 do
  local s = gen(stoks, rand(15))
  local p = seq(0)
  if rand(5) == 0 then p = "^" .. p end
  if rand(5) == 0 then p = p .. "$" end
  print(trial, "find", ser(pcall(string.find, s, p)))
  print(trial, "gsub", ser(pcall(string.gsub, s, p, "<%0|%1>")))
  print(trial, "gsubf", ser(pcall(string.gsub, s, p, function(...) return select("#", ...) end)))
  local seen = {}
  local ok, err = pcall(function()
    for a, b, c in string.gmatch(s, p) do
      seen[#seen + 1] = ser(a, b, c)
      if #seen > 40 then break end
    end
  end)
  print(trial, "gmatch", ok, ok and table.concat(seen, ";") or err)
end
`;

/** Random conversion specs (flags, width, precision) applied to awkward values. */
const formatProgram = `${prelude}
local vals = {0, 1, -1, 0.5, -0.5, 2.5, 3.99, -3.99, 255, -255, 65, 1e10, 123.456, 2^53, 2^53 + 2,
  2^63, -2^63, 2^64, 1e300, 1e-300, 1/0, -1/0, 1e15, 0.1, 1e-5, 123456789, 0 * -1, 5e-324, 2^31, -2^31}
local convs = {"d", "i", "o", "u", "x", "X", "e", "E", "f", "g", "G", "c", "s", "q"}
for trial = 1, 6000 do
  local flags = gen({"-", "+", " ", "#", "0"}, rand(3))
  local width = ""
  if rand(3) > 0 then width = tostring(rand(25)) end
  local precision = ""
  if rand(2) == 0 then
    precision = "."
    if rand(4) > 0 then precision = precision .. rand(18) end
  end
  local conv = convs[1 + rand(#convs)]
  local v = vals[1 + rand(#vals)]
  if (conv == "s" or conv == "q") and rand(2) == 0 then v = gen(stoks, rand(6)) end
  local spec = "%" .. flags .. width .. precision .. conv
  print(trial, spec, ser(pcall(string.format, "[" .. spec .. "]", v)))
end
`;

function runHere(program: string, engine: 'interp' | 'reference'): string {
  let out = '';
  let err = '';
  const runner = new ScriptRunner({ engine, progName: 'lua', stdout: (s) => (out += s), stderr: (s) => (err += s) });
  const status = runner.run(program, '=stdin');
  expect(err).toBe('');
  expect(status).toBe(0);
  return out;
}

function compareWithLua51(program: string, minLines: number): void {
  const r = spawnSync('lua5.1', ['-'], { input: program, encoding: 'latin1', maxBuffer: 64 * 1024 * 1024 });
  expect(r.stderr).toBe('');
  const expected = r.stdout;
  expect(expected.split('\n').length).toBeGreaterThan(minLines);
  for (const engine of ['interp', 'reference'] as const) {
    const got = runHere(program, engine);
    if (got !== expected) {
      const a = got.split('\n');
      const b = expected.split('\n');
      const i = a.findIndex((line, k) => line !== b[k]);
      expect(`${engine}: ${a[i]}`).toBe(`${engine}: ${b[i]}`);
    }
  }
}

describe('string library against lua5.1', () => {
  it.skipIf(!available)('matches, finds, substitutes and iterates generated patterns exactly as lua5.1', () => {
    compareWithLua51(patternProgram, 12000);
  });

  it.skipIf(!available)('handles well-formed generated patterns on longer subjects exactly as lua5.1', () => {
    compareWithLua51(grammarProgram, 12000);
  });

  it.skipIf(!available)('formats generated conversion specs exactly as lua5.1', () => {
    compareWithLua51(formatProgram, 6000);
  });
});
