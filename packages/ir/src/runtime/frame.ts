import type { FunctionProto, GuestCallable } from './proto.js';
import type { Thread } from './thread.js';

/** A frame running bytecode. */
export const FRAME_GUEST = 0;
/** A builtin waiting for a guest call it made to return (Thread.callThen). */
export const FRAME_NATIVE = 1;
/** The bottom of an `execute` run: returning into it ends the run. */
export const FRAME_BOUNDARY = 2;

/**
 * Called with the results of the call a builtin made (`t.stack[retBase .. retBase+retCount-1]`);
 * returns the builtin's own result count (results from `frame.base` on) or CALL_PENDING.
 */
export type NativeContinuation = (t: Thread, retBase: number, retCount: number, frame: Frame) => number;

/** Called instead of the continuation when an error unwinds to a protected builtin frame. */
export type NativeErrorHandler = (t: Thread, error: unknown, frame: Frame) => number;

/**
 * Called with the stack still intact when an error reaches a protected builtin frame, before
 * unwinding (xpcall's message handler); returns the error object to hand to `onError`.
 */
export type NativeErrorFilter = (t: Thread, error: unknown, frame: Frame) => unknown;

/**
 * One activation. Frames are reused per depth (Thread.frames), so every field is reset on push.
 * The frame, not JS locals, is the canonical state: errors, tracebacks and (later) debug hooks,
 * coroutines and JIT code read it.
 */
export class Frame {
  kind = FRAME_GUEST;
  callee: GuestCallable | null = null;
  proto: FunctionProto | null = null;
  /** Absolute index of register 0 in Thread.stack. */
  base = 0;
  /** Current bytecode position; saved by the interpreter before any call or outlined code. */
  pc = 0;
  /** Continuation to run in this frame when the callee it called returns (-1: none). */
  cont = -1;
  /** How many tail calls replaced this frame's function (their callers' frames are gone). */
  tailCalls = 0;
  /** The pc of the latest instruction hook in this frame (-1: none yet), for line events. */
  hookPc = -1;
  /** Number of arguments the caller passed. */
  argc = 0;
  /** Frame-relative index just past the last value of the latest variable-count result. */
  top = 0;
  varargs: unknown[] = EMPTY;
  nativeCont: NativeContinuation | null = null;
  onError: NativeErrorHandler | null = null;
  /** Transforms the error before `onError` runs, with the erroring frames still in place (xpcall). */
  messageHandler: NativeErrorFilter | null = null;
  /** Free for the builtin that owns a FRAME_NATIVE frame. */
  state: unknown = undefined;
  /**
   * Set by whoever writes this frame's registers from outside it while it waits for a call (a
   * debugger's setlocal): compiled code, which keeps registers in JS locals and after a call
   * reloads only those the call can write, does not go on with this activation; the thread's call
   * protocol leaves the continuation to the interpreter instead (Thread.invoke,
   * runCompiledCallee, afterCompiledCall), which clears the flag. Not reset on push: a stale flag
   * costs one such detour.
   */
  poked = false;

  /**
   * Makes this (reused) frame the activation of guest function `fn` (whose proto is `proto`) with
   * its `argc` arguments at stack[base ..], and sets the parameters it was not given to undefined.
   * Thread.pushGuest starts activations with it; the guest calls of stitched code write the same
   * out inline (ENTER_GUEST_INLINE in emit-stencils.ts, checked against this by a test).
   */
  enterGuest(fn: GuestCallable, proto: FunctionProto, base: number, argc: number, stack: unknown[]): void {
    this.kind = FRAME_GUEST;
    this.callee = fn;
    this.proto = proto;
    this.base = base;
    this.pc = 0;
    this.cont = -1;
    this.argc = argc;
    this.top = 0;
    this.varargs = EMPTY;
    this.tailCalls = 0;
    this.hookPc = -1;
    for (let i = argc; i < proto.numParams; i++) stack[base + i] = undefined;
  }
}

export const EMPTY: unknown[] = [];
