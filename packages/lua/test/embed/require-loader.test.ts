import { describe, expect, it } from 'vitest';
import { LuaError } from '../../src/embed/lua-error.js';
import { LuaState } from '../../src/state.js';

const later = <T>(ms: number, v: T): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(v), ms));
const MODULES: Record<string, string> = {
  greet: 'local M = {} function M.hi(who) return "héllo " .. who end return M',
  count: 'n = (n or 0) + 1 return n',
};

describe('require with a loader from the embedder', () => {
  it('loads module text (UTF-8) and bytes synchronously, once per module', () => {
    const lua = new LuaState({ require: (name) => (name === 'bytes' ? new TextEncoder().encode('return 7') : MODULES[name]) });
    expect(lua.run('return require("greet").hi("you"), require("count"), require("count"), require("bytes")')).toEqual(['héllo you', 1, 1, 7]);
    expect(() => lua.run('require("missing")', { chunkName: '=m' })).toThrow(/module 'missing' not found:\n\tno field package.preload\['missing'\]\n\tno module 'missing' from the host/);
  });

  it('waits for an asynchronous loader in runAsync, in a pcall inside a coroutine', async () => {
    const asked: string[] = [];
    const lua = new LuaState({
      require: (name) => {
        asked.push(name);
        return later(5, MODULES[name]);
      },
    });
    const src = `
      local co = coroutine.wrap(function()
        local ok, m = pcall(require, "greet")
        return ok and m.hi("async")
      end)
      return co(), pcall(require, "nope")`;
    const [greeting, ok, message] = await lua.runAsync(src, { chunkName: '=main' });
    expect(greeting).toBe('héllo async');
    expect(ok).toBe(false);
    expect(message).toBe("module 'nope' not found from the host");
    expect(asked).toEqual(['greet', 'nope']);
  });

  it('refuses an asynchronous loader in a synchronous run, with a Lua error', () => {
    const lua = new LuaState({ require: (name) => later(1, MODULES[name]) });
    let err: unknown;
    try {
      lua.run('return require("greet")', { chunkName: '=sync' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(LuaError);
    expect((err as LuaError).message).toMatch(/attempt to await a JS promise outside runAsync/);
    // As in lua5.1, a module whose loader failed stays marked as loading.
    expect(() => lua.run('return require("greet")', { chunkName: '=sync' })).toThrow("sync:1: loop or previous error loading module 'greet'");
  });
});
