import { branch, bytecode, callInPlace, getSlot, label, literal, range, ret, setSlot, slowPath, storeReturns, thread, throwError } from '@deegen/ir';
import type { Thread } from '@deegen/ir';
import { LuaFunction } from '../runtime/function.js';
import { getMetamethod } from '../runtime/metatables.js';
import { toNumberCoerce } from '../runtime/raw-ops.js';
import { realmOf } from '../runtime/realm.js';
import { typeError } from '../runtime/type-errors.js';
import type { LuaValue } from '../runtime/value.js';

export const FORPREP = bytecode({
  summary: 'R(base) -= R(base+2); goto target',
  operands: { base: range(), target: label() },
  writes: ['base', 'base+1', 'base+2'],
  result: 'branch',
  impl(base: number) {
    const init = getSlot(base);
    const step = getSlot(base + 2);
    if (typeof init === 'number' && typeof getSlot(base + 1) === 'number' && typeof step === 'number') {
      setSlot(base, init - step);
      return branch();
    }
    return slowPath(forPrepSlowPath, base);
  },
});

/** Strings convertible to numbers are accepted, as in Lua 5.1. */
function forPrepSlowPath(base: number): never {
  const init = toNumberCoerce(getSlot(base) as LuaValue);
  if (init === undefined) return throwError("'for' initial value must be a number");
  const limit = toNumberCoerce(getSlot(base + 1) as LuaValue);
  if (limit === undefined) return throwError("'for' limit must be a number");
  const step = toNumberCoerce(getSlot(base + 2) as LuaValue);
  if (step === undefined) return throwError("'for' step must be a number");
  setSlot(base + 1, limit);
  setSlot(base + 2, step);
  setSlot(base, init - step);
  return branch();
}

export const FORLOOP = bytecode({
  summary: 'R(base) += R(base+2); if R(base) <?= R(base+1) { R(base+3) := R(base); goto target }',
  operands: { base: range(), target: label() },
  writes: ['base', 'base+3'],
  result: 'branch',
  impl(base: number) {
    const step = getSlot(base + 2) as number;
    const index = (getSlot(base) as number) + step;
    const limit = getSlot(base + 1) as number;
    if (step > 0 ? index <= limit : limit <= index) {
      setSlot(base, index);
      setSlot(base + 3, index);
      return branch();
    }
    return ret();
  },
});

export const TFORLOOP = bytecode({
  summary: 'R(base+3 .. base+2+nresults) := R(base)(R(base+1), R(base+2)); if R(base+3) ~= nil { R(base+2) := R(base+3); goto target }',
  operands: { base: range(), nresults: literal(), target: label() },
  annotations: { calls: 'for iterator' },
  writes: ['base+2..'],
  result: 'branch',
  impl(base: number, nresults: number) {
    const fn = getSlot(base) as LuaValue;
    setSlot(base + 4, getSlot(base + 1));
    setSlot(base + 5, getSlot(base + 2));
    if (fn instanceof LuaFunction) return callInPlace(fn, base + 4, 2, iteratorContinuation);
    return slowPath(iteratorMetamethod, base);
  },
});

/**
 * An iterator that is not a function: its `__call` handler gets it as an extra first argument.
 * Outlined, as CALL's: stitched code keeps one copy of a guest call per TFORLOOP, not two.
 */
function iteratorMetamethod(base: number): never {
  const fn = getSlot(base) as LuaValue;
  const h = getMetamethod(realmOf(thread<Thread>()), fn, '__call');
  if (!(h instanceof LuaFunction)) return throwError(typeError(fn, 'call'));
  setSlot(base + 6, getSlot(base + 5));
  setSlot(base + 5, getSlot(base + 4));
  setSlot(base + 4, fn);
  return callInPlace(h, base + 4, 3, iteratorContinuation);
}

function iteratorContinuation(base: number, nresults: number) {
  storeReturns(base + 3, nresults);
  const v = getSlot(base + 3);
  if (v !== undefined) {
    setSlot(base + 2, v);
    return branch();
  }
  return ret();
}
