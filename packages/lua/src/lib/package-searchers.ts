import type { NativeFunction, Thread } from '@deegen/ir';
import { LuaError } from '../runtime/errors.js';
import type { LuaFunction } from '../runtime/function.js';
import { formatNumber } from '../runtime/number-format.js';
import { realmOf } from '../runtime/realm.js';
import { LuaTable } from '../runtime/table.js';
import { whereOf } from '../runtime/traceback.js';
import { checkString } from './args.js';
import { loadFile } from './load.js';
import { getField } from './package-fields.js';
import { isReadable } from './package-fs.js';

/**
 * The four searchers of lua5.1's `package.loaders`, in its order: preload, Lua files along
 * package.path, C libraries along package.cpath, and the all-in-one C loader. Each gets a module
 * name and returns a loader function, a string explaining where it looked, or nothing.
 *
 * Like lua5.1's, they read `preload`, `path` and `cpath` from their environment, which is the
 * package table (their `env`), so replacing a field of `package` changes where they look.
 */

/** What lua5.1 answers for any attempt to load native code, as a build without dynamic libraries. */
export const NO_DYNAMIC_LIBRARIES = 'dynamic libraries not enabled; check your Lua installation';

/** The package table a searcher reads its settings from. */
function packageOf(t: Thread): LuaTable {
  return (t.currentNative as LuaFunction).env;
}

/**
 * luaL_error from a searcher: positioned at the searcher's caller, computed now, because when
 * require calls a searcher its caller is require itself, a builtin, and there is no position.
 */
function raise(t: Thread, message: string): never {
  throw new LuaError(whereOf(t.frame) + message);
}

function loadError(t: Thread, name: string, file: string, why: string): never {
  return raise(t, `error loading module '${name}' from file '${file}':\n\t${why}`);
}

/**
 * The first readable file among the templates of `package[field]` with every `?` replaced by
 * `name` (dots turned into directory separators), or the "no file" lines for each place tried.
 */
function findFile(t: Thread, name: string, field: 'path' | 'cpath'): { file: string } | { tried: string } {
  const raw = getField(t, packageOf(t), field);
  const path = typeof raw === 'number' ? formatNumber(raw) : raw;
  if (typeof path !== 'string') raise(t, `'package.${field}' must be a string`);
  const fileName = name.split('.').join('/');
  let tried = '';
  for (const template of path.split(';')) {
    if (template === '') continue;
    const file = template.split('?').join(fileName);
    if (isReadable(realmOf(t).host, file)) return { file };
    tried += `\n\tno file '${file}'`;
  }
  return { tried };
}

const preloadSearcher: NativeFunction = (t, base, argc) => {
  const name = checkString(t, base, argc, 0);
  const preload = getField(t, packageOf(t), 'preload');
  if (!(preload instanceof LuaTable)) raise(t, "'package.preload' must be a table");
  const loader = getField(t, preload, name);
  t.stack[base] = loader === undefined ? `\n\tno field package.preload['${name}']` : loader;
  return 1;
};

const luaSearcher: NativeFunction = (t, base, argc) => {
  const name = checkString(t, base, argc, 0);
  const found = findFile(t, name, 'path');
  if (!('file' in found)) {
    t.stack[base] = found.tried;
    return 1;
  }
  const fn = loadFile(t, found.file);
  if (typeof fn === 'string') loadError(t, name, found.file, fn);
  t.stack[base] = fn;
  return 1;
};

const cSearcher: NativeFunction = (t, base, argc) => {
  const name = checkString(t, base, argc, 0);
  const found = findFile(t, name, 'cpath');
  if (!('file' in found)) {
    t.stack[base] = found.tried;
    return 1;
  }
  return loadError(t, name, found.file, NO_DYNAMIC_LIBRARIES);
};

/** For `a.b.c`, a C library for `a` that would hold every submodule; names without a dot are not its business. */
const allInOneSearcher: NativeFunction = (t, base, argc) => {
  const name = checkString(t, base, argc, 0);
  const dot = name.indexOf('.');
  if (dot < 0) return 0;
  const found = findFile(t, name.slice(0, dot), 'cpath');
  if (!('file' in found)) {
    t.stack[base] = found.tried;
    return 1;
  }
  return loadError(t, name, found.file, NO_DYNAMIC_LIBRARIES);
};

export const SEARCHERS: readonly NativeFunction[] = [preloadSearcher, luaSearcher, cSearcher, allInOneSearcher];
