import type { Frame, NativeFunction, Thread } from '@deegen/ir';
import { TernError, TernThrow } from '../runtime/errors.js';
import { TFloat } from '../runtime/float.js';
import { display, typeName } from '../runtime/format.js';
import { TFunction } from '../runtime/function.js';
import { TObject } from '../runtime/object.js';
import { realmOf } from '../runtime/realm.js';
import type { TernRealm } from '../runtime/realm.js';
import type { Value } from '../runtime/value.js';

// A builtin reads its arguments from t.stack[base ..] and writes its result to t.stack[base].
// The CALL bytecode has already checked the arity, so argument counts need no checks here.

function arg(t: Thread, base: number, i: number): Value {
  return t.stack[base + i] as Value;
}

function result(t: Thread, base: number, v: Value): number {
  t.stack[base] = v;
  return 1;
}

function expect(name: string, what: string, v: Value): never {
  throw new TernThrow(`${name}: expected ${what}, got ${typeName(v)}`);
}

const print: NativeFunction = (t, base) => {
  realmOf(t).write(`${display(arg(t, base, 0))}\n`);
  return 0;
};

const len: NativeFunction = (t, base) => {
  const v = arg(t, base, 0);
  if (Array.isArray(v) || typeof v === 'string') return result(t, base, v.length);
  if (v instanceof TObject) return result(t, base, v.shape.keys.length);
  return expect('len', 'an array, string or object', v);
};

const push: NativeFunction = (t, base) => {
  const a = arg(t, base, 0);
  if (!Array.isArray(a)) return expect('push', 'an array', a);
  a.push(arg(t, base, 1));
  return 0;
};

const pop: NativeFunction = (t, base) => {
  const a = arg(t, base, 0);
  if (!Array.isArray(a)) return expect('pop', 'an array', a);
  if (a.length === 0) throw new TernThrow('pop: array is empty');
  return result(t, base, a.pop());
};

const str: NativeFunction = (t, base) => result(t, base, display(arg(t, base, 0)));

const type: NativeFunction = (t, base) => result(t, base, typeName(arg(t, base, 0)));

/** float to int truncates toward zero; the result must fit in 32 bits. */
const int: NativeFunction = (t, base) => {
  const v = arg(t, base, 0);
  if (typeof v === 'number') return result(t, base, v);
  let x: number;
  if (v instanceof TFloat) x = Math.trunc(v.v);
  else if (typeof v === 'string' && /^\s*-?[0-9]+\s*$/.test(v)) x = Number(v);
  else return expect('int', 'a number or a numeric string', v);
  if (!(x >= -2147483648 && x <= 2147483647)) throw new TernThrow(`int: ${display(v)} is out of the int range`);
  return result(t, base, x | 0);
};

const float: NativeFunction = (t, base) => {
  const v = arg(t, base, 0);
  if (v instanceof TFloat) return result(t, base, v);
  if (typeof v === 'number') return result(t, base, new TFloat(v));
  const x = typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  if (Number.isNaN(x)) return expect('float', 'a number or a numeric string', v);
  return result(t, base, new TFloat(x));
};

const keys: NativeFunction = (t, base) => {
  const o = arg(t, base, 0);
  if (!(o instanceof TObject)) return expect('keys', 'an object', o);
  return result(t, base, [...o.shape.keys]);
};

const has: NativeFunction = (t, base) => {
  const o = arg(t, base, 0);
  const name = arg(t, base, 1);
  if (!(o instanceof TObject)) return expect('has', 'an object', o);
  if (typeof name !== 'string') return expect('has', 'a field name', name);
  return result(t, base, o.shape.index.has(name));
};

const throwBuiltin: NativeFunction = (t, base) => {
  throw new TernThrow(arg(t, base, 0));
};

/**
 * `try(body, handler)`: calls `body()`; if it raises an error, calls `handler(e)` with the error's
 * value instead. Either call's result is try's result. Built on Thread.callThen with an error
 * handler, so guest frames never nest JS calls.
 */
const tryBuiltin: NativeFunction = (t, base) => {
  const body = arg(t, base, 0);
  const handler = arg(t, base, 1);
  if (!(body instanceof TFunction) || body.arity !== 0) return expect('try', 'a function of no arguments', body);
  if (!(handler instanceof TFunction) || handler.arity !== 1) return expect('try', 'a handler of one argument', handler);
  const done = (t2: Thread, retBase: number, retCount: number): number => result(t2, base, retCount > 0 ? (t2.stack[retBase] as Value) : undefined);
  const onError = (t2: Thread, error: unknown, f: Frame): number => {
    // The handler runs unprotected: an error inside it goes to the next enclosing try.
    f.onError = null;
    t2.stack[base + 2] = error instanceof TernError ? error.value : String(error);
    return t2.continueWith(f, handler, base + 2, 1);
  };
  return t.callThen(base, body, base + 2, 0, done, onError);
};

const BUILTINS: readonly [string, number, NativeFunction][] = [
  ['print', 1, print],
  ['len', 1, len],
  ['push', 2, push],
  ['pop', 1, pop],
  ['str', 1, str],
  ['type', 1, type],
  ['int', 1, int],
  ['float', 1, float],
  ['keys', 1, keys],
  ['has', 2, has],
  ['throw', 1, throwBuiltin],
  ['try', 2, tryBuiltin],
];

/** Defines every builtin as a global of `realm`. */
export function installBuiltins(realm: TernRealm): void {
  for (const [name, arity, fn] of BUILTINS) realm.globals.set(name, new TFunction(null, fn, name, arity, []));
}
