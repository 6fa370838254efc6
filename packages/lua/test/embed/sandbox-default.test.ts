import { describe, expect, it } from 'vitest';
import { ScriptRunner } from '../../src/cli/run-script.js';
import { LuaError } from '../../src/embed/lua-error.js';
import { LuaTable } from '../../src/runtime/table.js';
import { newState, run } from './helpers.js';

describe('a state created without grants', () => {
  it('has the safe libraries: base, string, table, math, coroutine', () => {
    const { state } = newState();
    const kinds = run(state, 'return type(print), type(pcall), type(load), type(loadstring), type(string.rep), type(table.sort), type(math.floor), type(coroutine.wrap), ("x"):rep(3)');
    expect(kinds).toEqual(['function', 'function', 'function', 'function', 'function', 'function', 'function', 'function', 'xxx']);
  });

  it('has of os only the clock and dates', () => {
    const { state } = newState();
    expect(run(state, 'local names = {} for k in pairs(os) do names[#names+1] = k end table.sort(names) return table.concat(names, " ")')).toEqual(['clock date difftime time']);
    expect(run(state, 'return os.getenv, os.execute, os.exit, os.remove, os.rename, os.tmpname, os.setlocale')).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
    expect(run(state, 'return type(os.time()), os.date("!%Y", 0), os.difftime(5, 2)')).toEqual(['number', '1970', 3]);
  });

  it('has no io, debug, package, require, module, loadfile or dofile', () => {
    const { state } = newState();
    expect(run(state, 'return io, debug, package, require, module, loadfile, dofile')).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('lists exactly the open libraries as loaded', () => {
    const { state } = newState();
    const loaded = state.realm.registry.getStr('_LOADED') as LuaTable;
    const names: string[] = [];
    loaded.forEachEntry((k) => names.push(k as string));
    expect(names.sort()).toEqual(['_G', 'coroutine', 'math', 'os', 'string', 'table']);
    expect(loaded.getStr('os')).toBe(state.realm.globals.getStr('os'));
  });

  it('refuses binary chunks with a clear error, in load, loadstring and LuaState.load', () => {
    const { state } = newState();
    expect(run(state, 'return loadstring("\\27Lua\\81\\0")')).toEqual([undefined, 'binary string: attempt to load a binary chunk (not granted to this state)']);
    expect(run(state, 'local sent return load(function() if not sent then sent = true return "\\27Lua" end end, "=piece")')).toEqual([undefined, 'piece: attempt to load a binary chunk (not granted to this state)']);
    expect(() => state.load('\x1bLua', { chunkName: '=bin' })).toThrow(LuaError);
    // Text that only contains ESC later is ordinary source (a syntax error here).
    expect(run(state, 'return (loadstring("x = 1 \\27"))')).toEqual([undefined]);
  });

  it('still prints through the embedder\'s writer', () => {
    const { state, out } = newState();
    run(state, 'print("hello", 1)');
    expect(out()).toBe('hello\t1\n');
  });
});

describe('the deegen-lua command', () => {
  it('grants everything, as lua5.1 has it', () => {
    const runner = new ScriptRunner({ progName: 'lua', stdout: () => {}, stderr: () => {} });
    const g = runner.state.realm.globals;
    for (const name of ['io', 'debug', 'package', 'require', 'loadfile', 'dofile']) expect(g.getStr(name)).toBeDefined();
    expect((g.getStr('os') as LuaTable).getStr('getenv')).toBeDefined();
    expect(runner.state.realm.binaryChunks).toBe(true);
  });
});
