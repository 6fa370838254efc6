import type { LuaRealm } from '../runtime/realm.js';
import { openBase } from './base.js';
import { openCoroutine } from './coroutine.js';
import { openDebug } from './debug.js';
import { openIo } from './io.js';
import { openLoad } from './load.js';
import { openMath } from './math.js';
import { openOs } from './os.js';
import { openPackage, registerLibraries } from './package.js';
import { openString } from './string.js';
import { openTable } from './table.js';

/** The standard libraries, by the name of their opener. */
export type LibraryName = 'base' | 'load' | 'coroutine' | 'package' | 'table' | 'io' | 'os' | 'string' | 'math' | 'debug';

/**
 * Opens the standard libraries into a realm, in lua5.1's order (base first): all of them, or those
 * `include` accepts (embed/sandbox.ts decides which a state gets).
 * Each library module exports one `openX(realm)`; add new libraries here.
 */
export function openLibs(realm: LuaRealm, include: (name: LibraryName) => boolean = () => true): void {
  const openers: readonly [LibraryName, (realm: LuaRealm) => unknown][] = [
    ['base', openBase],
    ['load', openLoad],
    ['coroutine', openCoroutine],
    ['package', openPackage],
    ['table', openTable],
    ['io', openIo],
    ['os', openOs],
    ['string', openString],
    ['math', openMath],
    ['debug', openDebug],
  ];
  for (const [name, open] of openers) if (include(name)) open(realm);
  // Last: every library table opened above is entered into package.loaded.
  registerLibraries(realm);
}
