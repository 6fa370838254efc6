import { LuaTable as RawTable } from '../runtime/table.js';
import type { LuaValue } from '../runtime/value.js';
import { textToByteString } from './bytes.js';
import { isPlainObject, ownData } from './host-object.js';

/**
 * Copies a plain JS object or array into new Lua tables, nested ones included. Arrays become
 * sequences (element 0 at key 1); objects give their own enumerable data properties as string
 * keys (getters are not run, symbols and inherited properties are left out). An object met
 * twice becomes the same table, so shared parts and cycles survive. Iterative: deeply nested
 * input cannot exhaust the JS stack. `leaf` converts every other value.
 */
export function copyToTable(root: object, leaf: (v: unknown) => LuaValue): RawTable {
  const made = new Map<object, RawTable>();
  const work: object[] = [];
  const tableFor = (o: object): RawTable => {
    let t = made.get(o);
    if (t === undefined) {
      t = new RawTable();
      made.set(o, t);
      work.push(o);
    }
    return t;
  };
  const convert = (v: unknown): LuaValue => (typeof v === 'object' && v !== null && isPlainObject(v) ? tableFor(v) : leaf(v));
  const top = tableFor(root);
  while (work.length > 0) {
    const o = work.pop()!;
    const t = made.get(o)!;
    if (Array.isArray(o)) {
      for (let i = 0; i < o.length; i++) {
        const d = ownData(o, String(i));
        if (d !== undefined) t.setInt(i + 1, convert(d.value));
      }
      continue;
    }
    for (const name of Object.keys(o)) {
      const d = ownData(o, name);
      if (d !== undefined) t.setStr(textToByteString(name), convert(d.value));
    }
  }
  return top;
}
