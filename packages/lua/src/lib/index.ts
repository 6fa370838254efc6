import type { LuaRealm } from '../runtime/realm.js';
import { openBase } from './base.js';
import { openCoroutine } from './coroutine.js';

/**
 * Opens the standard libraries into a realm, in lua5.1's order (base first).
 * Each library module exports one `openX(realm)`; add new libraries here.
 */
export function openLibs(realm: LuaRealm): void {
  openBase(realm);
  openCoroutine(realm);
}
