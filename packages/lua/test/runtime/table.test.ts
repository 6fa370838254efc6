import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { LuaRuntimeError } from '../../src/runtime/errors.js';
import { LuaTable } from '../../src/runtime/table.js';
import { LuaUserdata, type LuaValue } from '../../src/runtime/value.js';

/** The runtime error message raised by fn, or undefined when it raises none. */
function errorOf(fn: () => void): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof LuaRuntimeError) return e.message;
    throw e;
  }
  return undefined;
}

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

/** Whether n is a border of t, as Lua 5.1 defines the result of `#`. */
function isBorder(t: LuaTable, n: number): boolean {
  return (n === 0 || t.get(n) !== undefined) && t.get(n + 1) === undefined;
}

describe('LuaTable raw access', () => {
  it('stores and reads keys of every type', () => {
    const t = new LuaTable();
    const inner = new LuaTable();
    const userdata = new LuaUserdata(null);
    t.set('x', 1);
    t.set(1, 'one');
    t.set(2.5, 'two and a half');
    t.set(-3, 'minus three');
    t.set(true, 'yes');
    t.set(false, 'no');
    t.set(inner, 'table');
    t.set(userdata, 'userdata');
    t.set(2 ** 40, 'big');
    expect(t.get('x')).toBe(1);
    expect(t.get(1)).toBe('one');
    expect(t.get(2.5)).toBe('two and a half');
    expect(t.get(-3)).toBe('minus three');
    expect(t.get(true)).toBe('yes');
    expect(t.get(false)).toBe('no');
    expect(t.get(inner)).toBe('table');
    expect(t.get(userdata)).toBe('userdata');
    expect(t.get(2 ** 40)).toBe('big');
    expect(t.get(new LuaTable())).toBeUndefined();
    expect(t.get('y')).toBeUndefined();
  });

  it('keeps the string "1" and the number 1 apart', () => {
    const t = new LuaTable();
    t.set(1, 'number');
    t.set('1', 'string');
    expect(t.get(1)).toBe('number');
    expect(t.getStr('1')).toBe('string');
    expect(t.length()).toBe(1);
  });

  it('treats 2.0 as the key 2 and -0 as the key 0', () => {
    const t = new LuaTable();
    t.set(2.0, 'a');
    expect(t.get(2)).toBe('a');
    t.set(-0, 'zero');
    expect(t.get(0)).toBe('zero');
    expect(t.getInt(-0)).toBe('zero');
    const keys = entries(t).map(([k]) => k);
    expect(keys).toContain(0);
    expect(keys.some((k) => Object.is(k, -0))).toBe(false);
  });

  it('has specialised accessors that agree with get and set', () => {
    const t = new LuaTable();
    t.setStr('name', 'lua');
    t.setInt(1, 10);
    t.setInt(7, 70);
    t.setInt(1.5, 15);
    expect(t.getStr('name')).toBe('lua');
    expect(t.get('name')).toBe('lua');
    expect(t.getInt(1)).toBe(10);
    expect(t.getInt(7)).toBe(70);
    expect(t.getInt(1.5)).toBe(15);
    expect(t.getInt(NaN)).toBeUndefined();
    expect(t.getInt(Infinity)).toBeUndefined();
  });

  it('treats keys like __proto__ and constructor as ordinary keys', () => {
    const t = new LuaTable();
    const names = ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf', 'prototype', '__defineGetter__'];
    for (const name of names) expect(t.get(name)).toBeUndefined();
    names.forEach((name, i) => t.set(name, i));
    names.forEach((name, i) => expect(t.get(name)).toBe(i));
    expect(entries(t).length).toBe(names.length);
    t.set('__proto__', undefined);
    expect(t.get('__proto__')).toBeUndefined();
    expect(entries(t).length).toBe(names.length - 1);
  });

  it('raises Lua errors for nil and NaN keys on assignment', () => {
    const t = new LuaTable();
    expect(errorOf(() => t.set(undefined, 1))).toBe('table index is nil');
    expect(errorOf(() => t.set(NaN, 1))).toBe('table index is NaN');
    expect(errorOf(() => t.setInt(NaN, 1))).toBe('table index is NaN');
    // Reading with such keys is allowed and yields nil.
    expect(t.get(undefined)).toBeUndefined();
    expect(t.get(NaN)).toBeUndefined();
  });

  it('removes a key when nil is assigned', () => {
    const t = new LuaTable();
    t.set('a', 1);
    t.set(1, 1);
    t.set(100, 1);
    t.set('a', undefined);
    t.set(1, undefined);
    t.set(100, undefined);
    expect(entries(t)).toEqual([]);
    expect(t.length()).toBe(0);
  });

  it('ignores a nil assignment to a missing key', () => {
    const t = new LuaTable();
    t.set('missing', undefined);
    t.set(1, undefined);
    t.set(5, undefined);
    expect(entries(t)).toEqual([]);
  });
});

describe('LuaTable array part', () => {
  it('moves hash entries into the array part when the array reaches them', () => {
    const t = new LuaTable();
    t.set(2, 'b');
    t.set(1, 'a');
    expect(t.array).toEqual(['a', 'b']);
    expect(t.length()).toBe(2);
  });

  it('finds the length of a table filled backwards through the hash part', () => {
    const t = new LuaTable();
    t.set(3, 1);
    t.set(2, 1);
    t.set(1, 1);
    expect(t.length()).toBe(3);
    const u = new LuaTable();
    for (let i = 1000; i >= 1; i--) u.set(i, i);
    expect(u.length()).toBe(1000);
    expect(u.array.length).toBe(1024);
  });

  it('finds the length of a table filled in a shuffled order', () => {
    const keys = Array.from({ length: 500 }, (_, i) => i + 1);
    let seed = 7;
    for (let i = keys.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const j = seed % (i + 1);
      [keys[i], keys[j]] = [keys[j], keys[i]];
    }
    const t = new LuaTable();
    for (const k of keys) t.set(k, k * 2);
    expect(t.length()).toBe(500);
    for (let i = 1; i <= 500; i++) expect(t.get(i)).toBe(i * 2);
  });

  it('returns a border when the table has holes', () => {
    const t = new LuaTable();
    for (let i = 1; i <= 10; i++) t.set(i, i);
    t.set(10, undefined);
    expect(t.length()).toBe(9);
    t.set(5, undefined);
    expect(isBorder(t, t.length())).toBe(true);
    for (let i = 1; i <= 10; i++) t.set(i, undefined);
    expect(t.length()).toBe(0);
    t.set(20, 'far');
    expect(t.length()).toBe(0);
  });

  it('keeps length at n for a table filled 1..n even after sets beyond n + 1', () => {
    const t = new LuaTable();
    for (let i = 1; i <= 5; i++) t.set(i, i);
    t.set(7, 7);
    expect(t.length()).toBe(5);
    t.set(6, 6);
    expect(t.length()).toBe(7);
  });

  it('treats an array slot set back to a value as present again', () => {
    const t = new LuaTable();
    for (let i = 1; i <= 4; i++) t.set(i, i);
    t.set(4, undefined);
    t.set(3, undefined);
    expect(t.length()).toBe(2);
    t.set(3, 'x');
    expect(t.length()).toBe(3);
    t.set(4, 'y');
    t.set(5, 'z');
    expect(t.length()).toBe(5);
  });

  it('drops a stale hash tombstone when the array grows over its key', () => {
    const t = new LuaTable();
    t.set(3, 'three');
    t.set(3, undefined);
    t.set(1, 'a');
    t.set(2, 'b');
    t.set(3, 'c');
    t.set(4, 'd');
    expect(entries(t)).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
      [4, 'd'],
    ]);
    expect(t.length()).toBe(4);
  });

  it('gives up the array part of a queue that is consumed from the front', () => {
    const t = new LuaTable();
    let head = 1;
    let tail = 0;
    for (let step = 0; step < 100000; step++) {
      t.set(++tail, step);
      if (tail - head >= 10) {
        if (t.get(head) !== head - 1) throw new Error(`lost the entry ${head}`);
        t.set(head++, undefined);
      }
    }
    expect(t.array.length).toBeLessThan(1000);
    for (let k = head; k <= tail; k++) expect(t.get(k)).toBe(k - 1);
    expect(entries(t).length).toBe(tail - head + 1);
  });
});

describe('LuaTable traversal with next', () => {
  it('visits every entry once, array part first', () => {
    const t = new LuaTable();
    t.set('x', 'X');
    for (let i = 1; i <= 3; i++) t.set(i, i * 10);
    t.set(true, 'T');
    t.set(10, 100);
    const seen = entries(t);
    expect(seen.slice(0, 3)).toEqual([
      [1, 10],
      [2, 20],
      [3, 30],
    ]);
    expect(new Map(seen)).toEqual(
      new Map<LuaValue, LuaValue>([
        [1, 10],
        [2, 20],
        [3, 30],
        ['x', 'X'],
        [true, 'T'],
        [10, 100],
      ]),
    );
  });

  it('returns false for an empty table and after the last entry', () => {
    const out: LuaValue[] = [];
    expect(new LuaTable().next(undefined, out)).toBe(false);
    const t = new LuaTable();
    t.set('only', 1);
    expect(t.next(undefined, out)).toBe(true);
    expect(t.next('only', out)).toBe(false);
  });

  it('raises an error for a key that is not in the table', () => {
    const t = new LuaTable();
    t.set('a', 1);
    t.set(1, 1);
    const out: LuaValue[] = [];
    expect(errorOf(() => t.next('b', out))).toBe("invalid key to 'next'");
    expect(errorOf(() => t.next(5, out))).toBe("invalid key to 'next'");
    expect(errorOf(() => t.next(1.5, out))).toBe("invalid key to 'next'");
    expect(errorOf(() => t.next(NaN, out))).toBe("invalid key to 'next'");
  });

  it('survives clearing every field during the traversal', () => {
    const t = new LuaTable();
    for (let i = 1; i <= 50; i++) t.set(i, i);
    for (let i = 0; i < 200; i++) t.set('k' + i, i);
    const out: LuaValue[] = [];
    let key: LuaValue = undefined;
    let visited = 0;
    while (t.next(key, out)) {
      key = out[0];
      t.set(key, undefined);
      visited++;
    }
    expect(visited).toBe(250);
    expect(entries(t)).toEqual([]);
    expect(t.length()).toBe(0);
  });

  it('survives clearing fields not yet visited, and skips them', () => {
    const t = new LuaTable();
    for (let i = 0; i < 100; i++) t.set('k' + i, i);
    for (let i = 1; i <= 20; i++) t.set(i, i);
    const out: LuaValue[] = [];
    let key: LuaValue = undefined;
    const seen: LuaValue[] = [];
    while (t.next(key, out)) {
      key = out[0];
      seen.push(key);
      // Remove the odd-numbered fields ahead of the traversal, and the last array entry.
      if (key === 'k0') for (let i = 1; i < 100; i += 2) t.set('k' + i, undefined);
      if (key === 1) t.set(20, undefined);
    }
    expect(seen.length).toBe(19 + 50);
    expect(seen).not.toContain('k1');
    expect(seen).not.toContain(20);
  });

  it('allows assigning new values to existing fields during the traversal', () => {
    const t = new LuaTable();
    for (let i = 0; i < 100; i++) t.set('k' + i, i);
    for (let i = 1; i <= 10; i++) t.set(i, i);
    const out: LuaValue[] = [];
    let key: LuaValue = undefined;
    let visited = 0;
    while (t.next(key, out)) {
      key = out[0];
      t.set(key, (out[1] as number) * 2);
      visited++;
    }
    expect(visited).toBe(110);
    expect(t.get('k99')).toBe(198);
    expect(t.get(10)).toBe(20);
  });

  it('continues from a key whose value was set to nil', () => {
    const t = new LuaTable();
    t.set('a', 1);
    t.set('b', 2);
    t.set('c', 3);
    t.set(1, 'x');
    t.set(2, 'y');
    t.set('b', undefined);
    t.set(2, undefined);
    const out: LuaValue[] = [];
    expect(t.next('b', out)).toBe(true);
    expect(out[0]).toBe('c');
    expect(t.next(2, out)).toBe(true);
    expect(out[0]).toBe('a');
  });
});

describe('LuaTable compared with a simple model', () => {
  it('agrees on contents, length and traversal over random operations', () => {
    const model = new Map<LuaValue, LuaValue>();
    const t = new LuaTable();
    const objects = [new LuaTable(), new LuaTable(), new LuaUserdata(1)];
    let seed = 2024;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const randomKey = (): LuaValue => {
      switch (random(6)) {
        case 0:
        case 1:
          return 1 + random(40);
        case 2:
          return 's' + random(30);
        case 3:
          return random(2) === 0 ? random(10) + 0.5 : -random(5);
        case 4:
          return objects[random(objects.length)];
        default:
          return random(2) === 0;
      }
    };
    for (let step = 0; step < 20000; step++) {
      const key = randomKey();
      const value: LuaValue = random(3) === 0 ? undefined : step;
      t.set(key, value);
      if (value === undefined) model.delete(key);
      else model.set(key, value);
      if (step % 97 === 0) {
        expect(new Map(entries(t))).toEqual(model);
        expect(isBorder(t, t.length())).toBe(true);
      }
      if (t.get(key) !== value) throw new Error(`step ${step}: wrong value read back`);
    }
  });
});

describe('LuaTable with 100k elements', () => {
  it('holds a large array, a large hash and survives churn', () => {
    const n = 100000;
    const t = new LuaTable();
    for (let i = 1; i <= n; i++) t.set(i, i);
    expect(t.length()).toBe(n);
    expect(t.array.length).toBe(131072);
    const h = new LuaTable();
    for (let i = 0; i < n; i++) h.setStr('key' + i, i);
    for (let i = 0; i < n; i += 2) h.setStr('key' + i, undefined);
    for (let i = 0; i < n; i++) h.setStr('new' + i, i);
    expect(entries(h).length).toBe(n / 2 + n);
    expect(h.getStr('key1')).toBe(1);
    expect(h.getStr('key2')).toBeUndefined();
    expect(h.getStr('new99999')).toBe(99999);
    let sum = 0;
    const out: LuaValue[] = [];
    let key: LuaValue = undefined;
    while (t.next(key, out)) {
      key = out[0];
      sum += out[1] as number;
    }
    expect(sum).toBe((n * (n + 1)) / 2);
  });

  it('handles sparse integer keys in the hash part', () => {
    const t = new LuaTable();
    for (let i = 1; i <= 100000; i++) t.set(i * 7, i);
    expect(t.length()).toBe(0);
    expect(t.get(700000)).toBe(100000);
    expect(entries(t).length).toBe(100000);
  });
});

function luaAvailable(): boolean {
  try {
    execFileSync('lua5.1', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!luaAvailable())('LuaTable length against the lua5.1 binary', () => {
  it('finds the same border as lua5.1 for appended and constructed tables with holes', () => {
    let seed = 31;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const scenarios: { constructed: boolean; size: number; holes: number[] }[] = [];
    for (let i = 0; i < 400; i++) {
      const size = 1 + random(100);
      const holes = Array.from({ length: random(Math.min(size, 8)) }, () => 1 + random(size));
      scenarios.push({ constructed: i % 2 === 1, size, holes });
    }
    // Appended: t[1..size] = true in a loop, then the holes set to nil. Constructed: a table
    // constructor listing `size` items with the holes written as nil.
    const script = `for line in io.stdin:lines() do
      local kind, size, rest = line:match("(%a+) (%d+)(.*)")
      size = tonumber(size)
      local holes = {}
      for h in rest:gmatch("%d+") do holes[tonumber(h)] = true end
      local t
      if kind == "appended" then
        t = {}
        for i = 1, size do t[i] = true end
        for h in pairs(holes) do t[h] = nil end
      else
        local items = {}
        for i = 1, size do items[i] = holes[i] and "nil" or "true" end
        t = loadstring("return {" .. table.concat(items, ",") .. "}")()
      end
      print(#t)
    end`;
    const input = scenarios
      .map((s) => `${s.constructed ? 'constructed' : 'appended'} ${s.size} ${s.holes.join(' ')}`)
      .join('\n');
    const expected = execFileSync('lua5.1', ['-e', script], { input: input + '\n' })
      .toString()
      .trim()
      .split('\n')
      .map(Number);
    const actual = scenarios.map((s) => {
      const t = s.constructed ? new LuaTable(s.size, 0) : new LuaTable();
      const holes = new Set(s.holes);
      for (let i = 1; i <= s.size; i++) if (!(s.constructed && holes.has(i))) t.setInt(i, true);
      if (!s.constructed) for (const h of holes) t.setInt(h, undefined);
      return t.length();
    });
    expect(actual).toEqual(expected);
  });
});
