import type { NativeFunction } from '@deegen/ir';
import { callerError } from '../runtime/errors.js';
import { LuaFunction } from '../runtime/function.js';
import { formatNumber } from '../runtime/number-format.js';
import { typeName } from '../runtime/raw-ops.js';
import type { LuaRealm } from '../runtime/realm.js';
import { LuaTable } from '../runtime/table.js';
import type { LuaValue } from '../runtime/value.js';
import { arg, checkCInt, checkFunction, checkTable, optCInt, optString } from './args.js';
import { sortTable } from './table-sort.js';
import { builtin } from './builtins.js';
import { bytesWork, chargeWork, reserveMemory } from '../embed/limits.js';

/**
 * The `table` library of Lua 5.1. Lengths are the raw `#` (lua5.1's luaL_getn ignores `__len`,
 * which tables do not have in 5.1 anyway), and every element access is raw. Positions are C
 * ints, converted as lua5.1 converts them (checkCInt).
 */

/** `table.insert(t, [pos,] v)`. The two-argument append is the hot case. */
const insert: NativeFunction = (t, base, argc) => {
  const tbl = t.stack[base];
  if (argc === 2 && tbl instanceof LuaTable) {
    tbl.setInt(tbl.length() + 1, t.stack[base + 1] as LuaValue);
    return 0;
  }
  // Not a table (an error below), or a position given, or a wrong argument count.
  const target = checkTable(t, base, argc, 0);
  if (argc !== 3) return callerError("wrong number of arguments to 'insert'");
  let end = target.length() + 1;
  const pos = checkCInt(t, base, argc, 1);
  // A position past the end leaves a gap; nothing moves.
  if (pos > end) end = pos;
  chargeWork(t, end - pos);
  for (let i = end; i > pos; i--) target.setInt(i, target.getInt(i - 1));
  target.setInt(pos, t.stack[base + 2] as LuaValue);
  return 0;
};

/** `table.remove(t [, pos])`: nothing (no result at all) when pos is outside 1..#t. */
const remove: NativeFunction = (t, base, argc) => {
  const tbl = t.stack[base];
  if (argc === 1 && tbl instanceof LuaTable) {
    const n = tbl.length();
    if (n === 0) return 0;
    t.stack[base] = tbl.getInt(n);
    tbl.setInt(n, undefined);
    return 1;
  }
  const target = checkTable(t, base, argc, 0);
  const n = target.length();
  let pos = optCInt(t, base, argc, 1, n);
  if (!(pos >= 1 && pos <= n)) return 0;
  chargeWork(t, n - pos);
  const removed = target.getInt(pos);
  for (; pos < n; pos++) target.setInt(pos, target.getInt(pos + 1));
  target.setInt(n, undefined);
  t.stack[base] = removed;
  return 1;
};

/** One element of `table.concat`: strings as they are, numbers as tostring writes them. */
function concatPiece(tbl: LuaTable, i: number): string {
  const v = tbl.getInt(i);
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatNumber(v);
  return callerError(`invalid value (${typeName(v)}) at index ${formatNumber(i)} in table for 'concat'`);
}

/** `table.concat(t [, sep [, i [, j]]])`; lua5.1 checks the separator before the table. */
const concat: NativeFunction = (t, base, argc) => {
  const sep = optString(t, base, argc, 1, '');
  const tbl = checkTable(t, base, argc, 0);
  let i = optCInt(t, base, argc, 2, 1);
  const last = arg(t, base, argc, 3) === undefined ? tbl.length() : checkCInt(t, base, argc, 3);
  let out = '';
  // The result is reserved and charged (one instruction per element and per BYTES_PER_INSTRUCTION
  // bytes) as it grows, so that a huge range or huge elements stop early.
  let charged = 0;
  let chargedAt = i;
  for (; i < last; i++) {
    out += concatPiece(tbl, i);
    out += sep;
    if (out.length - charged >= 1 << 16 || i - chargedAt >= 1 << 12) {
      reserveMemory(t, out.length - charged);
      chargeWork(t, bytesWork(out.length - charged) + i - chargedAt);
      charged = out.length;
      chargedAt = i;
    }
  }
  if (i === last) out += concatPiece(tbl, i);
  reserveMemory(t, out.length - charged);
  chargeWork(t, bytesWork(out.length - charged) + i - chargedAt);
  t.stack[base] = out;
  return 1;
};

/** `table.sort(t [, comp])`. */
const sort: NativeFunction = (t, base, argc) => {
  const tbl = checkTable(t, base, argc, 0);
  const n = tbl.length();
  let cmp: LuaFunction | undefined;
  if (arg(t, base, argc, 1) !== undefined) cmp = checkFunction(t, base, argc, 1);
  // About n log2 n comparisons (a comparator's calls are charged as they happen, too).
  if (n > 1) chargeWork(t, n * Math.ceil(Math.log2(n)));
  sortTable(t, tbl, n, cmp);
  return 0;
};

/** `table.maxn(t)`: the largest positive number key (not only integers), or 0. */
const maxn: NativeFunction = (t, base, argc) => {
  const tbl = checkTable(t, base, argc, 0);
  const out: LuaValue[] = [undefined, undefined];
  let max = 0;
  let key: LuaValue = undefined;
  chargeWork(t, tbl.array.length + tbl.slots.length + tbl.hashSlots);
  while (tbl.next(key, out)) {
    key = out[0];
    if (typeof key === 'number' && key > max) max = key;
  }
  t.stack[base] = max;
  return 1;
};

/** `table.getn(t)`: `#t`. */
const getn: NativeFunction = (t, base, argc) => {
  t.stack[base] = checkTable(t, base, argc, 0).length();
  return 1;
};

/** `table.setn`: lua5.1.5 keeps the name but no longer supports explicit sizes. */
const setn: NativeFunction = (t, base, argc) => {
  checkTable(t, base, argc, 0);
  return callerError("'setn' is obsolete");
};

/** `table.foreachi(t, f)`: f(i, t[i]) for i = 1..#t (measured once); stops at a non-nil result. */
const foreachi: NativeFunction = (t, base, argc) => {
  const tbl = checkTable(t, base, argc, 0);
  const n = tbl.length();
  const f = checkFunction(t, base, argc, 1);
  for (let i = 1; i <= n; i++) {
    const r = t.call2(f, i, tbl.getInt(i)) as LuaValue;
    if (r !== undefined) {
      t.stack[base] = r;
      return 1;
    }
  }
  return 0;
};

/** `table.foreach(t, f)`: f(k, v) for every entry in `next` order; stops at a non-nil result. */
const foreach: NativeFunction = (t, base, argc) => {
  const tbl = checkTable(t, base, argc, 0);
  const f = checkFunction(t, base, argc, 1);
  const out: LuaValue[] = [undefined, undefined];
  let key: LuaValue = undefined;
  while (tbl.next(key, out)) {
    key = out[0];
    const r = t.call2(f, key, out[1]) as LuaValue;
    if (r !== undefined) {
      t.stack[base] = r;
      return 1;
    }
  }
  return 0;
};

/** Creates the `table` library and makes it the global `table`. */
export function openTable(realm: LuaRealm): void {
  const g = realm.globals;
  const lib = new LuaTable();
  const define = (name: string, fn: NativeFunction): void => {
    lib.setStr(name, builtin(realm, name, fn));
  };
  define('concat', concat);
  define('foreach', foreach);
  define('foreachi', foreachi);
  define('getn', getn);
  define('maxn', maxn);
  define('insert', insert);
  define('remove', remove);
  define('setn', setn);
  define('sort', sort);
  g.setStr('table', lib);
}
