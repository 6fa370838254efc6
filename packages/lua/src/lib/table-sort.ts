import type { Thread } from '@deegen/ir';
import { callerError, runtimeError } from '../runtime/errors.js';
import { LuaFunction } from '../runtime/function.js';
import { comparisonHandler } from '../runtime/metatables.js';
import { typeName } from '../runtime/raw-ops.js';
import { realmOf } from '../runtime/realm.js';
import type { LuaTable } from '../runtime/table.js';
import { compareErrorMessage, typeErrorMessage } from '../runtime/type-errors.js';
import type { LuaValue } from '../runtime/value.js';

/**
 * `table.sort`'s engine. Programs can observe the exact sequence of comparisons and swaps: with
 * ties, with a comparator that is not a strict order, or one that errors or counts its calls.
 * So this is lua5.1's own quicksort, step for step: median of three (first, middle, last) as
 * the pivot, parked at position hi - 1 while two cursors sweep towards each other, then a
 * recursive call on the smaller part and a loop on the larger one. Each comparison and each
 * write happens in the same order and with the same values as in lua5.1, including the reads
 * one step past either end that an inconsistent comparator provokes, and the
 * "invalid order function for sorting" error is raised at the same moments.
 */

/** lua5.1's `a < b` for sorting without a comparator (lua_lessthan): metamethods included. */
export function lessThan(t: Thread, a: LuaValue, b: LuaValue): boolean {
  if (typeof a === 'number') {
    if (typeof b === 'number') return a < b;
  } else if (typeof a === 'string') {
    if (typeof b === 'string') return a < b;
  }
  // Values of different types are never ordered, not even by a shared `__lt`.
  if (typeName(a) !== typeName(b) || typeof a === 'number' || typeof a === 'string') {
    return runtimeError(compareErrorMessage(a, b));
  }
  const h = comparisonHandler(realmOf(t), a, b, '__lt');
  if (h === undefined) return runtimeError(compareErrorMessage(a, b));
  if (!(h instanceof LuaFunction)) return runtimeError(typeErrorMessage(h, 'call'));
  const r = t.call2(h, a, b);
  return r !== undefined && r !== false;
}

/** One sort in progress: the table, the comparator (undefined: `<`) and the running thread. */
interface SortJob {
  readonly t: Thread;
  readonly tbl: LuaTable;
  readonly cmp: LuaFunction | undefined;
}

function before(job: SortJob, a: LuaValue, b: LuaValue): boolean {
  const cmp = job.cmp;
  if (cmp === undefined) {
    if (typeof a === 'number' && typeof b === 'number') return a < b;
    return lessThan(job.t, a, b);
  }
  const r = job.t.call2(cmp, a, b);
  return r !== undefined && r !== false;
}

function invalidOrder(): never {
  return callerError('invalid order function for sorting');
}

/** Sorts tbl[lo..hi] in place. */
function sortRange(job: SortJob, lo: number, hi: number): void {
  const tbl = job.tbl;
  while (lo < hi) {
    // Order the two ends.
    let a = tbl.getInt(lo);
    let b = tbl.getInt(hi);
    if (before(job, b, a)) {
      tbl.setInt(lo, b);
      tbl.setInt(hi, a);
    }
    if (hi - lo === 1) return;

    // Bring the middle element between them.
    let m = Math.floor((lo + hi) / 2);
    a = tbl.getInt(m);
    b = tbl.getInt(lo);
    if (before(job, a, b)) {
      tbl.setInt(m, b);
      tbl.setInt(lo, a);
    } else {
      b = tbl.getInt(hi);
      if (before(job, b, a)) {
        tbl.setInt(m, b);
        tbl.setInt(hi, a);
      }
    }
    if (hi - lo === 2) return;

    // The median is the pivot; it waits at hi - 1 (tbl[lo] <= pivot <= tbl[hi] already).
    const pivot = tbl.getInt(m);
    tbl.setInt(m, tbl.getInt(hi - 1));
    tbl.setInt(hi - 1, pivot);

    let i = lo;
    let j = hi - 1;
    for (;;) {
      // Invariant: tbl[lo..i] <= pivot <= tbl[j..hi].
      let atI = tbl.getInt(++i);
      while (before(job, atI, pivot)) {
        if (i > hi) invalidOrder();
        atI = tbl.getInt(++i);
      }
      let atJ = tbl.getInt(--j);
      while (before(job, pivot, atJ)) {
        if (j < lo) invalidOrder();
        atJ = tbl.getInt(--j);
      }
      if (j < i) break;
      tbl.setInt(i, atJ);
      tbl.setInt(j, atI);
    }
    // Put the pivot between the parts.
    a = tbl.getInt(hi - 1);
    b = tbl.getInt(i);
    tbl.setInt(hi - 1, b);
    tbl.setInt(i, a);

    // Recurse into the smaller part (bounded depth), loop on the larger one.
    if (i - lo < hi - i) {
      m = lo;
      const end = i - 1;
      lo = i + 1;
      sortRange(job, m, end);
    } else {
      m = i + 1;
      const end = hi;
      hi = i - 1;
      sortRange(job, m, end);
    }
  }
}

/** Sorts tbl[1..n] with `cmp` (a function) or, when it is undefined, with `<`. */
export function sortTable(t: Thread, tbl: LuaTable, n: number, cmp: LuaFunction | undefined): void {
  sortRange({ t, tbl, cmp }, 1, n);
}
