import type { NativeFunction, Thread } from '@deegen/ir';
import { checkString } from '../lib/args.js';
import { openLibs } from '../lib/index.js';
import type { LibraryName } from '../lib/index.js';
import { compileFunction } from '../lib/load.js';
import { setPackagePaths } from '../lib/package.js';
import { awaitThenable, isThenable } from '../runtime/await.js';
import { isUncatchable } from '../runtime/uncatchable.js';
import { LuaError } from '../runtime/errors.js';
import { builtin } from '../lib/builtins.js';
import { arrayToByteString, decodeLenient, textToByteString } from './bytes.js';
import { LuaFunction } from '../runtime/function.js';
import { globalsOf, realmOf } from '../runtime/realm.js';
import type { LuaRealm } from '../runtime/realm.js';
import { LuaTable } from '../runtime/table.js';
import { whereOf } from '../runtime/traceback.js';
import type { LuaValue } from '../runtime/value.js';

/**
 * Capabilities beyond the safe default, each granted by name (`new LuaState({ grant: [...] })`):
 * - `io`: the io library (files, standard streams, popen);
 * - `os`: the rest of os: getenv, execute, exit, remove, rename, tmpname, setlocale;
 * - `debug`: the debug library (it can read and change any local, upvalue and metatable);
 * - `package`: require and module searching files along package.path/cpath, and package.loadlib;
 * - `loadfile`, `dofile`: the base functions that read files;
 * - `binary-chunks`: load and friends accept precompiled text (this VM reads no binary format,
 *   so such chunks then fail as lua5.1 fails on a chunk it cannot read; without the grant they
 *   are refused with "attempt to load a binary chunk").
 * `grant: 'all'` grants every one (the `deegen-lua` command does).
 */
export type LuaGrant = 'io' | 'os' | 'debug' | 'package' | 'loadfile' | 'dofile' | 'binary-chunks';

export const ALL_GRANTS: readonly LuaGrant[] = ['io', 'os', 'debug', 'package', 'loadfile', 'dofile', 'binary-chunks'];

/** The functions of os that read the clock and format dates: what every state gets. */
const SAFE_OS = ['clock', 'date', 'difftime', 'time'];

/** A host's source of modules for `require`: the source text of module `name` (as `LuaState.load` takes it), or undefined. */
export type RequireLoader = (name: string) => ModuleSource | PromiseLike<ModuleSource>;

/** A module's source text (a JS string, run as UTF-8, or bytes), or undefined when there is none. */
export type ModuleSource = string | Uint8Array | undefined;

export interface SandboxOptions {
  readonly grant?: readonly LuaGrant[] | 'all';
  readonly require?: RequireLoader;
  /** LUA_PATH and LUA_CPATH, for the `package` grant. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** The grants of `options` as a set; unknown names are an error, so that a typo never grants less silently. */
export function grantsOf(options: SandboxOptions): ReadonlySet<LuaGrant> {
  const g = options.grant;
  if (g === undefined) return new Set();
  if (g === 'all') return new Set(ALL_GRANTS);
  for (const name of g) {
    if (!ALL_GRANTS.includes(name)) throw new TypeError(`unknown grant '${String(name)}' (known: ${ALL_GRANTS.join(', ')}, or 'all')`);
  }
  return new Set(g);
}

/**
 * Opens the libraries a state gets. Safe by default, as an allowlist: the base library without
 * loadfile and dofile (load and loadstring take source text only), string, table, math,
 * coroutine, and os.clock/date/difftime/time. `require` (with `package` and `module`) exists when
 * the `package` grant lets it search files, or when the embedder gives a `require` loader, which
 * is then searched after package.preload (and before files). package.loaded lists exactly the
 * libraries that are open.
 */
export function openGrantedLibraries(realm: LuaRealm, options: SandboxOptions): void {
  const grants = grantsOf(options);
  const withPackage = grants.has('package') || options.require !== undefined;
  const include = (name: LibraryName): boolean => {
    if (name === 'package') return withPackage;
    if (name === 'io' || name === 'debug') return grants.has(name);
    return true;
  };
  openLibs(realm, include);
  const g = realm.globals;
  if (!grants.has('loadfile')) g.setStr('loadfile', undefined);
  if (!grants.has('dofile')) g.setStr('dofile', undefined);
  if (!grants.has('os')) {
    const os = g.getStr('os');
    if (os instanceof LuaTable) {
      const names: string[] = [];
      os.forEachEntry((k) => names.push(k as string));
      for (const name of names) if (!SAFE_OS.includes(name)) os.setStr(name, undefined);
    }
  }
  realm.binaryChunks = grants.has('binary-chunks');
  if (withPackage) configurePackage(realm, grants.has('package'), options);
}

/** Files (`package` grant) and/or the host's loader as `require`'s searchers. */
function configurePackage(realm: LuaRealm, files: boolean, options: SandboxOptions): void {
  const pkg = realm.globals.getStr('package');
  if (!(pkg instanceof LuaTable)) return;
  const loaders = pkg.getStr('loaders');
  if (!(loaders instanceof LuaTable)) return;
  if (files) setPackagePaths(realm, options.env ?? {});
  const searchers: LuaValue[] = [];
  for (let i = 1; loaders.getInt(i) !== undefined; i++) searchers.push(loaders.getInt(i));
  const preload = searchers[0];
  const rest = files ? searchers.slice(1) : [];
  if (!files) {
    for (const field of ['path', 'cpath', 'loadlib']) pkg.setStr(field, undefined);
  }
  const host = options.require === undefined ? [] : [new LuaFunction(null, hostSearcher(options.require), [], pkg, '')];
  const list = [preload, ...host, ...rest];
  for (let i = 0; i < searchers.length || i < list.length; i++) loaders.setInt(i + 1, list[i] as LuaValue);
}

/** A `package.loaders` searcher asking the embedder's loader for the module's source. */
function hostSearcher(loader: RequireLoader): NativeFunction {
  return (t, base, argc) => {
    const name = checkString(t, base, argc, 0);
    let source: ModuleSource | PromiseLike<ModuleSource>;
    try {
      source = loader(decodeLenient(name));
    } catch (e) {
      throw new LuaError(`${whereOf(t.frame)}${loadError(name, e)}`);
    }
    if (isThenable(source)) {
      // An asynchronous loader: the module's loader waits for the source (under runAsync; a
      // synchronous run gets awaitThenable's error), then runs the chunk. `require` calls
      // loaders in a way a wait can suspend; it calls searchers in a way it cannot.
      const pending = source;
      t.stack[base] = builtin(realmOf(t), name, (t2, b) =>
        awaitThenable(
          t2,
          b,
          pending,
          (t3, b3, value) => runModule(t3, b3, name, value as ModuleSource),
          (_t3, reason) => {
            if (isUncatchable(reason)) throw reason;
            throw new LuaError(loadError(name, reason));
          },
        ),
      );
      return 1;
    }
    if (source === undefined) {
      t.stack[base] = `\n\tno module '${name}' from the host`;
      return 1;
    }
    t.stack[base] = compileModule(t, name, source, whereOf(t.frame));
    return 1;
  };
}

function loadError(name: string, why: unknown): string {
  let text: string;
  try {
    text = why instanceof Error ? why.message : String(why);
  } catch {
    text = 'the loader failed';
  }
  return `error loading module '${name}' from the host:\n\t${textToByteString(text)}`;
}

/** A module's chunk from what the loader gave (an error for anything but source text). */
function compileModule(t: Thread, name: string, source: unknown, where: string): LuaFunction {
  let bytes: string;
  if (typeof source === 'string') bytes = textToByteString(source);
  else if (source instanceof Uint8Array) bytes = arrayToByteString(source);
  else throw new LuaError(`${where}error loading module '${name}' from the host:\n\tthe loader returned a ${typeof source}, not source text`);
  const fn = compileFunction(bytes, `=${name}`, globalsOf(t), realmOf(t).binaryChunks);
  if (typeof fn === 'string') throw new LuaError(`${where}error loading module '${name}' from the host:\n\t${fn}`);
  return fn;
}

/** For an asynchronous loader's source: compiles the chunk and runs it as `require` runs a loader. */
function runModule(t: Thread, base: number, name: string, source: ModuleSource): number {
  if (source === undefined) throw new LuaError(`module '${name}' not found from the host`);
  const fn = compileModule(t, name, source, '');
  t.ensureStack(base + 2);
  t.stack[base + 1] = name;
  return t.callThen(base, fn, base + 1, 1, (t2, retBase, retCount) => {
    t2.stack[base] = retCount > 0 ? t2.stack[retBase] : undefined;
    return 1;
  });
}
