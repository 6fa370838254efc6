import type { Thread } from '@deegen/ir';
import { LuaError } from '../runtime/errors.js';
import { LuaFunction } from '../runtime/function.js';
import { getMetamethod } from '../runtime/metatables.js';
import { realmOf } from '../runtime/realm.js';
import { LuaTable } from '../runtime/table.js';
import { typeErrorMessage } from '../runtime/type-errors.js';
import type { LuaValue } from '../runtime/value.js';
import { callValue } from './package-call.js';

/** lua5.1 stops following `__index`/`__newindex` chains after this many steps. */
const MAX_CHAIN = 100;

/** `obj[key]` with `__index`, as lua_getfield does for the package library. */
export function getField(t: Thread, obj: LuaValue, key: string): LuaValue {
  const realm = realmOf(t);
  for (let i = 0; i < MAX_CHAIN; i++) {
    let h: LuaValue;
    if (obj instanceof LuaTable) {
      const v = obj.getStr(key);
      if (v !== undefined || obj.metatable === undefined) return v;
      h = obj.metatable.getStr('__index');
      if (h === undefined) return undefined;
    } else {
      h = getMetamethod(realm, obj, '__index');
      if (h === undefined) throw new LuaError(typeErrorMessage(obj, 'index'));
    }
    if (h instanceof LuaFunction) return callValue(t, h, [obj, key])[0];
    obj = h;
  }
  throw new LuaError('loop in gettable');
}

/** `obj[key] = value` with `__newindex`, as lua_setfield/lua_settable do. */
export function setField(t: Thread, obj: LuaValue, key: string, value: LuaValue): void {
  const realm = realmOf(t);
  for (let i = 0; i < MAX_CHAIN; i++) {
    let h: LuaValue;
    if (obj instanceof LuaTable) {
      h = obj.metatable === undefined ? undefined : obj.metatable.getStr('__newindex');
      if (h === undefined || obj.getStr(key) !== undefined) {
        obj.setStr(key, value);
        return;
      }
    } else {
      h = getMetamethod(realm, obj, '__newindex');
      if (h === undefined) throw new LuaError(typeErrorMessage(obj, 'index'));
    }
    if (h instanceof LuaFunction) {
      callValue(t, h, [obj, key, value]);
      return;
    }
    obj = h;
  }
  throw new LuaError('loop in settable');
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
