import { LuaTable as RawTable } from '../runtime/table.js';
import type { LuaValue } from '../runtime/value.js';
import { decodeStrict } from './bytes.js';

/** A property name for a Lua key: numbers as JS writes them, strings when valid UTF-8; else none. */
function propertyKey(k: LuaValue): string | undefined {
  if (typeof k === 'number') return String(k);
  if (typeof k === 'string') return decodeStrict(k);
  return undefined;
}

/** Whether the table's keys are exactly 1..n for some n >= 1 (a Lua sequence with nothing else). */
function isSequence(t: RawTable): boolean {
  const n = t.length();
  if (n === 0) return false;
  const out: LuaValue[] = [undefined, undefined];
  let count = 0;
  let key: LuaValue = undefined;
  while (t.next(key, out)) {
    key = out[0];
    if (typeof key !== 'number' || !Number.isInteger(key) || key < 1 || key > n) return false;
    count++;
  }
  return count === n;
}

/**
 * A Lua table as plain JS data, deeply: `root` becomes an array (`t[1]..t[#t]`) or a
 * null-prototype object as asked; nested tables become arrays when their keys are exactly 1..n,
 * else null-prototype objects. Object keys are numbers (as JS writes them) and strings that are
 * valid UTF-8; other keys are left out. A table met twice becomes the same JS value, so cycles
 * survive. `leaf` converts every value that is not a table.
 */
export function tableToPlain(root: RawTable, as: 'array' | 'object', leaf: (v: LuaValue) => unknown): unknown {
  const made = new Map<RawTable, unknown[] | Record<string, unknown>>();
  const work: RawTable[] = [];
  const containerFor = (t: RawTable, shape?: 'array' | 'object'): unknown => {
    let c = made.get(t);
    if (c === undefined) {
      const kind = shape ?? (isSequence(t) ? 'array' : 'object');
      c = kind === 'array' ? [] : (Object.create(null) as Record<string, unknown>);
      made.set(t, c);
      work.push(t);
    }
    return c;
  };
  const convert = (v: LuaValue): unknown => (v instanceof RawTable ? containerFor(v) : leaf(v));
  const result = containerFor(root, as);
  const out: LuaValue[] = [undefined, undefined];
  while (work.length > 0) {
    const t = work.pop()!;
    const c = made.get(t)!;
    if (Array.isArray(c)) {
      const n = t.length();
      for (let i = 1; i <= n; i++) c.push(convert(t.getInt(i)));
      continue;
    }
    let key: LuaValue = undefined;
    while (t.next(key, out)) {
      key = out[0];
      const name = propertyKey(key);
      if (name !== undefined) c[name] = convert(out[1]);
    }
  }
  return result;
}
