import { describe, expect, it } from 'vitest';
import { LuaError, LuaState, proxy } from '../../src/index.js';

describe('plain objects copied into Lua (the default)', () => {
  it('become tables deeply: arrays as sequences, objects by their own data properties', () => {
    const lua = new LuaState({ grant: ['debug'] });
    lua.set('o', { n: 1, list: ['a', 'b'], nested: { deep: true }, '1': 'string key' });
    expect(lua.run('return o.n, o.list[1], o.list[2], #o.list, o.nested.deep, o["1"], o[1]')).toEqual([1, 'a', 'b', 2, true, 'string key', undefined]);
  });

  it('are copies: changes on one side are not seen on the other', () => {
    const lua = new LuaState({ grant: ['debug'] });
    const o = { n: 1 };
    lua.set('o', o);
    lua.run('o.n = 2');
    o.n = 3;
    expect(lua.run('return o.n')).toEqual([2]);
  });

  it('leave out getters, symbols, inherited and non-enumerable properties', () => {
    const lua = new LuaState({ grant: ['debug'] });
    let getterRan = false;
    const o = Object.create({ inherited: 1 }, { hidden: { value: 1, enumerable: false } }) as Record<string | symbol, unknown>;
    Object.setPrototypeOf(o, Object.prototype);
    Object.defineProperty(o, 'getter', { enumerable: true, get: () => ((getterRan = true), 1) });
    o[Symbol('s')] = 1;
    o.kept = 1;
    lua.set('o', o);
    expect(lua.run('local n = 0 for k in pairs(o) do n = n + 1 end return n, o.kept, o.getter, o.hidden')).toEqual([1, 1, undefined, undefined]);
    expect(getterRan).toBe(false);
  });

  it('keep shared parts shared and cycles cyclic', () => {
    const lua = new LuaState({ grant: ['debug'] });
    const shared = { v: 1 };
    const o: Record<string, unknown> = { a: shared, b: shared };
    o.self = o;
    lua.set('o', o);
    expect(lua.run('return rawequal(o.a, o.b), rawequal(o.self, o)')).toEqual([true, true]);
  });

  it('treat __proto__ and constructor as ordinary keys', () => {
    const lua = new LuaState({ grant: ['debug'] });
    lua.set('o', JSON.parse('{"__proto__": 1, "constructor": 2}'));
    lua.set('empty', {});
    expect(lua.run('return o.__proto__, o.constructor, empty.constructor, empty.__proto__, empty.toString')).toEqual([1, 2, undefined, undefined, undefined]);
  });

  it('do not exhaust the JS stack on deep nesting', () => {
    const lua = new LuaState({ grant: ['debug'] });
    const root: { next?: unknown } = {};
    let c = root;
    for (let i = 0; i < 20000; i++) c = (c.next = {}) as { next?: unknown };
    lua.set('deep', root);
    expect(lua.run('local n, c = 0, deep while c.next do n, c = n + 1, c.next end return n')).toEqual([20000]);
  });
});

/** Lua code that tries every way from a shared object towards JS internals. */
const PROBES = `
local o = ...
local results = {}
local function probe(name, f)
  local ok, v = pcall(f)
  results[#results + 1] = name .. "=" .. (ok and type(v) or "error")
end
probe("constructor", function() return o.constructor end)
probe("__proto__", function() return o.__proto__ end)
probe("prototype", function() return o.prototype end)
probe("toString", function() return o.toString end)
probe("valueOf", function() return o.valueOf end)
probe("hasOwnProperty", function() return o.hasOwnProperty end)
probe("__defineGetter__", function() return o.__defineGetter__ end)
probe("getter", function() return o.getter end)
probe("method", function() return o.method end)
probe("getmetatable", function() return getmetatable(o) end)
probe("constructor.constructor", function() return o.constructor.constructor end)
probe("index via debug", function() return debug.getmetatable(o).__index(o, "constructor") end)
return table.concat(results, " ")
`;

const SAFE =
  'constructor=nil __proto__=nil prototype=nil toString=nil valueOf=nil hasOwnProperty=nil __defineGetter__=nil ' +
  'getter=nil method=nil getmetatable=boolean constructor.constructor=error index via debug=nil';

class Widget {
  size = 3;
  get getter(): number {
    return 1;
  }
  method(): number {
    return 1;
  }
}

describe('JS objects shared with Lua', () => {
  it('let Lua read own enumerable data properties, live', () => {
    const lua = new LuaState({ grant: ['debug'] });
    const o = { a: 1, nested: { b: 2 }, list: [10, 20] };
    lua.set('o', proxy(o));
    o.a = 5;
    expect(lua.run('return o.a, o.nested.b, o.list[1], o.list[2], o.list[3], #o.list, type(o)')).toEqual([5, 2, 10, 20, undefined, 2, 'userdata']);
  });

  it('hide own getters (never running them) and non-enumerable properties', () => {
    const lua = new LuaState({ grant: ['debug'] });
    let getterRan = false;
    const o = { visible: 1 };
    Object.defineProperty(o, 'getter', { enumerable: true, get: () => ((getterRan = true), 1) });
    Object.defineProperty(o, 'hidden', { enumerable: false, value: 1 });
    lua.set('o', proxy(o));
    expect(lua.run('return o.visible, o.getter, o.hidden')).toEqual([1, undefined, undefined]);
    expect(getterRan).toBe(false);
  });

  for (const [what, make] of [
    ['a plain object', () => proxy({ a: 1 })],
    ['a writable plain object', () => proxy({ a: 1 }, { writable: true })],
    ['a class instance', () => new Widget()],
    ['a function-valued object', () => proxy(Object.assign(() => 1, { a: 1 }))],
    ['an array', () => proxy([1, 2])],
  ] as const) {
    it(`give Lua no path from ${what} to prototypes, getters, constructor or Function`, () => {
      const lua = new LuaState({ grant: ['debug'] });
      expect(lua.call(lua.load(PROBES), make())).toEqual([SAFE]);
    });
  }

  it('are shared by default for class instances and other non-plain objects, even with objects: "copy"', () => {
    const lua = new LuaState({ grant: ['debug'] });
    const w = new Widget();
    lua.set('w', w);
    expect(lua.run('return type(w), w.size')).toEqual(['userdata', 3]);
    expect(lua.get('w')).toBe(w);
  });

  it('are shared read-only for plain objects with objects: "proxy"', () => {
    const lua = new LuaState({ objects: 'proxy' });
    const o = { a: 1 };
    lua.set('o', o);
    expect(lua.run('return type(o), o.a')).toEqual(['userdata', 1]);
    expect(() => lua.run('o.a = 2')).toThrow('attempt to modify a read-only host object');
    expect(lua.get('o')).toBe(o);
  });

  it('are written through only when writable, as own data properties, never through setters', () => {
    const lua = new LuaState({ grant: ['debug'] });
    let setterRan = false;
    const o: Record<string, unknown> = { a: 1, gone: 1 };
    Object.defineProperty(o, 'guarded', { enumerable: true, get: () => 1, set: () => (setterRan = true) });
    lua.set('o', proxy(o, { writable: true }));
    lua.run('o.a = 2 o.b = { 1, 2 } o.gone = nil o.__proto__ = "own"');
    expect(o.a).toBe(2);
    expect('gone' in o).toBe(false);
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(o, '__proto__')?.value).toBe('own');
    expect((o.b as { toArray(): unknown[] }).toArray()).toEqual([1, 2]);
    expect(lua.run('return pcall(function() o.guarded = 1 end)')).toEqual([false, expect.stringContaining("cannot assign field 'guarded'")]);
    expect(setterRan).toBe(false);
  });

  it('write arrays from index 1 up to one past their end, nil at the end shortening them', () => {
    const lua = new LuaState({ grant: ['debug'] });
    const a = [1, 2];
    lua.set('a', proxy(a, { writable: true }));
    lua.run('a[1] = 10 a[#a + 1] = 3');
    expect(a).toEqual([10, 2, 3]);
    lua.run('a[#a] = nil');
    expect(a).toEqual([10, 2]);
    expect(lua.run('return pcall(function() a[5] = 1 end)')).toEqual([false, expect.stringContaining('out of range')]);
  });

  it('share nested plain objects the same way, writable ones included', () => {
    const lua = new LuaState({ grant: ['debug'] });
    const o = { inner: { x: 1 } };
    lua.set('o', proxy(o, { writable: true }));
    lua.run('o.inner.x = 2');
    expect(o.inner.x).toBe(2);
  });

  it('raise Lua errors for what they do not support', () => {
    const lua = new LuaState({ grant: ['debug'] });
    lua.set('o', proxy({ a: 1 }));
    expect(() => lua.run('for k in pairs(o) do end')).toThrow(LuaError);
    expect(() => lua.run('return #o')).toThrow('attempt to get length of a host object');
  });
});

describe('JS functions seen from Lua', () => {
  it('are opaque builtins: no fields, no upvalues, no metatable of their own', () => {
    const lua = new LuaState({ grant: ['debug'] });
    lua.set('f', function named() {
      return 1;
    });
    const probes = `
      local r = {}
      r[1] = select(2, pcall(function() return f.constructor end))
      r[2] = select(2, pcall(function() return f.prototype end))
      r[3] = debug.getupvalue(f, 1)
      r[4] = getmetatable(f)
      r[5] = debug.getinfo(f).what
      r[6] = select(2, pcall(string.dump, f))
      return r[1], r[2], r[3], r[4], r[5], r[6]
    `;
    expect(lua.run(probes, { chunkName: '=p' })).toEqual([
      'p:3: attempt to index global \'f\' (a function value)',
      'p:4: attempt to index global \'f\' (a function value)',
      undefined,
      undefined,
      'C',
      'unable to dump given function',
    ]);
  });
});
