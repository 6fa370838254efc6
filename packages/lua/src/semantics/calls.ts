import { argCount, bytecode, callInPlace, currentFunction, frameBase, getSlot, getTop, guestReturn, literal, range, ret } from '@deegen/ir';
import { setSlot, setTop, setVarargs, slowPath, storeReturns, tailCall, thread, throwError, varargs } from '@deegen/ir';
import type { Thread } from '@deegen/ir';
import { makeClosure } from '../runtime/closure.js';
import { LuaFunction } from '../runtime/function.js';
import { allocationCollect } from '../runtime/gc.js';
import { getMetamethod } from '../runtime/metatables.js';
import { realmOf } from '../runtime/realm.js';
import { LuaTable } from '../runtime/table.js';
import { typeError } from '../runtime/type-errors.js';
import { closeUpvalues } from '../runtime/upvalues.js';
import type { LuaValue } from '../runtime/value.js';

export const CALL = bytecode({
  summary: 'R(base .. base+nresults-1) := R(base)(R(base+1 .. base+nargs))',
  operands: { base: range(), nargs: literal(), nresults: literal() },
  // The callee is named by what register `base` held (debug names of called functions).
  annotations: { calls: 'base' },
  writes: ['base..'],
  result: 'none',
  impl(base: number, nargs: number, nresults: number) {
    const n = nargs >= 0 ? nargs : getTop() - base - 1;
    const fn = getSlot(base);
    if (fn instanceof LuaFunction) return callInPlace(fn, base + 1, n, callContinuation);
    return slowPath(callMetamethod, base, n);
  },
});

/** Results land from R(base) on, adjusted to nresults (-1: all of them, and top is set). */
function callContinuation(base: number, nargs: number, nresults: number) {
  storeReturns(base, nresults);
  return ret();
}

/** Calling a non-function: its `__call` handler gets the value as an extra first argument. */
function callMetamethod(base: number, n: number): never {
  const fn = getSlot(base) as LuaValue;
  const h = getMetamethod(realmOf(thread<Thread>()), fn, '__call');
  if (!(h instanceof LuaFunction)) return throwError(typeError(fn, 'call', undefined, base));
  for (let i = n; i >= 1; i--) setSlot(base + 1 + i, getSlot(base + i));
  setSlot(base + 1, fn);
  return callInPlace(h, base + 1, n + 1, callContinuation);
}

export const TAILCALL = bytecode({
  summary: 'return R(base)(R(base+1 .. base+nargs))',
  operands: { base: range(), nargs: literal() },
  annotations: { calls: 'base' },
  // A __call handler shifts the arguments up (and lua5.1's symbolic execution, which names
  // variables in messages, treats a tail call as writing base and above, as a call).
  writes: ['base..'],
  result: 'none',
  impl(base: number, nargs: number) {
    const n = nargs >= 0 ? nargs : getTop() - base - 1;
    let fn = getSlot(base) as LuaValue;
    const first = base + 1;
    let count = n;
    if (!(fn instanceof LuaFunction)) {
      const h = getMetamethod(realmOf(thread<Thread>()), fn, '__call');
      if (!(h instanceof LuaFunction)) return throwError(typeError(fn, 'call', undefined, base));
      for (let i = n; i >= 1; i--) setSlot(base + 1 + i, getSlot(base + i));
      setSlot(base + 1, fn);
      fn = h;
      count = n + 1;
    }
    closeUpvalues(thread<Thread>(), frameBase());
    return tailCall(fn, first, count);
  },
});

export const RETURN = bytecode({
  summary: 'return R(first .. first+count-1)',
  operands: { first: range(), count: literal() },
  result: 'none',
  impl(first: number, count: number) {
    const t = thread<Thread>();
    if (t.openUpvalues !== null) closeUpvalues(t, frameBase());
    return guestReturn(first, count >= 0 ? count : getTop() - first);
  },
});

export const CLOSURE = bytecode({
  summary: 'R(dst) := closure(Protos[proto])',
  operands: { dst: range(), proto: literal() },
  result: 'none',
  writes: ['dst'],
  impl(dst: number, proto: number) {
    const t = thread<Thread>();
    const parent = currentFunction<LuaFunction>();
    setSlot(dst, makeClosure(t, parent, parent.proto!.protos[proto], frameBase()));
    const gc = realmOf(t).gc;
    if (++gc.allocations >= gc.threshold) allocationCollect(realmOf(t), t);
    return ret();
  },
});

export const CLOSE = bytecode({
  summary: 'close upvalues of R(first ..)',
  operands: { first: range() },
  result: 'none',
  impl(first: number) {
    closeUpvalues(thread<Thread>(), frameBase() + first);
    return ret();
  },
});

export const VARARG = bytecode({
  summary: 'R(dst .. dst+count-1) := ...',
  operands: { dst: range(), count: literal() },
  writes: ['dst..'],
  result: 'none',
  impl(dst: number, count: number) {
    const va = varargs();
    if (count < 0) {
      const t = thread<Thread>();
      t.ensureStack(frameBase() + dst + va.length + 8);
      for (let i = 0; i < va.length; i++) setSlot(dst + i, va[i]);
      setTop(dst + va.length);
      return ret();
    }
    for (let i = 0; i < count; i++) setSlot(dst + i, va[i]);
    return ret();
  },
});

export const VARARGPREP = bytecode({
  summary: 'keep arguments past numParams as varargs; if needsArg, R(numParams) := arg table',
  operands: { numParams: literal(), needsArg: literal({ variants: [0, 1], exhaustive: true }) },
  // Clears the registers the varargs leave, and puts the arg table in R(numParams).
  writes: ['numParams..'],
  result: 'none',
  impl(numParams: number, needsArg: number) {
    const n = argCount();
    const extra = n > numParams ? n - numParams : 0;
    const va = new Array<LuaValue>(extra);
    for (let i = 0; i < extra; i++) {
      va[i] = getSlot(numParams + i) as LuaValue;
      setSlot(numParams + i, undefined);
    }
    setVarargs(va);
    if (needsArg === 1) {
      const arg = new LuaTable(extra, 1);
      for (let i = 0; i < extra; i++) arg.setInt(i + 1, va[i]);
      arg.setStr('n', extra);
      setSlot(numParams, arg);
    }
    return ret();
  },
});
