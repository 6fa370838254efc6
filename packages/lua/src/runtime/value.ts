import type { LuaCoroutine } from './coroutine.js';
import type { LuaFunction } from './function.js';
import type { LuaTable } from './table.js';

/**
 * The Lua value model on a JS host (docs/architecture.md, "Values"):
 * nil is `undefined`, booleans and numbers are JS booleans and doubles, strings are JS strings
 * holding one byte per char code (0..255), and the reference types are classes (a coroutine is
 * a LuaCoroutine).
 */
export type LuaValue = undefined | boolean | number | string | LuaTable | LuaFunction | LuaUserdata | LuaCoroutine;

/** Full userdata (`newproxy` and embedder objects). */
export class LuaUserdata {
  metatable: LuaTable | undefined = undefined;
  constructor(public data: unknown) {}
}
