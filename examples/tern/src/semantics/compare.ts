import { branch, bytecode, label, out, ret, slot, slotOrConstant, throwError } from '@deegen/ir';
import { conditionError, lessThan, valuesEqual } from '../runtime/compare.js';
import { typeName } from '../runtime/format.js';
import type { Value } from '../runtime/value.js';

export const EQ = bytecode({
  summary: 'R(dst) := RK(lhs) == RK(rhs)',
  operands: { dst: out(), lhs: slotOrConstant(), rhs: slotOrConstant() },
  result: 'value',
  fastPaths: [{ lhs: 'int', rhs: 'int' }],
  impl(lhs: Value, rhs: Value) {
    if (typeof lhs === 'number' && typeof rhs === 'number') return ret(lhs === rhs);
    return ret(valuesEqual(lhs, rhs));
  },
});

export const NE = bytecode({
  summary: 'R(dst) := RK(lhs) != RK(rhs)',
  operands: { dst: out(), lhs: slotOrConstant(), rhs: slotOrConstant() },
  result: 'value',
  fastPaths: [{ lhs: 'int', rhs: 'int' }],
  impl(lhs: Value, rhs: Value) {
    if (typeof lhs === 'number' && typeof rhs === 'number') return ret(lhs !== rhs);
    return ret(!valuesEqual(lhs, rhs));
  },
});

// `a > b` and `a >= b` are compiled as LT / LE with the operands swapped.

export const LT = bytecode({
  summary: 'R(dst) := RK(lhs) < RK(rhs)',
  operands: { dst: out(), lhs: slotOrConstant(), rhs: slotOrConstant() },
  result: 'value',
  fastPaths: [{ lhs: 'int', rhs: 'int' }],
  impl(lhs: Value, rhs: Value) {
    if (typeof lhs === 'number' && typeof rhs === 'number') return ret(lhs < rhs);
    return ret(lessThan(lhs, rhs, false));
  },
});

export const LE = bytecode({
  summary: 'R(dst) := RK(lhs) <= RK(rhs)',
  operands: { dst: out(), lhs: slotOrConstant(), rhs: slotOrConstant() },
  result: 'value',
  fastPaths: [{ lhs: 'int', rhs: 'int' }],
  impl(lhs: Value, rhs: Value) {
    if (typeof lhs === 'number' && typeof rhs === 'number') return ret(lhs <= rhs);
    return ret(lessThan(lhs, rhs, true));
  },
});

export const NOT = bytecode({
  summary: 'R(dst) := !R(src)  (src must be a bool)',
  operands: { dst: out(), src: slot() },
  result: 'value',
  impl(src: Value) {
    if (typeof src === 'boolean') return ret(!src);
    return throwError(`cannot apply '!' to ${typeName(src)}`);
  },
});

export const JMP = bytecode({
  summary: 'goto target',
  operands: { target: label() },
  result: 'branch',
  impl() {
    return branch();
  },
});

export const JMPIF = bytecode({
  summary: 'if R(cond) goto target  (cond must be a bool)',
  operands: { cond: slot(), target: label() },
  result: 'branch',
  impl(cond: Value) {
    if (cond === true) return branch();
    if (cond === false) return ret();
    return throwError(conditionError(cond));
  },
});

export const JMPIFNOT = bytecode({
  summary: 'if !R(cond) goto target  (cond must be a bool)',
  operands: { cond: slot(), target: label() },
  result: 'branch',
  impl(cond: Value) {
    if (cond === false) return branch();
    if (cond === true) return ret();
    return throwError(conditionError(cond));
  },
});
