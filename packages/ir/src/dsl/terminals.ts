import { referenceContext } from './reference-context.js';

/**
 * Terminal calls (docs/dsl-reference.md §4). An implementation ends every path with
 * `return <terminal>(...)`. The generator rewrites each into control flow; in reference mode they
 * return a Completion record that the reference executor acts on.
 */
export type Completion =
  | { readonly kind: 'ret'; readonly value: unknown }
  | { readonly kind: 'branch' }
  | { readonly kind: 'call'; readonly fn: unknown; readonly args: readonly unknown[]; readonly cont: Continuation }
  | { readonly kind: 'callInPlace'; readonly fn: unknown; readonly argSlot: number; readonly argc: number; readonly cont: Continuation }
  | { readonly kind: 'tailCall'; readonly fn: unknown; readonly argSlot: number; readonly argc: number }
  | { readonly kind: 'guestReturn'; readonly first: number; readonly count: number };

/** A continuation takes the same parameters as its bytecode's implementation. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Continuation = (...operands: any[]) => never;

const done = (c: Completion): never => c as never;

/** Completes the bytecode: writes `value` to the `out` operand (result `value`), or falls through to the next bytecode. */
export function ret(value?: unknown): never {
  return done({ kind: 'ret', value });
}

/** Completes a `branch` bytecode by jumping to its `label` operand. */
export function branch(): never {
  return done({ kind: 'branch' });
}

/** Raises a guest error with `value`; the language's hook decides what the error looks like. */
export function throwError(value: unknown): never {
  const { t } = referenceContext();
  return t.hooks.throwError(t, value);
}

/** Calls guest function `fn` with `args`; when it returns, `cont` runs in this frame. */
export function call(fn: unknown, args: readonly unknown[], cont: Continuation): never {
  return done({ kind: 'call', fn, args, cont });
}

/** Calls `fn` with the `argc` arguments already in registers `argSlot ..`; then `cont` runs. */
export function callInPlace(fn: unknown, argSlot: number, argc: number, cont: Continuation): never {
  return done({ kind: 'callInPlace', fn, argSlot, argc, cont });
}

/** Replaces this frame by a call of `fn` with the arguments in registers `argSlot ..`. */
export function tailCall(fn: unknown, argSlot: number, argc: number): never {
  return done({ kind: 'tailCall', fn, argSlot, argc });
}

/** Returns registers `first .. first+count-1` from the guest function. */
export function guestReturn(first: number, count: number): never {
  return done({ kind: 'guestReturn', first, count });
}

/**
 * Continues in `fn`, a function of the semantics file whose body ends in terminals like an
 * implementation's; the generator outlines it out of the handler's hot code.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function slowPath<A extends any[]>(fn: (...args: A) => never, ...args: A): never {
  return fn(...args);
}
