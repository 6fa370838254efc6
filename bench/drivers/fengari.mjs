// Runs one Lua file on fengari (Lua 5.3 in plain JavaScript), the way `lua file.lua` would.
// fengari prints straight to process.stdout; errors go to stderr with a non-zero exit code.
import fengari from 'fengari';

const { lua, lauxlib, lualib, to_luastring, to_jsstring } = fengari;
const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node fengari.mjs file.lua\n');
  process.exit(2);
}

const L = lauxlib.luaL_newstate();
lualib.luaL_openlibs(L);
// The two 5.1 globals the benchmark programs could lean on, under their 5.3 names.
lauxlib.luaL_dostring(L, to_luastring('unpack = unpack or table.unpack; loadstring = loadstring or load'));
let status = lauxlib.luaL_loadfile(L, to_luastring(file));
if (status === lua.LUA_OK) status = lua.lua_pcall(L, 0, 0, 0);
if (status !== lua.LUA_OK) {
  const message = lua.lua_tostring(L, -1);
  process.stderr.write(`fengari: ${message ? to_jsstring(message) : 'error object is not a string'}\n`);
  process.exitCode = 1;
}
