import { LuaFunction } from './function.js';
import type { LuaRealm } from './realm.js';
import { DICTIONARY_SHAPE, EVENT_IDS } from './shape.js';
import { LuaTable } from './table.js';
import { LuaUserdata } from './value.js';
import type { LuaValue } from './value.js';

/** The metatable of any value (tables and userdata carry their own; other types share one per type). */
export function getMetatable(realm: LuaRealm, v: LuaValue): LuaTable | undefined {
  if (v instanceof LuaTable) return v.metatable;
  switch (typeof v) {
    case 'string':
      return realm.stringMeta;
    case 'number':
      return realm.numberMeta;
    case 'boolean':
      return realm.booleanMeta;
    case 'undefined':
      return realm.nilMeta;
    default:
      if (v instanceof LuaUserdata) return v.metatable;
      if (v instanceof LuaFunction) return realm.functionMeta;
      return realm.threadMeta;
  }
}

/**
 * `metatable(v)[event]`, raw, or undefined. A metatable in shape mode answers from the slot its
 * shape remembers for the event (Shape.eventSlot), without a lookup by name.
 */
export function getMetamethod(realm: LuaRealm, v: LuaValue, event: string): LuaValue {
  const mt = getMetatable(realm, v);
  return mt === undefined ? undefined : eventOf(mt, event);
}

/**
 * Whether assigning a key absent from table `t` stores it in `t` itself: `t` has no metatable, or
 * one without `__newindex` (the store fast path of SETFIELD, for a field that is a tombstone).
 */
export function storesRaw(t: LuaTable): boolean {
  const mt = t.metatable;
  return mt === undefined || eventOf(mt, '__newindex') === undefined;
}

/** `mt[event]`, raw, through the slot mt's shape remembers for the event when it has one. */
function eventOf(mt: LuaTable, event: string): LuaValue {
  const shape = mt.shape;
  const id = EVENT_IDS[event];
  if (shape === DICTIONARY_SHAPE || typeof id !== 'number') return mt.getStr(event);
  const slot = shape.eventSlot(id, event);
  return slot < 0 ? undefined : mt.slots[slot];
}

/** The handler of a binary event: the first operand's, else the second's (Lua 5.1's getbinhandler). */
export function binaryHandler(realm: LuaRealm, a: LuaValue, b: LuaValue, event: string): LuaValue {
  const h = getMetamethod(realm, a, event);
  return h !== undefined ? h : getMetamethod(realm, b, event);
}

/**
 * The handler for `__eq`, `__lt` and `__le` (Lua 5.1's getcomphandler): both operands must have
 * the same handler (raw-equal), else there is none.
 */
export function comparisonHandler(realm: LuaRealm, a: LuaValue, b: LuaValue, event: string): LuaValue {
  const h1 = getMetamethod(realm, a, event);
  if (h1 === undefined) return undefined;
  const h2 = getMetamethod(realm, b, event);
  if (h1 === h2) return h1;
  if (typeof h1 === 'number' && typeof h2 === 'number' && h1 === h2) return h1;
  return undefined;
}
