import type { BinOp, Expr, UnOp } from './ast.js';

/** A numeric literal, looking through parentheses (which do not change a single value). */
function numeral(e: Expr): number | undefined {
  while (e.k === 'paren') e = e.inner;
  return e.k === 'number' ? e.value : undefined;
}

/**
 * Build a unary node, folding what lua5.1 folds at compile time: negation of a numeral and `not`
 * of a constant.
 */
export function foldUnary(op: UnOp, operand: Expr, line: number): Expr {
  if (op === 'neg') {
    const v = numeral(operand);
    if (v !== undefined) return { k: 'number', value: -v, line };
  } else if (op === 'not') {
    switch (operand.k) {
      case 'nil':
      case 'false':
        return { k: 'true', line };
      case 'true':
      case 'number':
      case 'string':
        return { k: 'false', line };
    }
  }
  return { k: 'unop', op, operand, line };
}

/**
 * Build a binary node, folding arithmetic on two numerals as lua5.1 does: never a division or
 * modulo by zero, and never when the result is NaN (both are left to run time).
 */
export function foldBinary(op: BinOp, left: Expr, right: Expr, line: number): Expr {
  const a = numeral(left);
  const b = numeral(right);
  if (a !== undefined && b !== undefined) {
    let r: number | undefined;
    switch (op) {
      case 'add': r = a + b; break;
      case 'sub': r = a - b; break;
      case 'mul': r = a * b; break;
      case 'div': r = b === 0 ? undefined : a / b; break;
      case 'mod': r = b === 0 ? undefined : a - Math.floor(a / b) * b; break;
      case 'pow': r = Math.pow(a, b); break;
    }
    if (r !== undefined && !Number.isNaN(r)) return { k: 'number', value: r, line };
  }
  return { k: 'binop', op, left, right, line };
}
