import { FRAME_GUEST } from '@deegen/ir';
import type { NativeContinuation, NativeFunction } from '@deegen/ir';
import { callerError } from '../runtime/errors.js';
import { LuaFunction } from '../runtime/function.js';
import { formatNumber } from '../runtime/number-format.js';
import type { LuaRealm } from '../runtime/realm.js';
import { globalsOf } from '../runtime/realm.js';
import { LuaTable } from '../runtime/table.js';
import { LuaUserdata } from '../runtime/value.js';
import type { LuaValue } from '../runtime/value.js';
import { checkString, checkTable } from './args.js';
import { callValue } from './package-call.js';
import { findTable, getField, setField } from './package-fields.js';
import { DEFAULT_CPATH, DEFAULT_PATH, PACKAGE_CONFIG, searchPath } from './package-paths.js';
import type { Environment } from './package-paths.js';
import { NO_DYNAMIC_LIBRARIES, SEARCHERS } from './package-searchers.js';

/**
 * The package library: require, module and the `package` table. Loaded modules live in one
 * table that is both `package.loaded` and the registry's `_LOADED`; require and module keep
 * using that table even if `package.loaded` is reassigned, as in lua5.1.
 */

/** The names lua5.1's standard libraries are registered under in `package.loaded`. */
const LIBRARY_NAMES = ['_G', 'package', 'coroutine', 'table', 'io', 'os', 'string', 'math', 'debug'] as const;

/** The registry's `_LOADED` table, created on first use. */
function loadedTable(realm: LuaRealm): LuaTable {
  const v = realm.registry.getStr('_LOADED');
  if (v instanceof LuaTable) return v;
  const loaded = new LuaTable();
  realm.registry.setStr('_LOADED', loaded);
  return loaded;
}

/** The part of a module name up to and including its last dot ("a.b." for "a.b.c"), '' without dots. */
function packagePrefix(name: string): string {
  return name.slice(0, name.lastIndexOf('.') + 1);
}

/** Builds require for one state: `loading` marks modules whose loader is running. */
function makeRequire(pkg: LuaTable, loaded: LuaTable, loading: LuaUserdata): NativeFunction {
  /** After the loader returned: record its result (true when it gave none) and return the module. */
  const finish: NativeContinuation = (t, retBase, retCount, frame) => {
    const name = t.stack[frame.base] as string;
    const result = retCount > 0 ? (t.stack[retBase] as LuaValue) : undefined;
    if (result !== undefined) setField(t, loaded, name, result);
    let module = getField(t, loaded, name);
    if (module === loading) {
      module = true;
      setField(t, loaded, name, module);
    }
    t.stack[frame.base] = module;
    return 1;
  };

  return (t, base, argc) => {
    const name = checkString(t, base, argc, 0);
    const have = getField(t, loaded, name);
    if (have !== undefined && have !== false) {
      if (have === loading) callerError(`loop or previous error loading module '${name}'`);
      t.stack[base] = have;
      return 1;
    }
    const searchers = getField(t, pkg, 'loaders');
    if (!(searchers instanceof LuaTable)) callerError("'package.loaders' must be a table");
    let tried = '';
    let loader: LuaFunction;
    for (let i = 1; ; i++) {
      const searcher = searchers.getInt(i);
      if (searcher === undefined) callerError(`module '${name}' not found:${tried}`);
      const found = callValue(t, searcher, [name])[0];
      if (found instanceof LuaFunction) {
        loader = found;
        break;
      }
      if (typeof found === 'string') tried += found;
      else if (typeof found === 'number') tried += formatNumber(found);
    }
    setField(t, loaded, name, loading);
    // The name stays at `base` for `finish`; the loader gets it as its one argument.
    t.ensureStack(base + 2);
    t.stack[base] = name;
    t.stack[base + 1] = name;
    return t.callThen(base, loader, base + 1, 1, finish);
  };
}

/**
 * `module(name, ...)`: finds or creates the module table (in package.loaded, else at the dotted
 * global path), initialises `_M`, `_NAME` and `_PACKAGE` once, makes it the environment of the
 * calling Lua function and applies each option function to it (package.seeall, say).
 */
function makeModule(loaded: LuaTable): NativeFunction {
  return (t, base, argc) => {
    const name = checkString(t, base, argc, 0);
    const options: LuaValue[] = [];
    for (let i = 1; i < argc; i++) options.push(t.stack[base + i] as LuaValue);
    let mod = getField(t, loaded, name);
    if (!(mod instanceof LuaTable)) {
      const created = findTable(t, globalsOf(t), name);
      if (created === undefined) callerError(`name conflict for module '${name}'`);
      mod = created;
      setField(t, loaded, name, mod);
    }
    if (getField(t, mod, '_NAME') === undefined) {
      setField(t, mod, '_M', mod);
      setField(t, mod, '_NAME', name);
      setField(t, mod, '_PACKAGE', packagePrefix(name));
    }
    // When a builtin runs, the thread's frame is its caller's: it must be a Lua function.
    const caller = t.frame;
    if (caller.kind !== FRAME_GUEST) callerError("'module' not called from a Lua function");
    (caller.callee as LuaFunction).env = mod;
    for (const option of options) callValue(t, option, [mod]);
    return 0;
  };
}

/** `package.seeall(m)`: globals show through the module (its metatable's `__index`). */
const seeall: NativeFunction = (t, base, argc) => {
  const mod = checkTable(t, base, argc, 0);
  let mt = mod.metatable;
  if (mt === undefined) {
    mt = new LuaTable();
    mod.setMetatable(mt);
  }
  mt.setStr('__index', globalsOf(t));
  return 0;
};

/** `package.loadlib(path, init)`: as a lua5.1 built without dynamic libraries answers. */
const loadlib: NativeFunction = (t, base, argc) => {
  checkString(t, base, argc, 0);
  checkString(t, base, argc, 1);
  t.stack[base] = undefined;
  t.stack[base + 1] = NO_DYNAMIC_LIBRARIES;
  t.stack[base + 2] = 'absent';
  return 3;
};

/** Installs `package`, `require` and `module`. The searchers read their settings from `package`. */
export function openPackage(realm: LuaRealm): void {
  const g = realm.globals;
  const pkg = new LuaTable();
  const loaded = loadedTable(realm);
  const builtin = (name: string, fn: NativeFunction): LuaFunction => new LuaFunction(null, fn, [], pkg, name);
  const searchers = new LuaTable();
  for (let i = 0; i < SEARCHERS.length; i++) searchers.setInt(i + 1, builtin('', SEARCHERS[i]));
  pkg.setStr('loaders', searchers);
  pkg.setStr('loaded', loaded);
  pkg.setStr('preload', new LuaTable());
  pkg.setStr('path', DEFAULT_PATH);
  pkg.setStr('cpath', DEFAULT_CPATH);
  pkg.setStr('config', PACKAGE_CONFIG);
  pkg.setStr('loadlib', builtin('loadlib', loadlib));
  pkg.setStr('seeall', builtin('seeall', seeall));
  g.setStr('package', pkg);
  loaded.setStr('package', pkg);
  g.setStr('require', builtin('require', makeRequire(pkg, loaded, new LuaUserdata(undefined))));
  g.setStr('module', builtin('module', makeModule(loaded)));
}

/**
 * Sets package.path and package.cpath from LUA_PATH and LUA_CPATH in `env` (`;;` standing for
 * the default), as lua5.1 does when it opens the library.
 */
export function setPackagePaths(realm: LuaRealm, env: Environment): void {
  const pkg = loadedTable(realm).getStr('package');
  if (!(pkg instanceof LuaTable)) return;
  pkg.setStr('path', searchPath(env, 'LUA_PATH', DEFAULT_PATH));
  pkg.setStr('cpath', searchPath(env, 'LUA_CPATH', DEFAULT_CPATH));
}

/**
 * Enters every standard library table that is open into package.loaded (and `_G`), as lua5.1's
 * libraries each do when they open; run once all libraries are open.
 */
export function registerLibraries(realm: LuaRealm): void {
  const loaded = loadedTable(realm);
  for (const name of LIBRARY_NAMES) {
    const lib = realm.globals.getStr(name);
    if (loaded.getStr(name) === undefined && lib instanceof LuaTable) loaded.setStr(name, lib);
  }
}
