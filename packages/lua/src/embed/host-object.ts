import type { NativeFunction, Thread } from '@deegen/ir';
import { defineBuiltins } from '../lib/builtins.js';
import { arg, typeError } from '../lib/args.js';
import { callerError } from '../runtime/errors.js';
import { LuaTable as RawTable } from '../runtime/table.js';
import { LuaUserdata } from '../runtime/value.js';
import type { LuaValue } from '../runtime/value.js';
import type { Bridge } from './bridge.js';
import { decodeStrict } from './bytes.js';

/**
 * JS objects seen from Lua by reference: a userdata whose `__index` reads the object's own
 * enumerable data properties and nothing else (no prototype, no getters, no `constructor`), and
 * whose `__newindex` writes own data properties when the object was shared writable. Arrays are
 * indexed from 1, as Lua sequences are, and `#` gives their length.
 */
export class HostRef {
  constructor(
    readonly target: object,
    readonly writable: boolean,
  ) {}
}

/** What `proxy(obj)` returns: asks for `obj` to enter Lua by reference rather than as a copy. */
export class ProxyRequest {
  constructor(
    readonly target: object,
    readonly writable: boolean,
  ) {}
}

/**
 * Shares a JS object or array with Lua by reference (a userdata) instead of copying it; with
 * `writable`, Lua code may also assign its own properties. Use it as a value given to the state
 * (`lua.set('config', proxy(config))`, an argument, a result).
 */
export function proxy(target: object, options: { writable?: boolean } = {}): ProxyRequest {
  if ((typeof target !== 'object' && typeof target !== 'function') || target === null) {
    throw new TypeError('proxy() needs an object');
  }
  return new ProxyRequest(target, options.writable === true);
}

/** Objects and arrays a copy turns into tables (and a proxy shares as objects): not class instances. */
export function isPlainObject(v: object): boolean {
  if (Array.isArray(v)) return true;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function hostRef(t: Thread, base: number, argc: number): HostRef {
  const u = arg(t, base, argc, 0);
  if (u instanceof LuaUserdata && u.data instanceof HostRef) return u.data;
  return typeError(t, 0, 'host object', u, argc > 0);
}

/** The property a Lua key names on `target`, or undefined when it names none (reads give nil). */
function propertyName(target: object, key: LuaValue): string | undefined {
  if (Array.isArray(target)) {
    if (typeof key !== 'number' || !Number.isInteger(key) || key < 1) return undefined;
    return String(key - 1);
  }
  if (typeof key === 'string') return decodeStrict(key);
  if (typeof key === 'number') return String(key);
  return undefined;
}

/** The value of an own enumerable data property, or undefined (absent, accessor, hidden). */
export function ownData(target: object, name: string): { value: unknown } | undefined {
  const d = Object.getOwnPropertyDescriptor(target, name);
  if (d === undefined || !d.enumerable || !('value' in d)) return undefined;
  return { value: d.value };
}

function readProperty(bridge: Bridge, ref: HostRef, key: LuaValue): LuaValue {
  const name = propertyName(ref.target, key);
  if (name === undefined) return undefined;
  const d = ownData(ref.target, name);
  if (d === undefined) return undefined;
  return bridge.toLuaShared(d.value, ref.writable);
}

function writeArray(bridge: Bridge, target: unknown[], key: LuaValue, value: LuaValue): void {
  const n = target.length;
  if (typeof key !== 'number' || !Number.isInteger(key) || key < 1 || key > n + 1) {
    callerError('host array index out of range');
  }
  // `t[#t] = nil` shortens the array, as it shortens a Lua sequence.
  if (value === undefined && key === n) {
    target.length = n - 1;
    return;
  }
  if (!Reflect.defineProperty(target, String(key - 1), { value: bridge.fromLua(value), writable: true, enumerable: true, configurable: true })) {
    callerError('cannot assign to this host array');
  }
}

function writeObject(bridge: Bridge, target: object, key: LuaValue, value: LuaValue): void {
  const name = propertyName(target, key);
  if (name === undefined) return callerError('invalid key for a host object');
  const d = Object.getOwnPropertyDescriptor(target, name);
  // Only own data properties are ever written: a setter (own or inherited, `__proto__` included)
  // is never run, and `__proto__` becomes an ordinary own property.
  if (d !== undefined && (!('value' in d) || d.writable !== true)) {
    return callerError(`cannot assign field '${name}' of a host object`);
  }
  if (value === undefined) {
    if (d !== undefined && !Reflect.deleteProperty(target, name)) callerError(`cannot remove field '${name}' of a host object`);
    return;
  }
  const desc = d !== undefined ? { value: bridge.fromLua(value) } : { value: bridge.fromLua(value), writable: true, enumerable: true, configurable: true };
  if (!Reflect.defineProperty(target, name, desc)) callerError(`cannot add field '${name}' to a host object`);
}

/** The metatable every host object of a state shares; `getmetatable` sees only `false`. */
export function hostMetatable(bridge: Bridge): RawTable {
  const realm = bridge.realm;
  const fns: Record<string, NativeFunction> = {
    __index(t, base, argc) {
      t.stack[base] = readProperty(bridge, hostRef(t, base, argc), arg(t, base, argc, 1));
      return 1;
    },
    __newindex(t, base, argc) {
      const ref = hostRef(t, base, argc);
      if (!ref.writable) return callerError('attempt to modify a read-only host object');
      const key = arg(t, base, argc, 1);
      const value = arg(t, base, argc, 2);
      if (Array.isArray(ref.target)) writeArray(bridge, ref.target, key, value);
      else writeObject(bridge, ref.target, key, value);
      return 0;
    },
    __len(t, base, argc) {
      const ref = hostRef(t, base, argc);
      if (!Array.isArray(ref.target)) return callerError('attempt to get length of a host object');
      t.stack[base] = ref.target.length;
      return 1;
    },
  };
  const mt = defineBuiltins(realm, new RawTable(), fns);
  mt.setStr('__metatable', false);
  return mt;
}
