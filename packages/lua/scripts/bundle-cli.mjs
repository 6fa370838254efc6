// Bundles the built CLI into one minified CommonJS file, and writes V8's code cache for it: loading
// one file instead of ~80, parsing less text and taking compiled bytecode from the cache keep the
// start-up of a short script well under 100 ms (docs/architecture.md, "Start-up").
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

await build({
  entryPoints: ['dist/cli/main.js'],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: 'dist/deegen-lua.cjs',
  // Less text to parse at every start.
  minify: true,
  // No keepNames: it renames every class in a static block (`Object.defineProperty(C, 'name')`),
  // after which V8's optimising compiler no longer inlines `x instanceof C` for it but calls the
  // generic InstanceOf builtin (a Symbol.hasInstance lookup each time): 5-6 times slower in a
  // micro-benchmark, and a method call on objects of two classes 2.64 s -> 1.79 s
  // (docs/architecture.md, "Class names in the bundle").
  keepNames: false,
  logLevel: 'warning',
});

// The code cache: the bytecode of every function a typical script compiles, taken after a run
// of the command itself (same Node, same V8 flags as users get, which V8 checks before using it).
const cache = 'dist/deegen-lua.cjs.cache';
rmSync(cache, { force: true });
const warmUp = `
local t, s = {}, 0
for i = 1, 200 do t[#t + 1] = i * 0.5; s = s + t[i] end
local r = setmetatable({ x = 1 }, { __index = function(_, k) return k end })
local parts = {}
for k, v in pairs({ a = 1, b = 2 }) do parts[#parts + 1] = k .. '=' .. tostring(v) end
table.sort(parts)
local str = string.format('%d %s %5.2f', s, r.y, math.sqrt(2)) .. table.concat(parts, ',')
assert(str:find('a=1') and str:gsub('%d', 'x') and str:sub(2, 3) and #str > 0)
local ok = pcall(error, 'e')
local co = coroutine.wrap(function(a) coroutine.yield(a) end)
co(1)
`;
execFileSync('bin/deegen-lua', ['-e', warmUp], { env: { ...process.env, DEEGEN_LUA_WRITE_CODE_CACHE: '1' }, stdio: 'inherit' });
