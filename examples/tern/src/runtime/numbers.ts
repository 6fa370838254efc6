import { TFloat } from './float.js';
import { TernThrow } from './errors.js';
import { typeName } from './format.js';
import type { Value } from './value.js';

/**
 * Arithmetic outside the int+int fast paths. Ints wrap to 32 bits (two's complement); an int
 * meeting a float is promoted, and the result is a float. `/` always gives a float, `//` and `%`
 * floor (and on two ints raise an error for a zero divisor).
 */
export const OP_ADD = 0;
export const OP_SUB = 1;
export const OP_MUL = 2;
export const OP_DIV = 3;
export const OP_IDIV = 4;
export const OP_MOD = 5;

const SYMBOLS = ['+', '-', '*', '/', '//', '%'];

/** Floored int division, wrapping like every int operation. */
export function intFloorDiv(a: number, b: number): number {
  if (b === 0) throw new TernThrow('integer division by zero');
  return Math.floor(a / b) | 0;
}

/** Int modulo with the sign of the divisor. */
export function intMod(a: number, b: number): number {
  if (b === 0) throw new TernThrow('integer modulo by zero');
  const r = a % b;
  return r !== 0 && (r ^ b) < 0 ? r + b : r;
}

function floatMod(a: number, b: number): number {
  const r = a % b;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r;
}

/** A number as a JS number (ints and floats alike), or undefined for anything else. */
export function numberValue(v: Value): number | undefined {
  if (typeof v === 'number') return v;
  if (v instanceof TFloat) return v.v;
  return undefined;
}

/** The generic path of the six arithmetic operators. */
export function arith(op: number, lhs: Value, rhs: Value): Value {
  if (typeof lhs === 'number' && typeof rhs === 'number') {
    switch (op) {
      case OP_ADD:
        return (lhs + rhs) | 0;
      case OP_SUB:
        return (lhs - rhs) | 0;
      case OP_MUL:
        return Math.imul(lhs, rhs);
      case OP_DIV:
        return new TFloat(lhs / rhs);
      case OP_IDIV:
        return intFloorDiv(lhs, rhs);
      default:
        return intMod(lhs, rhs);
    }
  }
  if (op === OP_ADD && typeof lhs === 'string' && typeof rhs === 'string') return lhs + rhs;
  const a = numberValue(lhs);
  const b = numberValue(rhs);
  if (a === undefined || b === undefined) {
    throw new TernThrow(`cannot apply '${SYMBOLS[op]}' to ${typeName(lhs)} and ${typeName(rhs)}`);
  }
  switch (op) {
    case OP_ADD:
      return new TFloat(a + b);
    case OP_SUB:
      return new TFloat(a - b);
    case OP_MUL:
      return new TFloat(a * b);
    case OP_DIV:
      return new TFloat(a / b);
    case OP_IDIV:
      return new TFloat(Math.floor(a / b));
    default:
      return new TFloat(floatMod(a, b));
  }
}

export function negate(v: Value): Value {
  if (typeof v === 'number') return -v | 0;
  if (v instanceof TFloat) return new TFloat(-v.v);
  throw new TernThrow(`cannot negate ${typeName(v)}`);
}
