import { formatNumber } from './number-format.js';
import { luaMod, luaPow } from './raw-ops.js';
import type { LuaValue } from './value.js';
import { chargeString } from './memory-meter.js';

/** Metamethod names by operator code (ORDER ARITH: the codes the arithmetic semantics pass). */
export const ARITH_EVENTS = ['__add', '__sub', '__mul', '__div', '__mod', '__pow'] as const;

/** Applies arithmetic operator `op` (ORDER ARITH) to two numbers. */
export function arithmetic(op: number, a: number, b: number): number {
  switch (op) {
    case 0:
      return a + b;
    case 1:
      return a - b;
    case 2:
      return a * b;
    case 3:
      return a / b;
    case 4:
      return luaMod(a, b);
    default:
      return luaPow(a, b);
  }
}

/**
 * Joins `count` values from `stack[from]` when all are strings or numbers (numbers formatted as
 * `%.14g`); returns undefined when any is not.
 */
export function concatStrings(stack: LuaValue[], from: number, count: number): string | undefined {
  let s = '';
  for (let i = 0; i < count; i++) {
    const v = stack[from + i];
    if (typeof v === 'string') s += v;
    else if (typeof v === 'number') s += formatNumber(v);
    else return undefined;
  }
  chargeString(s.length);
  return s;
}
