import type { NativeFunction } from '@deegen/ir';
import { LuaFunction } from '../runtime/function.js';
import type { LuaRealm } from '../runtime/realm.js';
import { LuaTable } from '../runtime/table.js';
import { format } from './format.js';
import { byte, char, dump, len, lower, rep, reverse, sub, upper } from './string-basic.js';
import { find, gmatch, gsub, match } from './string-search.js';
import { builtin } from './builtins.js';

/**
 * Opens the string library: the `string` table, and the metatable every string shares, whose
 * `__index` is that table so that `("x"):rep(3)` and `s:format(...)` work.
 */
export function openString(realm: LuaRealm): LuaTable {
  const lib = new LuaTable();
  const define = (name: string, fn: NativeFunction): LuaFunction => {
    const f = builtin(realm, name, fn);
    lib.setStr(name, f);
    return f;
  };
  define('byte', byte);
  define('char', char);
  define('dump', dump);
  define('find', find);
  define('format', format);
  // lua5.1 is built with LUA_COMPAT_GFIND: `gfind` is the same function as `gmatch`.
  lib.setStr('gfind', define('gmatch', gmatch));
  define('gsub', gsub);
  define('len', len);
  define('lower', lower);
  define('match', match);
  define('rep', rep);
  define('reverse', reverse);
  define('sub', sub);
  define('upper', upper);
  realm.globals.setStr('string', lib);
  const meta = new LuaTable();
  meta.setStr('__index', lib);
  realm.stringMeta = meta;
  return lib;
}
