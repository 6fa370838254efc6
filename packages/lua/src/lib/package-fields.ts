import type { Thread } from '@deegen/ir';
import { LuaTable } from '../runtime/table.js';
import type { LuaValue } from '../runtime/value.js';
import { indexMeta, newIndexMeta } from '../runtime/meta-access.js';

/** `obj[key]` with `__index`, as lua_getfield does for the package library. */
export function getField(t: Thread, obj: LuaValue, key: string): LuaValue {
  return indexMeta(t, obj, key);
}

/** `obj[key] = value` with `__newindex`, as lua_setfield/lua_settable do. */
export function setField(t: Thread, obj: LuaValue, key: string, value: LuaValue): void {
  newIndexMeta(t, obj, key, value);
}

/**
 * The table at dotted path `name` below `root` ("a.b.c" is root.a.b.c), creating missing levels
 * as lua5.1's luaL_findtable does (each level read raw, new tables stored with `__newindex`).
 * Returns undefined when some level holds a value that is not a table.
 */
export function findTable(t: Thread, root: LuaTable, name: string): LuaTable | undefined {
  let tbl = root;
  for (const part of name.split('.')) {
    let v = tbl.getStr(part);
    if (v === undefined) {
      v = new LuaTable();
      setField(t, tbl, part, v);
    } else if (!(v instanceof LuaTable)) return undefined;
    tbl = v;
  }
  return tbl;
}
