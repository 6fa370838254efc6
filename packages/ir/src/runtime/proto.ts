/**
 * A function's bytecode: one word per variant id or operand (BuilderBase.finish). A plain array of
 * small integers, not an Int32Array: V8 reads an element of a packed small-integer array with one
 * bounds check and one load, where a typed array's read first loads its backing store. The
 * interpreter reads a word per operand, so this measured 3.4% of the interpreter tier's time over
 * the benchmark suite (docs/architecture.md, "Bytecode layout").
 */
export type CodeWords = readonly number[];

/**
 * What the generic runtime needs to know about a guest function. Languages add their own fields
 * (upvalue descriptors, debug info) on the same object.
 */
export interface FunctionProto {
  readonly code: CodeWords;
  readonly consts: unknown[];
  /** Source line of each code word (the line of the instruction the word belongs to). */
  readonly lines: Int32Array;
  /** Registers the function uses; the runtime guarantees them (plus scratch space) on entry. */
  readonly frameSize: number;
  /** Parameters the runtime sets to `undefined` when the caller passes fewer arguments. */
  readonly numParams: number;
  /**
   * Inline-cache state, one entry per code word (`BuilderBase.finish` allocates them): the key
   * each instruction's cache holds and the cached value. Required when the semantics use `cached`.
   */
  readonly icKeys?: unknown[];
  readonly icValues?: unknown[];
  /**
   * Baseline-JIT state, kept by the thread's tiering policy (@deegen/tiering): undefined while
   * undecided, the compiled code once compiled, null when the function stays interpreted.
   * Languages should initialise it (to undefined) so that all protos share one object layout.
   */
  jit?: CompiledFunction | null;
  /** Tier-up budget of the tiering policy (counts down). */
  hotness?: number;
}

/**
 * Compiled code of a guest function: runs the thread's current frame until it changes
 * (@deegen/stencil). Returns false when the frame's pc is in code left to the interpreter (a
 * function compiled in parts): the frame, with its pc, is then the interpreter's to run.
 */
export type CompiledFunction = (t: Thread) => boolean | void;

/** Decides when a function's code is compiled (@deegen/tiering implements it). */
export interface TieringPolicy {
  /**
   * Called by the interpreter each time it is about to run `proto`'s code (after a call, a
   * return, or a tick) while `proto.jit` is undefined. Returns true when `proto.jit` now holds
   * compiled code, which the interpreter then enters at the frame's pc.
   */
  visit(proto: FunctionProto, t: Thread): boolean;
}

/**
 * A builtin. Arguments are `t.stack[base .. base+argc-1]`; the builtin writes its results from
 * `t.stack[base]` on and returns how many there are, or returns CALL_PENDING after asking the
 * thread to call guest code on its behalf (Thread.callThen).
 */
export type NativeFunction = (t: Thread, base: number, argc: number) => number;

/** Every callable guest value has exactly one of the two set. */
export interface GuestCallable {
  readonly proto: FunctionProto | null;
  readonly native: NativeFunction | null;
}

import type { Thread } from './thread.js';
