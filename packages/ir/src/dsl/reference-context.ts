import type { Frame } from '../runtime/frame.js';
import type { Thread } from '../runtime/thread.js';

/**
 * The state the DSL intrinsics read when semantics run directly as TypeScript (reference mode).
 * The generated interpreter never uses it: the generator replaces every intrinsic by inline code.
 */
export interface ReferenceContext {
  t: Thread;
  frame: Frame;
}

let current: ReferenceContext | null = null;

export function setReferenceContext(ctx: ReferenceContext | null): void {
  current = ctx;
}

export function referenceContext(): ReferenceContext {
  if (current === null) {
    throw new Error('a DSL intrinsic was called outside the reference executor (generated code never calls it)');
  }
  return current;
}
