import { describe, expect, it } from 'vitest';
import { LuaOpaque, LuaState, LuaTable, proxy } from '../../src/index.js';

/** Each row of the table in docs/embedding.md "Values", in both directions. */

/** Lua's `type()` of a JS value after it went in. */
function luaType(lua: LuaState, v: unknown): unknown {
  return lua.call(lua.load('return type((...))'), v)[0];
}

describe('values going from Lua to JS', () => {
  const lua = new LuaState();

  it('gives nil as undefined', () => {
    expect(lua.run('return nil')).toEqual([undefined]);
    expect(lua.run('return nil')).toHaveLength(1);
  });

  it('gives booleans and numbers as themselves', () => {
    expect(lua.run('return true, false, 1.5, 1/0, 2^53')).toEqual([true, false, 1.5, Infinity, 2 ** 53]);
    expect(Object.is(lua.run('return -0')[0], -0)).toBe(true);
    expect(lua.run('return 0/0')[0]).toBeNaN();
  });

  it('gives strings as text', () => {
    expect(lua.run('return "plain", "\\195\\169t\\195\\169"')).toEqual(['plain', 'été']);
  });

  it('gives tables as LuaTable handles', () => {
    const [t] = lua.run('return {}');
    expect(t).toBeInstanceOf(LuaTable);
  });

  it('gives functions as JS functions returning all results', () => {
    const [f] = lua.run('return function(a) return a, a * 2 end');
    expect(typeof f).toBe('function');
    expect((f as (x: number) => unknown[])(4)).toEqual([4, 8]);
  });

  it('gives coroutines and foreign userdata as LuaOpaque values of their type', () => {
    const [co, ud, file] = new LuaState({ grant: ['io'] }).run('return coroutine.create(function() end), newproxy(), io.stdout');
    expect(co).toBeInstanceOf(LuaOpaque);
    expect((co as LuaOpaque).type).toBe('thread');
    expect((ud as LuaOpaque).type).toBe('userdata');
    expect((file as LuaOpaque).type).toBe('userdata');
  });

  it('keeps every result, nils included, in order', () => {
    expect(lua.run('return nil, 1, nil')).toEqual([undefined, 1, undefined]);
    expect(lua.run('return')).toEqual([]);
  });
});

describe('values going from JS to Lua', () => {
  const lua = new LuaState();

  it('takes undefined and null as nil', () => {
    expect(luaType(lua, undefined)).toBe('nil');
    expect(luaType(lua, null)).toBe('nil');
  });

  it('takes booleans and numbers as themselves', () => {
    const echo = lua.load('return ...');
    expect(echo(true, false, 2.25, -0, Infinity)).toEqual([true, false, 2.25, -0, Infinity]);
    expect(luaType(lua, 3)).toBe('number');
  });

  it('takes strings and Uint8Arrays as strings', () => {
    expect(luaType(lua, 'x')).toBe('string');
    expect(luaType(lua, new Uint8Array([1]))).toBe('string');
  });

  it('takes plain objects and arrays as tables, LuaTable handles as their own table', () => {
    expect(luaType(lua, { a: 1 })).toBe('table');
    expect(luaType(lua, [1, 2])).toBe('table');
    const t = lua.newTable();
    lua.set('t', t);
    expect(lua.call(lua.load('return rawequal(t, ...)'), t)).toEqual([true]);
  });

  it('takes JS functions as Lua functions', () => {
    expect(luaType(lua, () => 1)).toBe('function');
  });

  it('takes class instances, Maps and proxy() wrappers as userdata', () => {
    class Point {
      x = 1;
    }
    expect(luaType(lua, new Point())).toBe('userdata');
    expect(luaType(lua, new Map())).toBe('userdata');
    expect(luaType(lua, proxy({ a: 1 }))).toBe('userdata');
  });

  it('takes a LuaOpaque back as the value it stands for', () => {
    const [co] = lua.run('co = coroutine.create(function() end) return co');
    expect(lua.call(lua.load('return rawequal(co, ...)'), co)).toEqual([true]);
  });

  it('refuses bigints and symbols with a TypeError', () => {
    expect(() => lua.set('x', 1n)).toThrow(TypeError);
    expect(() => lua.set('x', Symbol('s'))).toThrow(TypeError);
  });

  it('refuses handles of another state with a TypeError', () => {
    const other = new LuaState();
    expect(() => lua.set('x', other.newTable())).toThrow(TypeError);
    const [co] = other.run('return coroutine.create(function() end)');
    expect(() => lua.set('x', co)).toThrow(TypeError);
  });
});

describe('identity on round trips', () => {
  const lua = new LuaState();

  it('gives one handle per Lua table and function', () => {
    lua.run('t = {} f = function() end');
    expect(lua.get('t')).toBe(lua.get('t'));
    expect(lua.get('f')).toBe(lua.get('f'));
  });

  it('gives a Lua function back to Lua as itself', () => {
    const f = lua.get('f');
    lua.set('g', f);
    expect(lua.run('return rawequal(f, g)')).toEqual([true]);
  });

  it('gives a JS function back to JS as itself, and to Lua as one function', () => {
    const fn = () => 1;
    lua.set('a', fn);
    lua.set('b', fn);
    expect(lua.get('a')).toBe(fn);
    expect(lua.run('return rawequal(a, b)')).toEqual([true]);
  });

  it('gives a shared JS object back to JS as itself, and to Lua as one userdata', () => {
    const o = new Map();
    lua.set('m1', o);
    lua.set('m2', o);
    expect(lua.get('m1')).toBe(o);
    expect(lua.run('return rawequal(m1, m2)')).toEqual([true]);
  });

  it('copies a plain object each time it goes in', () => {
    const o = { a: 1 };
    lua.set('c1', o);
    lua.set('c2', o);
    expect(lua.run('return rawequal(c1, c2), c1.a')).toEqual([false, 1]);
  });
});
