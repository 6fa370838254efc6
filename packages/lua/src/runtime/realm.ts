import type { Thread } from '@deegen/ir';
import type { LuaCoroutine } from './coroutine.js';
import type { LuaFunction } from './function.js';
import { LuaTable } from './table.js';

/**
 * Per-state data shared by every thread of one Lua state: the globals, the registry and the
 * metatables of non-table types (Lua 5.1 keeps one per type; strings get theirs from the string
 * library).
 */
export class LuaRealm {
  readonly globals = new LuaTable();
  readonly registry = new LuaTable();
  stringMeta: LuaTable | undefined = undefined;
  numberMeta: LuaTable | undefined = undefined;
  booleanMeta: LuaTable | undefined = undefined;
  nilMeta: LuaTable | undefined = undefined;
  functionMeta: LuaTable | undefined = undefined;
  threadMeta: LuaTable | undefined = undefined;
  /** Iterator functions that `pairs` and `ipairs` return (set by the base library). */
  nextFn: LuaFunction | undefined = undefined;
  ipairsStepFn: LuaFunction | undefined = undefined;
  /** The coroutine running now (undefined: the main thread), and how many resumes are nested. */
  currentCoroutine: LuaCoroutine | undefined = undefined;
  resumeDepth = 0;
  /** Where `print` and `io.write` send bytes (one char code per byte). */
  write: (text: string) => void;

  constructor(write: (text: string) => void) {
    this.write = write;
  }
}

export function realmOf(t: Thread): LuaRealm {
  return t.realm as LuaRealm;
}
