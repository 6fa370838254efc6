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

/**
 * Opens the standard libraries into a realm, in lua5.1's order (base first).
 * Each library module exports one `openX(realm)`; add new libraries here.
 */
export function openLibs(realm: LuaRealm): void {
  openBase(realm);
  openLoad(realm);
  openCoroutine(realm);
  openPackage(realm);
  openTable(realm);
  openIo(realm);
  openOs(realm);
  openString(realm);
  openMath(realm);
  openDebug(realm);
  // Last: every library table opened above is entered into package.loaded.
  registerLibraries(realm);
}
