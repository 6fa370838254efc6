import type { NativeFunction } from '@deegen/ir';
import { LuaFunction } from '../runtime/function.js';
import type { LuaRealm } from '../runtime/realm.js';
import type { LuaTable } from '../runtime/table.js';

/** A builtin as a Lua function value; `name` is what messages and tracebacks call it. */
export function builtin(realm: LuaRealm, name: string, fn: NativeFunction): LuaFunction {
  return new LuaFunction(null, fn, [], realm.globals, name);
}

/** Sets each builtin of `fns` in `table` under its name, and returns the table. */
export function defineBuiltins(realm: LuaRealm, table: LuaTable, fns: Readonly<Record<string, NativeFunction>>): LuaTable {
  for (const name of Object.keys(fns)) table.setStr(name, builtin(realm, name, fns[name]));
  return table;
}
