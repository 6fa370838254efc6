import { bytecode, out, ret, slot, slotOrConstant, slowPath } from '@deegen/ir';
import { arith, intFloorDiv, intMod, negate, OP_ADD, OP_DIV, OP_IDIV, OP_MOD, OP_MUL, OP_SUB } from '../runtime/numbers.js';
import { TFloat } from '../runtime/float.js';
import type { Value } from '../runtime/value.js';

// Every int result is wrapped to 32 bits (`| 0`, Math.imul): that is Tern's overflow rule.

export const ADD = bytecode({
  summary: 'R(dst) := RK(lhs) + RK(rhs)',
  operands: { dst: out(), lhs: slotOrConstant(), rhs: slotOrConstant() },
  result: 'value',
  fastPaths: [{ lhs: 'int', rhs: 'int' }],
  impl(lhs: Value, rhs: Value) {
    if (typeof lhs === 'number' && typeof rhs === 'number') return ret((lhs + rhs) | 0);
    return slowPath(arithSlowPath, lhs, rhs, OP_ADD);
  },
});

export const SUB = bytecode({
  summary: 'R(dst) := RK(lhs) - RK(rhs)',
  operands: { dst: out(), lhs: slotOrConstant(), rhs: slotOrConstant() },
  result: 'value',
  fastPaths: [{ lhs: 'int', rhs: 'int' }],
  impl(lhs: Value, rhs: Value) {
    if (typeof lhs === 'number' && typeof rhs === 'number') return ret((lhs - rhs) | 0);
    return slowPath(arithSlowPath, lhs, rhs, OP_SUB);
  },
});

export const MUL = bytecode({
  summary: 'R(dst) := RK(lhs) * RK(rhs)',
  operands: { dst: out(), lhs: slotOrConstant(), rhs: slotOrConstant() },
  result: 'value',
  fastPaths: [{ lhs: 'int', rhs: 'int' }],
  impl(lhs: Value, rhs: Value) {
    if (typeof lhs === 'number' && typeof rhs === 'number') return ret(Math.imul(lhs, rhs));
    return slowPath(arithSlowPath, lhs, rhs, OP_MUL);
  },
});

export const DIV = bytecode({
  summary: 'R(dst) := RK(lhs) / RK(rhs)  (always a float)',
  operands: { dst: out(), lhs: slotOrConstant(), rhs: slotOrConstant() },
  result: 'value',
  fastPaths: [{ lhs: 'float', rhs: 'float' }],
  impl(lhs: Value, rhs: Value) {
    if (lhs instanceof TFloat && rhs instanceof TFloat) return ret(new TFloat(lhs.v / rhs.v));
    return slowPath(arithSlowPath, lhs, rhs, OP_DIV);
  },
});

export const IDIV = bytecode({
  summary: 'R(dst) := floor(RK(lhs) / RK(rhs))',
  operands: { dst: out(), lhs: slotOrConstant(), rhs: slotOrConstant() },
  result: 'value',
  fastPaths: [{ lhs: 'int', rhs: 'int' }],
  impl(lhs: Value, rhs: Value) {
    if (typeof lhs === 'number' && typeof rhs === 'number') return ret(intFloorDiv(lhs, rhs));
    return slowPath(arithSlowPath, lhs, rhs, OP_IDIV);
  },
});

export const MOD = bytecode({
  summary: 'R(dst) := RK(lhs) % RK(rhs)  (sign of the divisor)',
  operands: { dst: out(), lhs: slotOrConstant(), rhs: slotOrConstant() },
  result: 'value',
  fastPaths: [{ lhs: 'int', rhs: 'int' }],
  impl(lhs: Value, rhs: Value) {
    if (typeof lhs === 'number' && typeof rhs === 'number') return ret(intMod(lhs, rhs));
    return slowPath(arithSlowPath, lhs, rhs, OP_MOD);
  },
});

/** Floats, int/float promotion, string `+`, and type errors. */
function arithSlowPath(lhs: Value, rhs: Value, op: number): never {
  return ret(arith(op, lhs, rhs));
}

export const NEG = bytecode({
  summary: 'R(dst) := -R(src)',
  operands: { dst: out(), src: slot() },
  result: 'value',
  fastPaths: [{ src: 'int' }],
  impl(src: Value) {
    if (typeof src === 'number') return ret(-src | 0);
    return ret(negate(src));
  },
});
