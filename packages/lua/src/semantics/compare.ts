import { branch, bytecode, call, label, literal, range, ret, returnValue, setSlot, slot, slotOrConstant, slowPath, thread, throwError } from '@deegen/ir';
import type { Thread } from '@deegen/ir';
import { LuaFunction } from '../runtime/function.js';
import { comparisonHandler } from '../runtime/metatables.js';
import { typeName } from '../runtime/raw-ops.js';
import { realmOf } from '../runtime/realm.js';
import { LuaTable } from '../runtime/table.js';
import { compareErrorMessage, isTruthy } from '../runtime/type-errors.js';
import { LuaUserdata } from '../runtime/value.js';
import type { LuaValue } from '../runtime/value.js';

export const JMP = bytecode({
  summary: 'goto target',
  operands: { target: label() },
  result: 'branch',
  impl() {
    return branch();
  },
});

export const EQ = bytecode({
  summary: 'if ((RK(lhs) == RK(rhs)) == cond) goto target',
  operands: { lhs: slotOrConstant(), rhs: slotOrConstant(), cond: literal({ variants: [0, 1], exhaustive: true }), target: label() },
  result: 'branch',
  impl(lhs: LuaValue, rhs: LuaValue, cond: number) {
    if (lhs === rhs) {
      if (cond === 1) return branch();
      return ret();
    }
    // Different primitives, or a primitive and an object, are never equal (NaN ~= NaN falls here too).
    if (typeof lhs !== 'object' || typeof rhs !== 'object') {
      if (cond === 1) return ret();
      return branch();
    }
    return slowPath(equalitySlowPath, lhs, rhs, cond);
  },
});

/** Two different tables or two different userdata: `__eq` if both have the same handler. */
function equalitySlowPath(lhs: LuaValue, rhs: LuaValue, cond: number): never {
  const sameKind = (lhs instanceof LuaTable && rhs instanceof LuaTable) || (lhs instanceof LuaUserdata && rhs instanceof LuaUserdata);
  const h = sameKind ? comparisonHandler(realmOf(thread<Thread>()), lhs, rhs, '__eq') : undefined;
  if (h instanceof LuaFunction) return call(h, [lhs, rhs], comparisonContinuation);
  if (cond === 1) return ret();
  return branch();
}

/** The truth of the metamethod's first result decides the branch. */
function comparisonContinuation(lhs: LuaValue, rhs: LuaValue, cond: number) {
  if (isTruthy(returnValue(0)) === (cond === 1)) return branch();
  return ret();
}

/** `__le` missing: Lua 5.1 tries `not (rhs < lhs)` with `__lt`. */
function negatedComparisonContinuation(lhs: LuaValue, rhs: LuaValue, cond: number) {
  if (!isTruthy(returnValue(0)) === (cond === 1)) return branch();
  return ret();
}

export const LT = bytecode({
  summary: 'if ((RK(lhs) < RK(rhs)) == cond) goto target',
  operands: { lhs: slotOrConstant(), rhs: slotOrConstant(), cond: literal({ variants: [0, 1], exhaustive: true }), target: label() },
  result: 'branch',
  fastPaths: [{ lhs: 'number', rhs: 'number' }],
  impl(lhs: LuaValue, rhs: LuaValue, cond: number) {
    if (typeof lhs === 'number' && typeof rhs === 'number') {
      if ((lhs < rhs) === (cond === 1)) return branch();
      return ret();
    }
    return slowPath(orderSlowPath, lhs, rhs, cond, 0);
  },
});

export const LE = bytecode({
  summary: 'if ((RK(lhs) <= RK(rhs)) == cond) goto target',
  operands: { lhs: slotOrConstant(), rhs: slotOrConstant(), cond: literal({ variants: [0, 1], exhaustive: true }), target: label() },
  result: 'branch',
  fastPaths: [{ lhs: 'number', rhs: 'number' }],
  impl(lhs: LuaValue, rhs: LuaValue, cond: number) {
    if (typeof lhs === 'number' && typeof rhs === 'number') {
      if ((lhs <= rhs) === (cond === 1)) return branch();
      return ret();
    }
    return slowPath(orderSlowPath, lhs, rhs, cond, 1);
  },
});

/** Strings compare bytewise; other pairs need `__lt`/`__le` (orEqual: 0 for <, 1 for <=). */
function orderSlowPath(lhs: LuaValue, rhs: LuaValue, cond: number, orEqual: number): never {
  let result: boolean | undefined;
  if (typeof lhs === 'number' && typeof rhs === 'number') result = orEqual === 1 ? lhs <= rhs : lhs < rhs;
  else if (typeof lhs === 'string' && typeof rhs === 'string') result = orEqual === 1 ? lhs <= rhs : lhs < rhs;
  if (result !== undefined) {
    if (result === (cond === 1)) return branch();
    return ret();
  }
  if (typeName(lhs) === typeName(rhs)) {
    const realm = realmOf(thread<Thread>());
    const h = comparisonHandler(realm, lhs, rhs, orEqual === 1 ? '__le' : '__lt');
    if (h instanceof LuaFunction) return call(h, [lhs, rhs], comparisonContinuation);
    if (orEqual === 1) {
      const lt = comparisonHandler(realm, rhs, lhs, '__lt');
      if (lt instanceof LuaFunction) return call(lt, [rhs, lhs], negatedComparisonContinuation);
    }
  }
  return throwError(compareErrorMessage(lhs, rhs));
}

export const TEST = bytecode({
  summary: 'if (truthy(R(src)) == cond) goto target',
  operands: { src: slot(), cond: literal({ variants: [0, 1], exhaustive: true }), target: label() },
  result: 'branch',
  impl(src: LuaValue, cond: number) {
    if ((src !== undefined && src !== false) === (cond === 1)) return branch();
    return ret();
  },
});

export const TESTSET = bytecode({
  summary: 'if (truthy(R(src)) == cond) { R(dst) := R(src); goto target }',
  operands: { dst: range(), src: slot(), cond: literal({ variants: [0, 1], exhaustive: true }), target: label() },
  writes: ['dst'],
  result: 'branch',
  impl(dst: number, src: LuaValue, cond: number) {
    if ((src !== undefined && src !== false) === (cond === 1)) {
      setSlot(dst, src);
      return branch();
    }
    return ret();
  },
});
