import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LuaError } from '../../src/embed/lua-error.js';
import { LuaState } from '../../src/state.js';
import { newState, run } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'deegen-grants-'));
writeFileSync(join(dir, 'mod.lua'), 'return { answer = 42 }');
writeFileSync(join(dir, 'chunk.lua'), 'return 7');
const forLua = (path: string): string => path.replace(/\\/g, '/');

describe('grants', () => {
  it('open io', () => {
    const { state } = newState({ grant: ['io'] });
    expect(run(state, 'return type(io), type(io.open), debug')).toEqual(['table', 'function', undefined]);
  });

  it('open the rest of os', () => {
    const { state } = newState({ grant: ['os'] });
    expect(run(state, 'return type(os.getenv), type(os.execute), type(os.exit), type(os.remove), type(os.rename), type(os.tmpname), type(os.time)')).toEqual(
      ['function', 'function', 'function', 'function', 'function', 'function', 'function'],
    );
  });

  it('open debug', () => {
    const { state } = newState({ grant: ['debug'] });
    expect(run(state, 'return type(debug.getinfo), io')).toEqual(['function', undefined]);
  });

  it('open loadfile and dofile, each on its own', () => {
    const file = forLua(join(dir, 'chunk.lua'));
    const { state } = newState({ grant: ['loadfile'] });
    expect(run(state, `return loadfile("${file}")(), dofile`)).toEqual([7, undefined]);
    const other = newState({ grant: ['dofile'] }).state;
    expect(run(other, `return dofile("${file}"), loadfile`)).toEqual([7, undefined]);
  });

  it('open package with require searching files along package.path', () => {
    const { state } = newState({ grant: ['package'], env: { LUA_PATH: `${forLua(dir)}/?.lua` } });
    expect(run(state, 'return require("mod").answer, package.loaded.mod.answer, type(package.loadlib), package.path')).toEqual([42, 42, 'function', `${forLua(dir)}/?.lua`]);
  });

  it('let binary chunks reach the loader, which reads none (lua5.1\'s answer)', () => {
    const { state } = newState({ grant: ['binary-chunks'] });
    expect(run(state, 'return loadstring("\\27Lua")')).toEqual([undefined, 'binary string: unexpected end in precompiled chunk']);
  });

  it("'all' opens everything", () => {
    const { state } = newState({ grant: 'all' });
    expect(run(state, 'return type(io), type(debug), type(require), type(loadfile), type(dofile), type(os.getenv)')).toEqual(
      ['table', 'table', 'function', 'function', 'function', 'function'],
    );
  });

  it('refuse unknown names, so that a misspelt grant is not silently missing', () => {
    expect(() => new LuaState({ grant: ['files' as never] })).toThrow(TypeError);
  });
});

describe('a require loader from the embedder', () => {
  const modules: Record<string, string> = {
    greet: 'local M = {} function M.hi(who) return "hi " .. who end return M',
    broken: 'return {',
    counter: 'n = (n or 0) + 1 return n',
  };
  const loader = (name: string): string | undefined => modules[name];

  it('gives require without any file access', () => {
    const { state } = newState({ require: loader });
    expect(run(state, 'return require("greet").hi("lua"), package.loaded.greet ~= nil, package.path, package.loadlib, io')).toEqual(
      ['hi lua', true, undefined, undefined, undefined],
    );
  });

  it('shows in package.loaded exactly the libraries that are open', () => {
    const { state } = newState({ require: loader });
    expect(run(state, 'local names = {} for k in pairs(package.loaded) do names[#names+1] = k end table.sort(names) return table.concat(names, " ")')).toEqual([
      '_G coroutine math os package string table',
    ]);
  });

  it('loads each module once', () => {
    const { state } = newState({ require: loader });
    expect(run(state, 'return require("counter"), require("counter"), n')).toEqual([1, 1, 1]);
  });

  it('is searched after package.preload', () => {
    const { state } = newState({ require: loader });
    expect(run(state, 'package.preload.greet = function() return "preloaded" end return require("greet")')).toEqual(['preloaded']);
  });

  it('reports a module it does not have, and a module that does not compile', () => {
    const { state } = newState({ require: loader });
    expect(run(state, 'return pcall(require, "nope")')).toEqual([false, "module 'nope' not found:\n\tno field package.preload['nope']\n\tno module 'nope' from the host"]);
    const [ok, message] = run(state, 'return pcall(require, "broken")');
    expect(ok).toBe(false);
    expect(message).toBe("error loading module 'broken' from the host:\n\tbroken:1: unexpected symbol near '<eof>'");
  });

  it('turns an exception of the loader into a Lua error', () => {
    const { state } = newState({
      require: () => {
        throw new Error('disk on fire');
      },
    });
    expect(() => run(state, 'require("x")')).toThrow(LuaError);
    expect(run(state, 'return pcall(require, "x")')[1]).toMatch(/error loading module 'x' from the host:\n\tdisk on fire/);
  });

  it('comes before the files when the package grant is given too', () => {
    writeFileSync(join(dir, 'greet.lua'), 'return "from a file"');
    const { state } = newState({ require: loader, grant: ['package'], env: { LUA_PATH: `${forLua(dir)}/?.lua` } });
    expect(run(state, 'return require("greet").hi("x"), require("mod").answer')).toEqual(['hi x', 42]);
  });
});
