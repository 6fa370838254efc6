import type { TableItem } from '../frontend/ast.js';

/**
 * The table size lua5.1 allocates for a constructor hint of `n` slots: it stores hints as a
 * 3-bit mantissa and 5-bit exponent, rounding up. Using the same value keeps `#` on tables with
 * holes identical.
 */
export function roundedSizeHint(n: number): number {
  let x = n;
  let e = 0;
  while (x >= 16) {
    x = (x + 1) >> 1;
    e++;
  }
  return x * 2 ** e;
}

/** Constant string keys a table constructor may reserve at most (NEWRECORD); larger ones are maps. */
export const MAX_RECORD_KEYS = 32;

/**
 * The distinct constant string keys of a table constructor's `key = value` fields, in order of
 * first appearance: the constructor creates its table with their shape (NEWRECORD). Empty when
 * there are none, or more than MAX_RECORD_KEYS (a literal map, better left to grow as it does).
 */
export function recordKeys(items: readonly TableItem[]): string[] {
  const keys: string[] = [];
  for (const item of items) {
    if (item.kind === 'list' || item.key.k !== 'string' || keys.includes(item.key.value)) continue;
    if (keys.length === MAX_RECORD_KEYS) return [];
    keys.push(item.key.value);
  }
  return keys;
}
