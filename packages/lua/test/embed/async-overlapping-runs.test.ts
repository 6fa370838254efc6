import { describe, expect, it } from 'vitest';
import { builtin } from '../../src/lib/builtins.js';
import { awaitThenable } from '../../src/runtime/await.js';
import { LuaState } from '../../src/state.js';
import type { LuaCallable } from '../../src/embed/bridge.js';
import { harness, later } from './async-harness.js';

/** Several runs of one state: overlapping asynchronous runs, synchronous calls while one waits. */
describe('asynchronous runs of one state', () => {
  it('lets two asynchronous runs overlap, each continuing with its own values', async () => {
    const h = harness('auto');
    h.define('fetch', (x, ms) => later(ms as number, x));
    h.lua.run('shared = 0', { chunkName: '=init' });
    const src = (name: string, ms: number) => `
      local got = {}
      for i = 1, 5 do
        got[i] = fetch("${name}" .. i, ${ms})
        shared = shared + 1
      end
      return table.concat(got, ","), coroutine.running()`;
    const [a, b] = await Promise.all([h.lua.runAsync(src('a', 3)), h.lua.runAsync(src('b', 2))]);
    expect(a).toEqual(['a1,a2,a3,a4,a5', undefined]);
    expect(b).toEqual(['b1,b2,b3,b4,b5', undefined]);
    expect(h.lua.run('return shared', { chunkName: '=read' })).toEqual([10]);
  });

  it('runs synchronous calls while an asynchronous run waits, without disturbing it', async () => {
    const h = harness('interp');
    let release!: (v: number) => void;
    h.define('gate', () => new Promise<number>((r) => (release = r)));
    h.define('other', () => later(1, 0));
    const waiting = h.lua.runAsync('local a, b = 1, 2 local g = gate() return a + b + g, counter');
    await later(2, 0);
    h.lua.run('counter = (counter or 0) + 1', { chunkName: '=meanwhile' });
    expect(h.lua.run('return pcall(function() return other() end)', { chunkName: '=refused' })).toEqual([
      false,
      'refused:1: attempt to await a JS promise outside runAsync',
    ]);
    release(39);
    expect(await waiting).toEqual([42, 1]);
  });

  it('keeps what a waiting run holds alive through a collection made by another run', async () => {
    const h = harness('interp');
    let release!: () => void;
    h.define('gate', () => new Promise<void>((r) => (release = () => r())));
    h.lua.run('weak = setmetatable({}, { __mode = "v" })', { chunkName: '=init' });
    const waiting = h.lua.runAsync('local held = {} weak[1] = held gate() return weak[1] == held');
    await later(2, 0);
    // This run gets a thread of its own (the main one is taken by the waiting run).
    await h.lua.runAsync('collectgarbage() collectgarbage()');
    release();
    expect(await waiting).toEqual([true]);
  });

  it('calls a Lua function asynchronously with arguments (callAsync)', async () => {
    const h = harness('baseline');
    h.define('fetch', (x) => later(1, x));
    const [fn] = h.lua.run('return function(a, b) return fetch(a) .. fetch(b), select("#", a, b) end', { chunkName: '=fn' });
    expect(await h.lua.callAsync(fn as LuaCallable, 'x', 'y')).toEqual(['xy', 2]);
  });

  it('awaits in the reference engine too', async () => {
    const lua = new LuaState({ engine: 'reference' });
    lua.realm.globals.setStr('fetch', builtin(lua.realm, 'fetch', (t, base) => awaitThenable(t, base, later(1, t.stack[base]))));
    const src = `
      local co = coroutine.wrap(function(x) local ok, v = pcall(fetch, x) return v * 2 end)
      return co(21)`;
    expect(await lua.runAsync(src)).toEqual([42]);
  });
});
