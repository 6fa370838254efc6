// Runs one Lua file on wasmoon (PUC Lua 5.4 compiled to WebAssembly). Its own stdout goes
// through Emscripten's line-buffered TTY, which can drop a final partial line, so print and
// io.write are replaced by functions that hand the text to JavaScript, written out at the end.
import { readFileSync } from 'node:fs';
import { LuaFactory } from 'wasmoon';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node wasmoon.mjs file.lua\n');
  process.exit(2);
}

const PRELUDE = `
unpack = unpack or table.unpack
loadstring = loadstring or load
local write, tostring, select, concat = __bench_write, tostring, select, table.concat
__bench_write = nil
function print(...)
  local parts = {}
  for i = 1, select('#', ...) do parts[i] = tostring((select(i, ...))) end
  write(concat(parts, '\\t') .. '\\n')
end
io.write = function(...)
  for i = 1, select('#', ...) do write(tostring((select(i, ...)))) end
  return io.stdout
end
`;

const chunks = [];
const factory = new LuaFactory();
const engine = await factory.createEngine();
try {
  engine.global.set('__bench_write', (s) => {
    chunks.push(String(s));
  });
  await engine.doString(PRELUDE);
  await engine.doString(readFileSync(file, 'utf8'));
} catch (e) {
  process.stdout.write(chunks.join(''));
  process.stderr.write(`wasmoon: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
} finally {
  engine.global.close();
}
if (!process.exitCode) process.stdout.write(chunks.join(''));
