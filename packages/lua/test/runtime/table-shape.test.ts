import { describe, expect, it } from 'vitest';
import { LuaState } from '../../src/state.js';
import { LuaRuntimeError } from '../../src/runtime/errors.js';
import type { LuaFunction } from '../../src/runtime/function.js';
import { DICTIONARY_SHAPE, EMPTY_SHAPE } from '../../src/runtime/shape.js';
import { LuaTable, MAX_SHAPE_KEYS } from '../../src/runtime/table.js';
import type { LuaValue } from '../../src/runtime/value.js';

/** Every (key, value) pair `next` yields, in traversal order. */
function entries(t: LuaTable): [LuaValue, LuaValue][] {
  const out: LuaValue[] = [undefined, undefined];
  const result: [LuaValue, LuaValue][] = [];
  let key: LuaValue = undefined;
  while (t.next(key, out)) {
    result.push([out[0], out[1]]);
    key = out[0];
  }
  return result;
}

/** A table with string keys `prefix0`..`prefix(n-1)` set to 0..n-1, in that order. */
function filled(n: number, prefix = 'k'): LuaTable {
  const t = new LuaTable();
  for (let i = 0; i < n; i++) t.setStr(prefix + i, i);
  return t;
}

function nextError(t: LuaTable, key: LuaValue): string | undefined {
  try {
    t.next(key, []);
  } catch (e) {
    if (e instanceof LuaRuntimeError) return e.message;
    throw e;
  }
  return undefined;
}

describe('LuaTable shapes', () => {
  it('starts with the empty shape and no slots', () => {
    const t = new LuaTable(4, 4);
    expect(t.shape).toBe(EMPTY_SHAPE);
    expect(t.slots).toEqual([]);
  });

  it('shares one shape between tables that gain the same keys in the same order', () => {
    const a = new LuaTable();
    const b = new LuaTable(0, 3);
    a.setStr('x', 1);
    a.setStr('y', 2);
    a.set('z', 3);
    b.set('x', 'one');
    b.setStr('y', 'two');
    b.setStr('z', 'three');
    expect(a.shape).toBe(b.shape);
    expect(a.shape.keys).toEqual(['x', 'y', 'z']);
    expect(a.slots).toEqual([1, 2, 3]);
    expect(b.slots).toEqual(['one', 'two', 'three']);
  });

  it('gives tables with other orders or other keys other shapes', () => {
    const a = new LuaTable();
    const b = new LuaTable();
    a.setStr('x', 1);
    a.setStr('y', 2);
    b.setStr('y', 2);
    b.setStr('x', 1);
    expect(a.shape).not.toBe(b.shape);
    expect(a.get('x')).toBe(1);
    expect(b.get('x')).toBe(1);
  });

  it('transitions on every new string key and not on overwrites or other key types', () => {
    const t = new LuaTable();
    t.setStr('a', 1);
    const afterA = t.shape;
    t.setStr('a', 2);
    t.set(1, 'array');
    t.set(2.5, 'hash');
    t.set(true, 'bool');
    expect(t.shape).toBe(afterA);
    t.setStr('b', 3);
    expect(t.shape).toBe(afterA.withKey('b'));
    expect(t.shape.slotOf('b')).toBe(1);
    expect(t.slots[t.shape.slotOf('a')]).toBe(2);
  });

  it('does not add a slot for a nil assignment to a missing key', () => {
    const t = new LuaTable();
    t.setStr('gone', undefined);
    t.set('gone', undefined);
    expect(t.shape).toBe(EMPTY_SHAPE);
    expect(t.slots.length).toBe(0);
  });

  it('keeps a tombstone slot for a cleared key and reuses it', () => {
    const t = new LuaTable();
    t.setStr('a', 1);
    t.setStr('b', 2);
    const shape = t.shape;
    t.setStr('a', undefined);
    expect(t.get('a')).toBeUndefined();
    expect(t.shape).toBe(shape);
    expect(t.slots).toEqual([undefined, 2]);
    expect(entries(t)).toEqual([['b', 2]]);
    t.setStr('a', 'back');
    expect(t.shape).toBe(shape);
    expect(t.slots).toEqual(['back', 2]);
    expect(entries(t)).toEqual([
      ['a', 'back'],
      ['b', 2],
    ]);
  });

  it('keeps string keys and number keys apart', () => {
    const t = new LuaTable();
    t.set('1', 'string');
    t.set(1, 'number');
    t.set('1.5', 's');
    t.set(1.5, 'n');
    expect(t.get('1')).toBe('string');
    expect(t.get(1)).toBe('number');
    expect(t.get('1.5')).toBe('s');
    expect(t.get(1.5)).toBe('n');
    expect(t.shape.keys).toEqual(['1', '1.5']);
  });

  it('treats __proto__, constructor and friends as ordinary fields', () => {
    const t = new LuaTable();
    for (const key of ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf']) {
      expect(t.get(key)).toBeUndefined();
    }
    t.set('__proto__', 1);
    t.set('constructor', 2);
    t.set('toString', 3);
    expect(t.get('__proto__')).toBe(1);
    expect(t.getStr('constructor')).toBe(2);
    expect(t.get('toString')).toBe(3);
    expect(t.get('valueOf')).toBeUndefined();
    expect(entries(t).map(([k]) => k)).toEqual(['__proto__', 'constructor', 'toString']);
    t.set('__proto__', undefined);
    expect(t.get('__proto__')).toBeUndefined();
  });

  it('lets forEachEntry see the string slots', () => {
    const t = new LuaTable();
    t.set(1, 'a');
    t.set('x', 'b');
    t.set('y', 'c');
    t.set('y', undefined);
    t.set(false, 'd');
    const seen: [LuaValue, LuaValue][] = [];
    t.forEachEntry((k, v) => seen.push([k, v]));
    expect(seen).toEqual([
      [1, 'a'],
      ['x', 'b'],
      [false, 'd'],
    ]);
  });
});

describe('LuaTable next over string slots', () => {
  it('visits the array part, then the string keys in insertion order, then the hash part', () => {
    const t = new LuaTable();
    t.set(true, 'T');
    t.set('b', 2);
    t.set(1, 'one');
    t.set('a', 1);
    t.set(0.5, 'half');
    expect(entries(t)).toEqual([
      [1, 'one'],
      ['b', 2],
      ['a', 1],
      [true, 'T'],
      [0.5, 'half'],
    ]);
  });

  it('survives clearing every string field during the traversal', () => {
    const t = filled(40);
    let key: LuaValue = undefined;
    const out: LuaValue[] = [];
    let visited = 0;
    while (t.next(key, out)) {
      key = out[0];
      t.set(key, undefined);
      visited++;
    }
    expect(visited).toBe(40);
    expect(entries(t)).toEqual([]);
    expect(t.shape).not.toBe(DICTIONARY_SHAPE);
  });

  it('resumes from a cleared key and skips fields cleared ahead of the traversal', () => {
    const t = filled(10);
    const out: LuaValue[] = [];
    t.set('k3', undefined);
    t.set('k4', undefined);
    expect(t.next('k3', out)).toBe(true);
    expect(out).toEqual(['k5', 5]);
    t.set('k9', undefined);
    expect(t.next('k8', out)).toBe(false);
  });

  it('raises an error for a string key that the table never had', () => {
    const t = filled(3);
    expect(nextError(t, 'k7')).toBe("invalid key to 'next'");
    expect(nextError(t, '__proto__')).toBe("invalid key to 'next'");
    expect(nextError(new LuaTable(), 'x')).toBe("invalid key to 'next'");
    expect(nextError(t, 'k2')).toBeUndefined();
  });
});

describe('LuaTable dictionary mode', () => {
  it(`switches after ${MAX_SHAPE_KEYS} string keys and keeps every entry`, () => {
    const t = filled(MAX_SHAPE_KEYS);
    expect(t.shape).not.toBe(DICTIONARY_SHAPE);
    expect(t.slots.length).toBe(MAX_SHAPE_KEYS);
    t.setStr('one more', -1);
    expect(t.shape).toBe(DICTIONARY_SHAPE);
    expect(t.slots.length).toBe(0);
    for (let i = 0; i < MAX_SHAPE_KEYS; i++) expect(t.getStr('k' + i)).toBe(i);
    expect(t.get('one more')).toBe(-1);
    expect(t.get('missing')).toBeUndefined();
    const seen = entries(t);
    expect(seen.length).toBe(MAX_SHAPE_KEYS + 1);
    expect(seen[0]).toEqual(['k0', 0]);
    expect(seen[MAX_SHAPE_KEYS]).toEqual(['one more', -1]);
  });

  it('never goes back, and still reads, writes and clears string keys', () => {
    const t = filled(MAX_SHAPE_KEYS + 10);
    for (let i = 0; i < MAX_SHAPE_KEYS + 10; i++) t.setStr('k' + i, undefined);
    expect(entries(t)).toEqual([]);
    t.setStr('x', 1);
    t.set('y', 2);
    expect(t.shape).toBe(DICTIONARY_SHAPE);
    expect(t.get('x')).toBe(1);
    expect(t.getStr('y')).toBe(2);
    expect(entries(t)).toEqual([
      ['x', 1],
      ['y', 2],
    ]);
  });

  it('drops tombstones when it switches, and keeps the order of the live keys', () => {
    const t = new LuaTable();
    t.set(true, 'first in the hash part');
    for (let i = 0; i < MAX_SHAPE_KEYS; i++) t.setStr('k' + i, i);
    for (let i = 0; i < MAX_SHAPE_KEYS; i += 2) t.setStr('k' + i, undefined);
    t.setStr('new', 'last');
    expect(t.shape).toBe(DICTIONARY_SHAPE);
    const keys = entries(t).map(([k]) => k);
    expect(keys.length).toBe(2 + MAX_SHAPE_KEYS / 2);
    expect(keys[0]).toBe(true);
    expect(keys[1]).toBe('k1');
    expect(keys[2]).toBe('k3');
    expect(keys[keys.length - 1]).toBe('new');
  });

  it('switches early when most slots are tombstones', () => {
    const t = filled(16);
    for (let i = 0; i < 9; i++) t.setStr('k' + i, undefined);
    t.setStr('fresh', 1);
    expect(t.shape).toBe(DICTIONARY_SHAPE);
    expect(entries(t).length).toBe(8);
    expect(t.get('k15')).toBe(15);
    expect(t.get('k0')).toBeUndefined();
  });

  it('stays in shape mode while half the slots or fewer are tombstones', () => {
    const t = filled(16);
    for (let i = 0; i < 8; i++) t.setStr('k' + i, undefined);
    t.setStr('fresh', 1);
    expect(t.shape).not.toBe(DICTIONARY_SHAPE);
    expect(t.shape.keys.length).toBe(17);
  });

  it('lets a traversal continue with keys from before the switch', () => {
    // Inserting during a traversal is not allowed in Lua, but keys that survive the switch still
    // work as positions for a traversal that starts afterwards.
    const t = filled(MAX_SHAPE_KEYS + 1);
    const out: LuaValue[] = [];
    expect(t.next('k5', out)).toBe(true);
    expect(out).toEqual(['k6', 6]);
    t.setStr('k6', undefined);
    expect(t.next('k6', out)).toBe(true);
    expect(out).toEqual(['k7', 7]);
    expect(nextError(t, 'never')).toBe("invalid key to 'next'");
  });

  it('survives clearing every key of a large map during the traversal', () => {
    const t = filled(100000);
    for (let i = 1; i <= 100; i++) t.set(i, i);
    t.set(false, 'f');
    let key: LuaValue = undefined;
    const out: LuaValue[] = [];
    let visited = 0;
    while (t.next(key, out)) {
      key = out[0];
      t.set(key, undefined);
      visited++;
    }
    expect(visited).toBe(100101);
    expect(entries(t)).toEqual([]);
  });
});

describe('LuaTable shapes across many tables', () => {
  it('agrees with a model over random string-key operations on many tables', () => {
    // xorshift32: the low bits of a plain LCG repeat too soon to spread keys over tables.
    let seed = 7;
    const random = (n: number) => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    const pool = Array.from({ length: 400 }, (_, i) => (i % 50 === 0 ? '__proto__' : 'f' + i));
    const tables: LuaTable[] = [];
    const models: Map<string, LuaValue>[] = [];
    for (let i = 0; i < 200; i++) {
      tables.push(new LuaTable());
      models.push(new Map());
    }
    for (let step = 0; step < 60000; step++) {
      const which = random(tables.length);
      // Small tables draw from a few keys, others from the whole pool and so turn into maps.
      const key = pool[which < 150 ? random(8) : random(pool.length)];
      const value: LuaValue = random(4) === 0 ? undefined : step;
      tables[which].set(key, value);
      if (value === undefined) models[which].delete(key);
      else models[which].set(key, value);
    }
    for (let i = 0; i < tables.length; i++) {
      expect(new Map(entries(tables[i]))).toEqual(models[i]);
      for (const key of pool) expect(tables[i].getStr(key)).toBe(models[i].get(key));
    }
    expect(tables.some((t) => t.shape === DICTIONARY_SHAPE)).toBe(true);
    expect(tables.some((t) => t.shape !== DICTIONARY_SHAPE)).toBe(true);
  });

  it('shares shapes among many records and handles many distinct one-key tables', () => {
    const records: LuaTable[] = [];
    for (let i = 0; i < 10000; i++) {
      const t = new LuaTable(0, 3);
      t.setStr('id', i);
      t.setStr('name', 'n' + i);
      if (i % 3 === 0) t.setStr('extra', true);
      records.push(t);
    }
    expect(new Set(records.map((t) => t.shape)).size).toBe(2);
    expect(records[9999].get('name')).toBe('n9999');

    const singles: LuaTable[] = [];
    for (let i = 0; i < 5000; i++) {
      const t = new LuaTable();
      t.setStr('unique' + i, i);
      singles.push(t);
    }
    for (let i = 0; i < 5000; i++) {
      expect(singles[i].getStr('unique' + i)).toBe(i);
      expect(singles[i].getStr('unique' + (i + 1))).toBeUndefined();
      expect(entries(singles[i])).toEqual([['unique' + i, i]]);
    }
  });
});

describe('tables made by constructors with constant string keys (NEWRECORD)', () => {
  const state = new LuaState();
  const make = state.callRaw(
    state.loadRaw('return function(a, b) return { a = a, b = b, 10, c = 1, a = a } end', '=test'),
  )[0] as LuaFunction;
  const build = (a: LuaValue, b: LuaValue): LuaTable => state.callRaw(make, [a, b])[0] as LuaTable;

  it('get the shape of all the keys, in order, whichever values are nil', () => {
    const tables = [build(1, 2), build(undefined, 2), build(1, undefined), build(undefined, undefined)];
    for (const t of tables) expect(t.shape).toBe(tables[0].shape);
    expect(tables[0].shape.keys).toEqual(['a', 'b', 'c']);
    expect(entries(tables[0])).toEqual([[1, 10], ['a', 1], ['b', 2], ['c', 1]]);
    expect(entries(tables[3])).toEqual([[1, 10], ['c', 1]]);
  });

  it('keep that shape when a nil field is filled, and give it back to next in slot order', () => {
    const t = build(undefined, undefined);
    t.setStr('b', 'B');
    t.setStr('a', 'A');
    expect(t.shape).toBe(build(1, 2).shape);
    expect(entries(t)).toEqual([[1, 10], ['a', 'A'], ['b', 'B'], ['c', 1]]);
  });

  it('add new keys after the reserved ones, filled or not', () => {
    const t = build(undefined, undefined);
    t.setStr('a', undefined);
    t.setStr('z', 'Z');
    expect(t.shape.keys).toEqual(['a', 'b', 'c', 'z']);
    const full = build(1, 2);
    full.setStr('z', 'y');
    expect(full.shape).toBe(t.shape);
    expect(t.getStr('z')).toBe('Z');
    expect(t.getStr('a')).toBeUndefined();
    t.setStr('b', 'B');
    expect(entries(t)).toEqual([[1, 10], ['b', 'B'], ['c', 1], ['z', 'Z']]);
    const u = state.callRaw(state.loadRaw('return { p = nil, q = nil }', '=test'))[0] as LuaTable;
    u.setStr('r', 1);
    expect(u.shape.keys).toEqual(['p', 'q', 'r']);
    expect(entries(u)).toEqual([['r', 1]]);
    u.setStr('q', 2);
    expect(entries(u)).toEqual([['q', 2], ['r', 1]]);
  });

  it('reserve nothing for a constructor without constant string keys', () => {
    const t = state.callRaw(state.loadRaw('local k = "a" return { [k] = 1, 2 }', '=test'))[0] as LuaTable;
    expect(t.shape.keys).toEqual(['a']);
    const empty = state.callRaw(state.loadRaw('return {}', '=test'))[0] as LuaTable;
    expect(empty.shape).toBe(EMPTY_SHAPE);
  });
});
