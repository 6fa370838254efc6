import { TernThrow } from './errors.js';
import { typeName } from './format.js';
import { numberValue } from './numbers.js';
import type { Value } from './value.js';

/**
 * `==`: numbers compare by numeric value across int and float (`1 == 1.0`), strings by content,
 * everything else by identity. Values of different types are simply unequal.
 */
export function valuesEqual(a: Value, b: Value): boolean {
  if (a === b) return true;
  const x = numberValue(a);
  const y = numberValue(b);
  return x !== undefined && y !== undefined && x === y;
}

/** `<` (`orEqual` false) and `<=`: numbers with numbers, strings with strings; else an error. */
export function lessThan(a: Value, b: Value, orEqual: boolean): boolean {
  const x = numberValue(a);
  const y = numberValue(b);
  if (x !== undefined && y !== undefined) return orEqual ? x <= y : x < y;
  if (typeof a === 'string' && typeof b === 'string') return orEqual ? a <= b : a < b;
  throw new TernThrow(`cannot compare ${typeName(a)} with ${typeName(b)}`);
}

/** Conditions must be bools: Tern has no truthiness. */
export function conditionError(v: Value): TernThrow {
  return new TernThrow(`condition must be a bool, got ${typeName(v)}`);
}
