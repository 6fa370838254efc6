import { describe, expect, it } from 'vitest';
import { LuaError, LuaState, LuaTable } from '../../src/index.js';

function table(lua: LuaState, source: string): LuaTable {
  return lua.run(source)[0] as LuaTable;
}

describe('a LuaTable handle', () => {
  it('reads and writes the live table, both ways', () => {
    const lua = new LuaState();
    const t = table(lua, 't = { x = 1 } return t');
    t.set('y', 2);
    expect(lua.run('return t.y')).toEqual([2]);
    lua.run('t.x = 10');
    expect(t.get('x')).toBe(10);
  });

  it('applies __index and __newindex in get and set, and not in rawGet and rawSet', () => {
    const lua = new LuaState();
    const t = table(lua, 'log = {} return setmetatable({}, { __index = function(_, k) return k .. "!" end, __newindex = function(_, k, v) log[k] = v end })');
    expect(t.get('a')).toBe('a!');
    expect(t.rawGet('a')).toBeUndefined();
    t.set('b', 1);
    expect(t.rawGet('b')).toBeUndefined();
    expect(lua.run('return log.b')).toEqual([1]);
    t.rawSet('b', 2);
    expect(t.rawGet('b')).toBe(2);
  });

  it('gives #t as length', () => {
    const lua = new LuaState();
    expect(table(lua, 'return { 1, 2, 3, x = 1 }').length).toBe(3);
    expect(table(lua, 'return {}').length).toBe(0);
  });

  it('iterates in the order of Lua next, mapping keys and values', () => {
    const lua = new LuaState();
    const t = table(lua, 'local t = { "a", "b", x = 1, y = true } t[false] = "f" return t');
    const expected: [unknown, unknown][] = [];
    // The order pairs gives, recorded from Lua itself.
    const viaLua = lua.call(lua.load('local t = ... local o = {} for k, v in pairs(t) do o[#o + 1] = k end return unpack(o)'), t);
    for (const k of viaLua) expected.push([k, t.rawGet(k)]);
    expect(expected).toHaveLength(5);
    expect([...t]).toEqual(expected);
    expect([...t.keys()]).toEqual(viaLua);
    expect([...t.values()]).toEqual(expected.map(([, v]) => v));
    expect([...t.entries()]).toEqual(expected);
  });

  it('allows clearing fields while iterating, as Lua does', () => {
    const lua = new LuaState();
    const t = table(lua, 'return { a = 1, b = 2, c = 3, 4, 5 }');
    const seen: unknown[] = [];
    for (const [k] of t) {
      seen.push(k);
      t.set(k, undefined);
    }
    expect(seen).toHaveLength(5);
    expect([...t]).toEqual([]);
  });

  it('treats __proto__ and constructor as ordinary keys', () => {
    const lua = new LuaState();
    const t = lua.newTable();
    t.set('__proto__', 1);
    t.set('constructor', 2);
    expect(lua.call(lua.load('local t = ... return t.__proto__, t.constructor, t.toString'), t)).toEqual([1, 2, undefined]);
    const o = t.toObject();
    expect(Object.getPrototypeOf(o)).toBeNull();
    expect(Object.getOwnPropertyNames(o).sort()).toEqual(['__proto__', 'constructor']);
    expect(o['__proto__']).toBe(1);
    expect(table(lua, 'return {}').get('constructor')).toBeUndefined();
  });

  it('reports Lua errors from its methods as LuaError', () => {
    const lua = new LuaState();
    const t = lua.newTable();
    expect(() => t.set(undefined, 1)).toThrow(LuaError);
    expect(() => t.set(undefined, 1)).toThrow('table index is nil');
    expect(() => t.rawSet(NaN, 1)).toThrow(LuaError);
    const failing = table(lua, 'return setmetatable({}, { __index = function() error("nope", 0) end })');
    expect(() => failing.get('x')).toThrow('nope');
  });
});

describe('toObject and toArray', () => {
  it('copy deeply, nested sequences as arrays and other tables as null-prototype objects', () => {
    const lua = new LuaState();
    const t = table(lua, 'return { name = "n", list = { 1, 2, { deep = true } }, empty = {}, holes = { 1, nil, 3 }, [1] = "one" }');
    const o = t.toObject();
    expect(o).toEqual({ 1: 'one', name: 'n', list: [1, 2, { deep: true }], empty: {}, holes: { 1: 1, 3: 3 } });
    expect(Object.getPrototypeOf(o.empty)).toBeNull();
    expect(Array.isArray(o.list)).toBe(true);
  });

  it('leave out keys that cannot be property names', () => {
    const lua = new LuaState();
    const t = table(lua, 'local t = { ok = 1, [1.5] = 2 } t[true] = 3 t[{}] = 4 t[print] = 5 t["\\255"] = 6 return t');
    expect(t.toObject()).toEqual({ ok: 1, '1.5': 2 });
  });

  it('keep shared tables shared and cycles cyclic', () => {
    const lua = new LuaState();
    const t = table(lua, 'local shared = { v = 1 } local t = { a = shared, b = shared } t.self = t return t');
    const o = t.toObject() as Record<string, Record<string, unknown>>;
    expect(o.a).toBe(o.b);
    expect(o.self).toBe(o);
  });

  it('give t[1] .. t[#t] for toArray, other keys left out', () => {
    const lua = new LuaState();
    const t = table(lua, 'return { "a", { "b" }, x = 1 }');
    expect(t.toArray()).toEqual(['a', ['b']]);
  });

  it('map leaves as everywhere: functions callable, strings decoded', () => {
    const lua = new LuaState();
    const [f] = table(lua, 'return { function() return "hi" end }').toArray() as [() => unknown[]];
    expect(f()).toEqual(['hi']);
  });

  it('do not exhaust the JS stack on deep nesting', () => {
    const lua = new LuaState();
    const t = table(lua, 'local t = {} local c = t for i = 1, 20000 do c.next = {} c = c.next end return t');
    let o = t.toObject() as { next?: unknown };
    let depth = 0;
    while (o.next !== undefined) {
      o = o.next as { next?: unknown };
      depth++;
    }
    expect(depth).toBe(20000);
  });
});
