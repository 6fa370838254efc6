import { bytecode, call, literal, out, range, ret, returnValue, slot, slotOrConstant, slowPath, thread, throwError } from '@deegen/ir';
import { getSlot, getTop, setSlot, setTop, frameBase } from '@deegen/ir';
import type { Thread } from '@deegen/ir';
import { arithmetic, ARITH_EVENTS, concatStrings } from '../runtime/arith.js';
import { LuaFunction } from '../runtime/function.js';
import { binaryHandler, getMetamethod } from '../runtime/metatables.js';
import { luaMod, luaPow, toNumberCoerce } from '../runtime/raw-ops.js';
import { realmOf } from '../runtime/realm.js';
import { LuaTable } from '../runtime/table.js';
import { typeError } from '../runtime/type-errors.js';
import type { LuaValue } from '../runtime/value.js';

// The last argument of arithSlowPath is the operator code (ORDER ARITH: runtime/arith.ts).

export const ADD = bytecode({
  summary: 'R(dst) := RK(lhs) + RK(rhs)',
  operands: { dst: out(), lhs: slotOrConstant(), rhs: slotOrConstant() },
  result: 'value',
  fastPaths: [{ lhs: 'number', rhs: 'number' }],
  impl(lhs: LuaValue, rhs: LuaValue) {
    if (typeof lhs === 'number' && typeof rhs === 'number') return ret(lhs + rhs);
    return slowPath(arithSlowPath, lhs, rhs, 0);
  },
});

export const SUB = bytecode({
  summary: 'R(dst) := RK(lhs) - RK(rhs)',
  operands: { dst: out(), lhs: slotOrConstant(), rhs: slotOrConstant() },
  result: 'value',
  fastPaths: [{ lhs: 'number', rhs: 'number' }],
  impl(lhs: LuaValue, rhs: LuaValue) {
    if (typeof lhs === 'number' && typeof rhs === 'number') return ret(lhs - rhs);
    return slowPath(arithSlowPath, lhs, rhs, 1);
  },
});

export const MUL = bytecode({
  summary: 'R(dst) := RK(lhs) * RK(rhs)',
  operands: { dst: out(), lhs: slotOrConstant(), rhs: slotOrConstant() },
  result: 'value',
  fastPaths: [{ lhs: 'number', rhs: 'number' }],
  impl(lhs: LuaValue, rhs: LuaValue) {
    if (typeof lhs === 'number' && typeof rhs === 'number') return ret(lhs * rhs);
    return slowPath(arithSlowPath, lhs, rhs, 2);
  },
});

export const DIV = bytecode({
  summary: 'R(dst) := RK(lhs) / RK(rhs)',
  operands: { dst: out(), lhs: slotOrConstant(), rhs: slotOrConstant() },
  result: 'value',
  fastPaths: [{ lhs: 'number', rhs: 'number' }],
  impl(lhs: LuaValue, rhs: LuaValue) {
    if (typeof lhs === 'number' && typeof rhs === 'number') return ret(lhs / rhs);
    return slowPath(arithSlowPath, lhs, rhs, 3);
  },
});

export const MOD = bytecode({
  summary: 'R(dst) := RK(lhs) % RK(rhs)',
  operands: { dst: out(), lhs: slotOrConstant(), rhs: slotOrConstant() },
  result: 'value',
  fastPaths: [{ lhs: 'number', rhs: 'number' }],
  impl(lhs: LuaValue, rhs: LuaValue) {
    if (typeof lhs === 'number' && typeof rhs === 'number') return ret(luaMod(lhs, rhs));
    return slowPath(arithSlowPath, lhs, rhs, 4);
  },
});

export const POW = bytecode({
  summary: 'R(dst) := RK(lhs) ^ RK(rhs)',
  operands: { dst: out(), lhs: slotOrConstant(), rhs: slotOrConstant() },
  result: 'value',
  fastPaths: [{ lhs: 'number', rhs: 'number' }],
  impl(lhs: LuaValue, rhs: LuaValue) {
    if (typeof lhs === 'number' && typeof rhs === 'number') return ret(luaPow(lhs, rhs));
    return slowPath(arithSlowPath, lhs, rhs, 5);
  },
});

/** Strings convertible to numbers are coerced; otherwise the `__add`-style metamethod is called. */
function arithSlowPath(lhs: LuaValue, rhs: LuaValue, op: number): never {
  const a = toNumberCoerce(lhs);
  const b = toNumberCoerce(rhs);
  if (a !== undefined && b !== undefined) return ret(arithmetic(op, a, b));
  const h = binaryHandler(realmOf(thread<Thread>()), lhs, rhs, ARITH_EVENTS[op]);
  if (h instanceof LuaFunction) return call(h, [lhs, rhs], metamethodResult);
  return throwError(b === undefined ? typeError(rhs, 'perform arithmetic on', 'rhs') : typeError(lhs, 'perform arithmetic on', 'lhs'));
}

/** The first result of a metamethod is the bytecode's result. */
function metamethodResult() {
  return ret(returnValue(0));
}

export const UNM = bytecode({
  summary: 'R(dst) := -R(src)',
  operands: { dst: out(), src: slot() },
  result: 'value',
  fastPaths: [{ src: 'number' }],
  impl(src: LuaValue) {
    if (typeof src === 'number') return ret(-src);
    const n = toNumberCoerce(src);
    if (n !== undefined) return ret(-n);
    const h = getMetamethod(realmOf(thread<Thread>()), src, '__unm');
    if (h instanceof LuaFunction) return call(h, [src, src], metamethodResult);
    return throwError(typeError(src, 'perform arithmetic on', 'src'));
  },
});

export const NOT = bytecode({
  summary: 'R(dst) := not R(src)',
  operands: { dst: out(), src: slot() },
  result: 'value',
  impl(src: LuaValue) {
    return ret(src === undefined || src === false);
  },
});

export const LEN = bytecode({
  summary: 'R(dst) := #R(src)',
  operands: { dst: out(), src: slot() },
  result: 'value',
  impl(src: LuaValue) {
    if (typeof src === 'string') return ret(src.length);
    // Lua 5.1 never consults __len for tables.
    if (src instanceof LuaTable) return ret(src.length());
    return slowPath(lenSlowPath, src);
  },
});

/**
 * `#` of anything but a string or a table: userdata's `__len`, or the error. Outlined: stitched
 * code keeps a call of it instead of its own copy of a guest call (a LEN is a fifth of the size).
 */
function lenSlowPath(src: LuaValue): never {
  const h = getMetamethod(realmOf(thread<Thread>()), src, '__len');
  if (h instanceof LuaFunction) return call(h, [src, undefined], metamethodResult);
  return throwError(typeError(src, 'get length of', 'src'));
}

export const CONCAT = bytecode({
  summary: 'R(dst) := R(first) .. ... .. R(first+count-1)',
  operands: { dst: out(), first: range(), count: literal() },
  result: 'value',
  impl(first: number, count: number) {
    const s = concatStrings(thread<Thread>().stack as LuaValue[], frameBase() + first, count);
    if (s !== undefined) return ret(s);
    // The running top of the operand list is kept in the frame's top while metamethods run.
    setTop(first + count);
    return slowPath(concatSlowPath, first);
  },
});

/**
 * Concatenates from the right as Lua 5.1 does: runs of strings and numbers are joined at once,
 * any other pair goes through `__concat`; registers first..top-1 hold the values still to join.
 */
function concatSlowPath(first: number): never {
  const stack = thread<Thread>().stack as LuaValue[];
  const base = frameBase();
  let top = getTop();
  while (top - first > 1) {
    const a = getSlot(top - 2) as LuaValue;
    const b = getSlot(top - 1) as LuaValue;
    const aOk = typeof a === 'string' || typeof a === 'number';
    const bOk = typeof b === 'string' || typeof b === 'number';
    if (aOk && bOk) {
      let n = 2;
      while (top - n - 1 >= first) {
        const v = getSlot(top - n - 1);
        if (typeof v !== 'string' && typeof v !== 'number') break;
        n++;
      }
      setSlot(top - n, concatStrings(stack, base + top - n, n));
      top -= n - 1;
      continue;
    }
    const h = binaryHandler(realmOf(thread<Thread>()), a, b, '__concat');
    if (!(h instanceof LuaFunction)) return throwError(aOk ? typeError(b, 'concatenate', undefined, top - 1) : typeError(a, 'concatenate', undefined, top - 2));
    setTop(top);
    return call(h, [a, b], concatContinuation);
  }
  return ret(getSlot(first));
}

/** A `__concat` result replaces the pair it joined; then concatenation goes on. */
function concatContinuation(first: number) {
  const top = getTop();
  setSlot(top - 2, returnValue(0));
  setTop(top - 1);
  return slowPath(concatSlowPath, first);
}
