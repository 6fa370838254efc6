import { referenceContext } from './reference-context.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- register values are the language's values, typed by the language */

/**
 * Intrinsics: reads and writes of the running frame (docs/dsl-reference.md §5). The generator
 * inlines each as a load or store; these bodies serve reference mode only.
 */

/** Register `index` (frame-relative) of the running frame. */
export function getSlot(index: number): any {
  const { t, frame } = referenceContext();
  return t.stack[frame.base + index];
}

export function setSlot(index: number, value: unknown): void {
  const { t, frame } = referenceContext();
  t.stack[frame.base + index] = value;
}

/** Frame-relative index just past the latest variable-count result. */
export function getTop(): number {
  return referenceContext().frame.top;
}

export function setTop(index: number): void {
  referenceContext().frame.top = index;
}

/** Number of arguments the running function was called with. */
export function argCount(): number {
  return referenceContext().frame.argc;
}

/** The extra arguments a variadic function keeps (set by its prologue). */
export function varargs(): any[] {
  return referenceContext().frame.varargs;
}

export function setVarargs(values: unknown[]): void {
  referenceContext().frame.varargs = values;
}

/** The guest function value that is running. */
export function currentFunction<T>(): T {
  return referenceContext().frame.callee as T;
}

/** The running thread (for language helpers that need the stack or the realm). */
export function thread<T>(): T {
  return referenceContext().t as T;
}

/** Absolute stack index of register 0 of the running frame. */
export function frameBase(): number {
  return referenceContext().frame.base;
}

/** In a continuation: return value `index` of the call that just returned (undefined past the end). */
export function returnValue(index: number): any {
  const { t } = referenceContext();
  return index < t.retCount ? t.stack[t.retBase + index] : undefined;
}

/** In a continuation: how many values the call returned. */
export function returnCount(): number {
  return referenceContext().t.retCount;
}

/** In a continuation: copies the return values to registers `dst ..`, adjusted to `count` (-1: all, sets top). */
export function storeReturns(dst: number, count: number): void {
  const { t, frame } = referenceContext();
  t.storeReturns(frame.base + dst, count);
}
