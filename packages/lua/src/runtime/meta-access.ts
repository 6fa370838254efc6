import type { Thread } from '@deegen/ir';
import { runtimeError } from './errors.js';
import { LuaFunction } from './function.js';
import { getMetamethod } from './metatables.js';
import { realmOf } from './realm.js';
import { LuaTable } from './table.js';
import { typeErrorMessage } from './type-errors.js';
import type { LuaValue } from './value.js';

/** lua5.1 stops following `__index`/`__newindex` chains after this many steps. */
const MAX_CHAIN = 100;

/**
 * `obj[key]` with `__index`, for builtins (lua_gettable): handlers are called synchronously with
 * `t.call`. Bytecodes do the same walk in their semantics, with continuations instead.
 */
export function indexMeta(t: Thread, obj: LuaValue, key: LuaValue): LuaValue {
  for (let i = 0; i < MAX_CHAIN; i++) {
    let h: LuaValue;
    if (obj instanceof LuaTable) {
      const v = obj.get(key);
      if (v !== undefined || obj.metatable === undefined) return v;
      h = obj.metatable.getStr('__index');
      if (h === undefined) return undefined;
    } else {
      h = getMetamethod(realmOf(t), obj, '__index');
      if (h === undefined) return runtimeError(typeErrorMessage(obj, 'index'));
    }
    if (h instanceof LuaFunction) return t.call2(h, obj, key) as LuaValue;
    obj = h;
  }
  return runtimeError('loop in gettable');
}

/** `obj[key] = value` with `__newindex`, for builtins (lua_settable). */
export function newIndexMeta(t: Thread, obj: LuaValue, key: LuaValue, value: LuaValue): void {
  for (let i = 0; i < MAX_CHAIN; i++) {
    let h: LuaValue;
    if (obj instanceof LuaTable) {
      h = obj.metatable === undefined ? undefined : obj.metatable.getStr('__newindex');
      if (h === undefined || obj.get(key) !== undefined) {
        obj.set(key, value);
        return;
      }
    } else {
      h = getMetamethod(realmOf(t), obj, '__newindex');
      if (h === undefined) return runtimeError(typeErrorMessage(obj, 'index'));
    }
    if (h instanceof LuaFunction) {
      t.call(h, [obj, key, value]);
      return;
    }
    obj = h;
  }
  return runtimeError('loop in settable');
}
