import { describe, expect, it } from 'vitest';
import { portableHost } from '../../src/host/portable-host.js';
import { LuaState } from '../../src/state.js';

/** Runs a chunk on a state without files or shell (the browser entry's host) and returns its output. */
function runPortable(source: string): string {
  let out = '';
  const lua = new LuaState({ grant: 'all', write: (b) => (out += b), host: portableHost });
  lua.callRaw(lua.loadRaw(source, '=test'));
  return out;
}

// What the library does where the host has no file system and no shell (browsers): file
// operations fail the way a C library reports an unsupported operation, and nothing reaches Node.
describe('the standard library on a host without files or shell', () => {
  it('reports io.open and io.lines failures as "Operation not supported"', () => {
    expect(runPortable('print(io.open("/etc/passwd"))  print(pcall(io.lines, "/etc/passwd"))')).toBe(
      'nil\t/etc/passwd: Operation not supported\t95\nfalse\tbad argument #1 to \'?\' (/etc/passwd: Operation not supported)\n',
    );
  });

  it('reports os.remove, os.rename and io.tmpfile failures, and os.tmpname raises lua5.1\'s error', () => {
    expect(runPortable('print(os.remove("x"))  print(os.rename("x", "y"))  print(io.tmpfile())  print(pcall(os.tmpname))')).toBe(
      'nil\tx: Operation not supported\t95\n' +
        'nil\tx: Operation not supported\t95\n' +
        'nil\tOperation not supported\t95\n' +
        'false\tunable to generate a unique filename\n',
    );
  });

  it('has no shell: os.execute() answers 0 and io.popen raises "\'popen\' not supported"', () => {
    expect(runPortable('print(os.execute())  print(os.execute("echo hi"))  print(pcall(io.popen, "ls"))')).toBe(
      "0\n32512\nfalse\t'popen' not supported\n",
    );
  });

  it('finds no files for require, loadfile and dofile, while package.preload still works', () => {
    const out = runPortable(
      'package.preload.m = function() return "from preload" end  print(require("m"))\n' +
        'print(loadfile("x.lua"))  print(pcall(dofile, "x.lua"))\n' +
        'print(select(2, pcall(require, "nothere")):match("no file \'%./nothere%.lua\'") ~= nil)',
    );
    expect(out).toBe(
      'from preload\n' +
        'nil\tcannot open x.lua: Operation not supported\n' +
        'false\tcannot open x.lua: Operation not supported\n' +
        'true\n',
    );
  });

  it('reads no environment and still has a clock and the standard streams', () => {
    expect(runPortable('print(os.getenv("HOME"), type(os.clock()), os.clock() >= 0)  io.write("w\\n")  io.stdout:write("s\\n")')).toBe(
      'nil\tnumber\ttrue\nw\ns\n',
    );
  });
});
