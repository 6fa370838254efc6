import { EMPTY, FRAME_BOUNDARY, FRAME_GUEST, FRAME_NATIVE, Frame } from './frame.js';
import type { NativeContinuation, NativeErrorFilter, NativeErrorHandler } from './frame.js';
import type { CompiledFunction, FunctionProto, GuestCallable, TieringPolicy } from './proto.js';

/** Returned by a builtin (or its continuation) that asked the thread to call guest code first. */
export const CALL_PENDING = -1;

/**
 * A frame's `cont` when it tail-called a builtin that is still waiting on a guest call: whatever
 * returns into the frame is returned from it.
 */
export const CONT_RETURN = -2;

/** Instructions an engine runs per entry before it returns to `Thread.run` (see Thread.ticked). */
export const ENGINE_TICK = 1 << 10;

/**
 * Guest calls from compiled code that end a tick (Thread.jitCallsLeft): compiled code counts only
 * taken branches, and a recursion may take none. Languages may charge the calls a tick saw. More
 * than ENGINE_TICK: such a tick hands every nested compiled call back to the interpreter's loop.
 */
export const JIT_CALLS_PER_TICK = 8 * ENGINE_TICK;

/** Register arrays longer than this are not renewed (Thread.renewStack). */
const STACK_RENEW_MAX = 8192;

/** Compiled guest calls nested on the JS stack at most (runCompiledCallee); deeper calls trampoline. */
export const MAX_JIT_NESTING = 64;

/** Registers kept free above every guest frame for calls made by the DSL's `call(fn, [args])`. */
export const FRAME_SCRATCH = 8;

/**
 * What a new thread's stack starts as (ensureStack): 48 slots, room for the first call of most
 * coroutine bodies, filled by pushes so that the array is packed like every grown stack.
 */
const FRESH_STACK: unknown[] = [];
for (let i = 0; i < 48; i++) FRESH_STACK.push(undefined);

/** Thread.hookMask bits: notify the language when functions are entered or left, or before every instruction. */
export const HOOK_CALL = 1;
export const HOOK_RETURN = 2;
export const HOOK_INSTRUCTION = 4;

/** Thrown by the runtime when the guest call depth limit is reached; languages map it to their error. */
export class GuestStackOverflow {
  constructor(readonly nested: boolean) {}
}

/** What the generic runtime asks of the language. */
export interface LanguageHooks {
  /** Turns anything thrown while guest code runs into the language's error object (never throws). */
  toGuestError(t: Thread, thrown: unknown): unknown;
  /** Called before an error escapes the outermost protected region (to capture a traceback). */
  onUncaught(t: Thread, error: unknown): void;
  /** Frames at or above absolute register `base` are being abandoned by an error. */
  onUnwind(t: Thread, base: number): void;
  /** The DSL terminal `throwError(value)`. */
  throwError(t: Thread, value: unknown): never;
  /**
   * Debug hooks, called when `hookMask` asks for them: a function was entered (`t.frame` is its
   * frame, or `t.currentNative` the builtin), is about to return, or an instruction is about to run
   * (`t.frame.pc`; only the instrumented engine calls this).
   */
  onCall?(t: Thread, tail: boolean): void;
  /**
   * Called each time the engine returns because its instruction tick ran out (budgets, deadlines;
   * `t.tickCost` says how many instructions the tick stands for). What it throws is raised at the
   * instruction where the tick ended, like an error of that instruction. It may call guest code
   * (`callAt`): no compiled code of the thread is running then, only waiting in calls.
   */
  onTick?(t: Thread): void;
  /**
   * Called when `callAt` is about to re-enter the engine for a builtin or the embedder (a sort
   * comparator, a `__tostring` called by print): such nested runs end before their tick runs out,
   * so budgets charge them here. What it throws is raised by the caller of `callAt`.
   */
  onNestedRun?(t: Thread): void;
  /**
   * Called when `t.stack` was replaced by a copy (Thread.renewStack): what referred to the old
   * array must now refer to the new one.
   */
  onStackRenewed?(t: Thread): void;
  /**
   * Whether protected builtin frames (pcall) may catch `error` (as `toGuestError` returned it).
   * An error they may not catch unwinds every frame up to the boundary and leaves the run, as an
   * uncaught error does. Default: every error is catchable.
   */
  catchable?(error: unknown): boolean;
  onReturn?(t: Thread): void;
  onInstruction?(t: Thread): void;
}

/** Runs guest code until a return reaches a FRAME_BOUNDARY (the generated interpreter, or the reference executor). */
export type Engine = (t: Thread) => void;

/**
 * What an asynchronous driver (async-driver.ts) lends the thread it runs. Threads without one
 * (`Thread.driver === null`) run to completion synchronously and cannot suspend.
 */
export interface AsyncDriver {
  /**
   * `Date.now()` past which the next engine tick suspends the thread for one turn of the host's
   * event loop (Infinity: never).
   */
  readonly sliceEnd: number;
  /** False when something beneath the thread holds JS stack (a resumer's nested call), so it cannot suspend. */
  readonly suspendable: boolean;
  /** A promise that settles at the next turn of the host's event loop. */
  nextTurn(): PromiseLike<unknown>;
}

/**
 * How a suspended builtin completes once its promise settled (Thread.suspend): writes the
 * builtin's results from `base` on and returns their count; or throws, which raises the error at
 * the builtin's call; or suspends again and returns CALL_PENDING.
 */
export type SettleFunction = (t: Thread, base: number, fulfilled: boolean, value: unknown) => number;

/** Why a thread stopped before its run ended: it waits for `thenable` (Thread.suspend). */
export interface Suspension {
  readonly thenable: PromiseLike<unknown>;
  /** null: a time slice ended at an engine tick, and the thread just goes on. */
  readonly settle: SettleFunction | null;
  /** The suspended builtin's base, and where its free stack space began. */
  readonly base: number;
  readonly top: number;
  readonly callee: GuestCallable | null;
}

/** The driver of threads run nested under one that cannot suspend: never slices, refuses suspensions. */
const NOT_SUSPENDABLE: AsyncDriver = {
  sliceEnd: Infinity,
  suspendable: false,
  nextTurn: () => Promise.resolve(),
};

/**
 * A thread of guest execution: one register stack shared by all its frames (a callee's registers
 * start where the caller put its arguments, so calls copy nothing), and a stack of reusable frames.
 * Guest-to-guest calls never recurse in JS: the engine pushes a frame and keeps looping, which
 * gives deep recursion, constant-space tail calls and (later) coroutine switches in one design
 * (docs/architecture.md, "Calls").
 */
export class Thread {
  /**
   * The registers of every frame. Replaced now and then by a fresh copy (see renewStack): hold it
   * only while no guest code can run.
   */
  stack: unknown[] = [];
  readonly frames: Frame[] = [];
  /** Ticks until the next renewStack. */
  private renewIn = 1;
  /** Runs of this thread on the JS stack (`run` nested in a builtin's or a hook's `callAt`). */
  private runs = 0;
  depth = 0;
  frame: Frame;
  /** Results of the latest completed call, for continuations: stack[retBase .. retBase+retCount-1]. */
  retBase = 0;
  retCount = 0;
  /** A continuation the engine must run in `frame` before dispatching bytecode (-1: none). */
  pendingCont = -1;
  /** The builtin running now (for tracebacks and messages), and where its free stack space starts. */
  currentNative: GuestCallable | null = null;
  nativeTop = 0;
  /**
   * Owned by the language: the head of this thread's list of open upvalues (variables captured
   * by closures while their frame is live), which must be closed when frames go away.
   */
  openUpvalues: unknown = null;
  /**
   * Set by the engine when it returned only because its instruction tick ran out (ENGINE_TICK
   * instructions per entry): `run` re-enters it. Leaving and re-entering the engine regularly lets
   * the host JIT re-optimise it as an ordinary hot function after a deoptimisation, instead of
   * depending on on-stack replacement inside one endless activation (docs/architecture.md).
   */
  ticked = false;
  /** True while the engine is re-entered after a tick (tiering weighs such visits as loop work). */
  afterTick = false;
  /**
   * Instructions the latest tick stands for: ENGINE_TICK when the interpreter ticked; compiled code
   * counts taken branches, and sets its own estimate when it ticks. `run` resets it after each tick.
   */
  tickCost = ENGINE_TICK;
  /**
   * Register slots and frames this thread has added to its stack since the language last looked
   * (memory accounting): grown only on the rare paths that extend the stack or the frame list.
   */
  stackGrowth = 0;
  /** Compiled code asks the interpreter to run the current frame's instruction and return (stepInterpreted). */
  jitBail = false;
  /**
   * True while the interpreter runs one instruction for compiled code (stepInterpreted): if that
   * instruction changes frames (a call, a return, a tail call), the interpreter hands control
   * back at once instead of running or entering the next frame's code.
   */
  jitStep = false;
  /**
   * Instructions the interpreter runs for stepInterpreted after any pending continuation: 1, or 0
   * to run just the continuation of a call compiled code made from an outlined path.
   */
  jitStepInstructions = 1;
  /** The tiering policy (@deegen/tiering), or null: interpreter only. */
  tiering: TieringPolicy | null = null;
  /** Compiled functions running nested in JS calls (runCompiledCallee). */
  jitNesting = 0;
  /**
   * Guest calls compiled code may still make before they end a tick (runCompiledCallee); `run`
   * resets it after each tick, so JIT_CALLS_PER_TICK - jitCallsLeft is the calls since the last.
   */
  jitCallsLeft = JIT_CALLS_PER_TICK;
  /** HOOK_* bits; the language keeps `engine` in step (an instrumented engine for HOOK_INSTRUCTION). */
  hookMask = 0;
  /** Nested `call`s from builtins back into guest code (each costs JS stack). */
  nesting = 0;
  /** Frames in use at most (the boundary frame at the bottom included); languages set their own limit. */
  maxDepth = 10000;
  maxNesting = 190;
  /** Set while an asynchronous driver runs this thread (see AsyncDriver); null: synchronous. */
  driver: AsyncDriver | null = null;
  /** Set while the thread is suspended on a host promise (a boundary frame is on top). */
  suspension: Suspension | null = null;

  constructor(
    readonly hooks: LanguageHooks,
    public engine: Engine,
    /** The language's per-state object (globals, registry, ...). */
    readonly realm: unknown,
  ) {
    const bottom = new Frame();
    bottom.kind = FRAME_BOUNDARY;
    this.frames.push(bottom);
    this.frame = bottom;
  }

  ensureStack(size: number): void {
    const s = this.stack;
    if (s.length >= size) return;
    if (s.length === 0 && size <= FRESH_STACK.length) {
      // A new thread's first stack (every coroutine's): a copy of FRESH_STACK, one allocation
      // and a block copy instead of a push per slot, and as packed as the pushes leave it. Nothing
      // can hold the empty array it replaces.
      this.stackGrowth += FRESH_STACK.length;
      this.stack = FRESH_STACK.slice();
      return;
    }
    this.stackGrowth += size - s.length;
    while (s.length < size) s.push(undefined);
  }

  private pushFrame(): Frame {
    if (this.depth >= this.maxDepth) throw new GuestStackOverflow(false);
    const d = ++this.depth;
    let f = this.frames[d];
    if (f === undefined) {
      f = new Frame();
      this.frames.push(f);
      // A frame object weighs about as much as a dozen register slots.
      this.stackGrowth += 16;
    }
    this.frame = f;
    return f;
  }

  /** Pushes a frame for guest function `fn` whose arguments are stack[base .. base+argc-1]. */
  pushGuest(fn: GuestCallable, base: number, argc: number): void {
    const p = fn.proto!;
    const f = this.pushFrame();
    const need = base + p.frameSize + FRAME_SCRATCH;
    if (this.stack.length < need) this.ensureStack(need);
    f.enterGuest(fn, p, base, argc, this.stack);
    if ((this.hookMask & HOOK_CALL) !== 0) this.callHook(false);
  }

  private callHook(tail: boolean): void {
    const saved = this.nativeTop;
    const f = this.frame;
    this.nativeTop = Math.max(saved, f.base + f.argc);
    try {
      this.hooks.onCall?.(this, tail);
    } finally {
      this.nativeTop = saved;
    }
  }

  /** The return hook, with the returning values (stack[retBase .. +retCount]) kept clear of the hook's own call. */
  private returnHook(retBase: number, retCount: number): void {
    const saved = this.nativeTop;
    this.nativeTop = Math.max(saved, retBase + retCount);
    try {
      this.hooks.onReturn?.(this);
    } finally {
      this.nativeTop = saved;
    }
  }

  /** Calls a builtin with the call and return hooks around it when they are on. */
  private callNative(fn: GuestCallable, argBase: number, argc: number): number {
    const saved = this.currentNative;
    const savedTop = this.nativeTop;
    this.currentNative = fn;
    this.nativeTop = argBase + argc;
    if ((this.hookMask & HOOK_CALL) !== 0) this.hooks.onCall?.(this, false);
    const n = fn.native!(this, argBase, argc);
    if (n >= 0 && (this.hookMask & HOOK_RETURN) !== 0) this.returnHook(argBase, n);
    this.currentNative = saved;
    this.nativeTop = savedTop;
    return n;
  }

  /**
   * For compiled code right after its guest call pushed a frame: runs the callee's compiled code
   * (compiling it first if the tiering policy says so) as a nested JS call, and returns true when
   * that call has returned into `caller` with continuation `cont` pending (now cleared: the
   * compiled caller runs it inline). Returns false, with everything left for the interpreter's
   * loop, when the callee has no compiled code, a hook is on, the nesting limit is reached, or
   * control ended anywhere else (a deeper call, a yield, a tick). Nesting is bounded by
   * MAX_JIT_NESTING, so deep guest recursion still lives in heap frames, not on the JS stack.
   */
  runCompiledCallee(caller: Frame, cont: number): boolean {
    const f = this.frame;
    if (f === caller || f.kind !== FRAME_GUEST || this.hookMask !== 0 || this.jitNesting >= MAX_JIT_NESTING) return false;
    const tiering = this.tiering;
    if (tiering === null) return false;
    // Compiled calls end a tick too when JIT_CALLS_PER_TICK of them were made since the last one,
    // so that recursion, which may take no branch, still returns to `run` regularly. Such a tick
    // stands for those calls only (tickCost 0): `run` then starts counting calls again.
    if (--this.jitCallsLeft < 0) {
      this.ticked = true;
      this.tickCost = 0;
      return false;
    }
    // Tail calls between compiled functions loop here without passing a tick of their own: after
    // a tick's worth, the frames go back to the interpreter's loop, which counts them. No
    // try/finally for `jitNesting`: an engine that catches an error puts it back.
    for (let tails = 0; ; ) {
      const p = f.proto!;
      let jit = p.jit;
      if (jit === undefined && tiering.visit(p, this)) jit = p.jit;
      if (jit === null || jit === undefined) return false;
      this.jitNesting++;
      const ran = jit(this);
      this.jitNesting--;
      if (ran === false) return false;
      if (this.frame === caller) break;
      // A tail call replaced the callee in its frame (tailInvoke: same frame, pc 0, nothing
      // pending): run the new function's compiled code here too.
      if (this.frame !== f || f.pc !== 0 || this.ticked || this.pendingCont >= 0 || this.hookMask !== 0) return false;
      if (++tails >= ENGINE_TICK) return false;
    }
    if (this.pendingCont !== cont || this.ticked || caller.poked) {
      caller.poked = false;
      return false;
    }
    this.pendingCont = -1;
    return true;
  }

  /**
   * For the guest calls of stitched code (see ir's emit-stencils.ts): a call whose callee has
   * compiled code, when no hook is on, MAX_JIT_NESTING leaves room and neither the frame list nor
   * the stack must grow, pushes the callee's frame, raises `jitNesting` and calls that code
   * directly (one call site per guest call, which the host can inline), then asks here. Returns
   * false when the callee has returned into `caller` with continuation `cont` pending (now
   * cleared: the caller runs it inline); true when compiled code must return to the
   * interpreter's loop: control ended elsewhere (a deeper call, a yield, a tick), or the calls
   * made since the last tick reached JIT_CALLS_PER_TICK (the tick ends here, the continuation
   * left pending for the interpreter). A tail call that replaced the callee in its frame runs on
   * in runCompiledCallee. No try/finally around the call: an engine that catches an error puts
   * `jitNesting` back as it found it.
   */
  afterCompiledCall(caller: Frame, cont: number): boolean {
    this.jitNesting--;
    const f = this.frame;
    if (f === caller) {
      if (this.pendingCont !== cont || this.ticked || caller.poked) {
        caller.poked = false;
        return true;
      }
      if (this.jitCallsLeft < 0) {
        this.ticked = true;
        this.tickCost = 0;
        return true;
      }
      this.pendingCont = -1;
      return false;
    }
    if (this.frames[this.depth - 1] !== caller || f.kind !== FRAME_GUEST || f.pc !== 0 || this.ticked || this.pendingCont >= 0) return true;
    return !this.runCompiledCallee(caller, cont);
  }

  /**
   * For compiled code whose outlined path returned asking for a reload (registers written back):
   * when that path pushed a guest call (a metamethod written in Lua) whose callee has compiled
   * code, runs it nested here, as a call from stitched code would (runCompiledCallee), and returns
   * true once it has returned into `caller` with its continuation pending; also true when a
   * builtin metamethod already finished and left its continuation pending. Compiled code then has
   * the interpreter run just that continuation (stepInterpreted, continuationOnly) and goes on at
   * the frame's pc. False, with everything left for the interpreter's loop, in every other case
   * (the callee is interpreted or yields, a hook is on, a tail call replaced the frame).
   */
  runPushedCallee(caller: Frame): boolean {
    if (this.ticked || this.hookMask !== 0) return false;
    const f = this.frame;
    if (f === caller) return this.pendingCont >= 0;
    if (this.pendingCont >= 0 || this.frames[this.depth - 1] !== caller || f.kind !== FRAME_GUEST || f.pc !== 0) return false;
    const cont = caller.cont;
    if (cont < 0 || !this.runCompiledCallee(caller, cont)) return false;
    this.pendingCont = cont;
    return true;
  }

  /**
   * For compiled code whose fast paths failed at the current instruction of `frame` (saved in
   * `frame.pc`, registers written back): the interpreter runs that one instruction. Returns false
   * when it finished in this frame, which compiled code then continues at `frame.pc`; true when
   * control left the frame (a call was pushed, it returned, or a tick ended), and compiled code
   * must return to the interpreter's loop.
   */
  stepInterpreted(frame: Frame, continuationOnly = false): boolean {
    // A tail call keeps the frame object for another function, and frames are reused after a
    // return: the activation is still this one only if its function and base are.
    const callee = frame.callee;
    const base = frame.base;
    this.jitBail = true;
    this.jitStep = true;
    this.jitStepInstructions = continuationOnly ? 0 : 1;
    this.engine(this);
    this.jitBail = false;
    this.jitStep = false;
    if (this.ticked && this.frame === frame && this.pendingCont < 0 && frame.callee === callee && frame.base === base) {
      this.ticked = false;
      return false;
    }
    return true;
  }

  /** Runs the engine until a return reaches a boundary frame, re-entering it after each tick. */
  run(): void {
    this.runs++;
    try {
      this.runLoop(true);
    } finally {
      this.runs--;
    }
  }

  /**
   * run's loop. `enter` false: the engine (or compiled code standing in for it) has just returned
   * with `ticked` set, and the loop begins with that tick's end.
   */
  private runLoop(enter: boolean): void {
    do {
      if (enter) {
        this.afterTick = this.ticked;
        this.ticked = false;
        this.engine(this);
      }
      enter = true;
      if (this.ticked) {
        this.endTick();
        if (--this.renewIn <= 0) this.renewStack();
        // Under an asynchronous driver, a tick past the end of the time slice hands the host's
        // event loop a turn (nothing of this run is on the JS stack unless `nesting` says so).
        const d = this.driver;
        if (this.ticked && d !== null && this.nesting === 0 && this.pendingCont < 0 && Date.now() >= d.sliceEnd) {
          this.ticked = false;
          this.suspension = { thenable: d.nextTurn(), settle: null, base: 0, top: 0, callee: null };
          this.pushBoundary(this.nativeTopFor());
          return;
        }
      }
    } while (this.ticked);
  }

  /**
   * `run` for a guest frame just pushed above a boundary (`pushGuest`; callAt, a coroutine's
   * first resume): when its function has compiled code and nothing asks for the interpreter (no
   * hook, no step of compiled code in progress, room in MAX_JIT_NESTING), calls that code
   * directly, without entering the engine first (a builtin calling a Lua function over and over:
   * `table.sort`'s comparator, `gsub`'s replacement; short-lived coroutines); `run` goes on from
   * whatever the code left (a tick, a frame it pushed, a yield, an error a handler caught),
   * exactly as after the engine's own call of it.
   */
  runPushed(): void {
    const jit = this.frame.proto!.jit;
    if (typeof jit !== 'function' || this.hookMask !== 0 || this.jitStep || this.jitBail || this.jitNesting >= MAX_JIT_NESTING) {
      this.run();
      return;
    }
    const bottom = this.frames[this.depth - 1];
    const nesting = this.jitNesting;
    this.runs++;
    try {
      this.afterTick = this.ticked;
      this.ticked = false;
      let done: boolean;
      try {
        this.jitNesting = nesting + 1;
        const ran = jit(this);
        this.jitNesting = nesting;
        done = ran !== false && !this.ticked && this.frame === bottom;
      } catch (e) {
        // As the engine does with what compiled code it called threw.
        this.jitNesting = nesting;
        done = this.handleError(e);
      }
      if (!done) this.runLoop(!this.ticked);
    } finally {
      this.runs--;
    }
  }

  /**
   * For a builtin (or a suspension's settle function): suspends this thread until `thenable`
   * settles. Pushes a boundary frame, so the engine returns to whoever runs the thread, and
   * returns CALL_PENDING for the builtin to return. The driver then calls `resumeSuspended`,
   * which completes the builtin's call with `settle`. Only when `driver` is suspendable and
   * `nesting` is 0: the caller checks (and raises the language's error otherwise).
   */
  suspend(base: number, thenable: PromiseLike<unknown>, settle: SettleFunction): number {
    const top = Math.max(this.nativeTop, base);
    this.suspension = { thenable, settle, base, top, callee: this.currentNative };
    this.pushBoundary(top, this.currentNative);
    return CALL_PENDING;
  }

  /**
   * Continues a suspended thread once its thenable settled: completes the suspended builtin's
   * call (an error its settle function throws is raised there, as if the builtin had thrown it)
   * or, after a time slice, lets the engine go on. Returns true when a boundary below was reached
   * (the run is over), false when `run` must continue it, unless it is suspended again
   * (`suspension`). Errors no protected call catches are thrown, as from `run`.
   */
  resumeSuspended(fulfilled: boolean, value: unknown): boolean {
    const s = this.suspension!;
    this.suspension = null;
    this.popBoundary();
    if (s.settle === null) {
      // As after an engine tick (tiering counts it as loop work).
      this.ticked = true;
      return false;
    }
    const savedNative = this.currentNative;
    const savedTop = this.nativeTop;
    this.currentNative = s.callee;
    this.nativeTop = s.top;
    try {
      const n = s.settle(this, s.base, fulfilled, value);
      if (n === CALL_PENDING) return false;
      if ((this.hookMask & HOOK_RETURN) !== 0 && s.callee !== null) this.returnHook(s.base, n);
      this.currentNative = savedNative;
      this.nativeTop = savedTop;
      return this.deliver(s.base, n);
    } catch (e) {
      // The builtin is still the running function here, so the error is positioned as its own.
      return this.handleError(e);
    } finally {
      this.currentNative = savedNative;
      this.nativeTop = savedTop;
    }
  }

  /** The driver for a thread this one runs nested on the JS stack (a coroutine it resumes). */
  lendDriver(): AsyncDriver | null {
    const d = this.driver;
    if (d === null) return null;
    return this.nesting === 0 ? d : NOT_SUSPENDABLE;
  }

  /**
   * Replaces the register array by a copy, made in the young generation of the host's heap, so
   * that storing a newly allocated value (a boxed float, a table) into a register costs no write
   * barrier slow path: in V8 a store of a young value into an old array records the slot in a
   * remembered set, and the register array, long-lived, is old within a few collections
   * (docs/architecture.md, "A young register array"). Only between the ticks of the thread's
   * outermost run: then no engine, compiled function, builtin or hook of this thread is on the JS
   * stack holding the array (a nested run is one of theirs), only that run's caller, which reads
   * `stack` again after it (callAt, a coroutine's resume, an asynchronous driver). Not for long
   * arrays (deep recursion), whose copying would cost more than it saves. The language repoints
   * what else refers to the array (LanguageHooks.onStackRenewed: Lua's open upvalues).
   */
  private renewStack(): void {
    const n = this.stack.length;
    // About one register copied per instruction run: a copy every tick up to ENGINE_TICK registers.
    this.renewIn = Math.max(1, Math.ceil(n / ENGINE_TICK));
    if (this.runs !== 1 || n > STACK_RENEW_MAX) return;
    this.stack = this.stack.slice();
    this.hooks.onStackRenewed?.(this);
  }

  /**
   * Calls the language's tick hook, then starts counting the next tick. An error the hook throws
   * is handled as an error of the instruction the tick stopped at (the frame's pc): a protected
   * call may catch it and the run goes on, or it unwinds to the boundary and leaves `run`.
   */
  private endTick(): void {
    // The hook may call guest code (Lua runs finalizers here): a nested run, which must neither
    // take the continuation pending here nor overwrite the results it is to read, and which ends
    // with `ticked` false.
    const cont = this.pendingCont;
    const retBase = this.retBase;
    const retCount = this.retCount;
    this.pendingCont = -1;
    try {
      this.hooks.onTick?.(this);
      this.ticked = true;
      this.pendingCont = cont;
      this.retBase = retBase;
      this.retCount = retCount;
    } catch (e) {
      // When a handler caught it, the engine goes on from the handler's frame.
      this.ticked = !this.handleError(e);
    } finally {
      this.tickCost = ENGINE_TICK;
      this.jitCallsLeft = JIT_CALLS_PER_TICK;
    }
  }

  /**
   * The DSL's `call`: calls `fn` with stack[argBase ..] from the current guest frame, which resumes
   * at continuation `cont`. Returns true when the engine must reload its state from `frame` (a guest
   * frame was pushed, or a builtin finished in a frame it poked: `cont` pending), false when a
   * builtin already finished (results in retBase/retCount).
   */
  invoke(fn: GuestCallable, argBase: number, argc: number, cont: number): boolean {
    this.frame.cont = cont;
    const native = fn.native;
    if (native !== null) {
      let n: number;
      if (this.hookMask !== 0) n = this.callNative(fn, argBase, argc);
      else {
        const saved = this.currentNative;
        const savedTop = this.nativeTop;
        this.currentNative = fn;
        this.nativeTop = argBase + argc;
        n = native(this, argBase, argc);
        this.currentNative = saved;
        this.nativeTop = savedTop;
      }
      if (n >= 0) {
        this.retBase = argBase;
        this.retCount = n;
        const f = this.frame;
        if (!f.poked) return false;
        // Something wrote the caller's registers during the call (Frame.poked): the interpreter
        // runs the continuation, so compiled code does not go on with stale locals.
        f.poked = false;
        this.pendingCont = cont;
        return true;
      }
      return true;
    }
    this.pushGuest(fn, argBase, argc);
    return true;
  }

  /**
   * The DSL's `tailCall`: replaces the current guest frame by a call of `fn` with the arguments at
   * absolute stack[argBase ..]. Returns true when the engine must leave its run (a boundary was
   * reached by a builtin's return), false when it must reload.
   */
  tailInvoke(fn: GuestCallable, argBase: number, argc: number): boolean {
    const f = this.frame;
    if (fn.native !== null) {
      // A builtin in tail position: call it, then return its results from this frame.
      f.cont = CONT_RETURN;
      const n = this.callNative(fn, argBase, argc);
      if (n < 0) return false;
      return this.doReturn(argBase, n);
    }
    const base = f.base;
    const s = this.stack;
    for (let i = 0; i < argc; i++) s[base + i] = s[argBase + i];
    const p = fn.proto!;
    const need = base + p.frameSize + FRAME_SCRATCH;
    if (s.length < need) this.ensureStack(need);
    const tailCalls = f.tailCalls;
    f.enterGuest(fn, p, base, argc, s);
    f.tailCalls = tailCalls + 1;
    if ((this.hookMask & HOOK_CALL) !== 0) this.callHook(true);
    return false;
  }

  /**
   * The DSL's `guestReturn`: pops the current frame, delivering stack[retBase .. +retCount].
   * Returns true when a FRAME_BOUNDARY was reached (the engine's run is over).
   */
  doReturn(retBase: number, retCount: number): boolean {
    if ((this.hookMask & HOOK_RETURN) !== 0) this.returnHook(retBase, retCount);
    const f = this.frames[--this.depth];
    this.frame = f;
    // The common case, a guest caller waiting in a continuation, is deliver's first branch written
    // out here: small enough for the host to inline into every return site (deliver, a loop, it
    // does not inline), which saves a tenth of the time of a call and return in stitched code.
    if (f.kind === FRAME_GUEST && f.cont >= 0) {
      this.retBase = retBase;
      this.retCount = retCount;
      this.pendingCont = f.cont;
      return false;
    }
    return this.deliver(retBase, retCount);
  }

  /**
   * Delivers stack[retBase .. +retCount] as the results of the call the top frame is waiting for:
   * a guest frame resumes at its continuation (or returns them on, after a tail call of a
   * builtin); a builtin frame gets them in its continuation. Returns true when a boundary frame
   * is reached. Used on every return, and to resume a suspended thread.
   */
  deliver(retBase: number, retCount: number): boolean {
    let f = this.frame;
    for (;;) {
      if (f.kind === FRAME_GUEST) {
        if (f.cont === CONT_RETURN) {
          f = this.frames[--this.depth];
          this.frame = f;
          continue;
        }
        this.retBase = retBase;
        this.retCount = retCount;
        this.pendingCont = f.cont;
        return false;
      }
      if (f.kind === FRAME_BOUNDARY) {
        this.retBase = retBase;
        this.retCount = retCount;
        return true;
      }
      const n = f.nativeCont!(this, retBase, retCount, f);
      if (n === CALL_PENDING) return false;
      retBase = f.base;
      retCount = n;
      f = this.frames[--this.depth];
      this.frame = f;
    }
  }

  /**
   * For builtins: call guest function `fn` with stack[argBase .. argBase+argc-1] and continue in
   * `cont` with its results; `onError` makes the call protected (pcall). Returns what the builtin
   * must return: its result count if everything finished at once, else CALL_PENDING.
   * `base` is the builtin's own base (where its results go).
   */
  callThen(
    base: number,
    fn: GuestCallable,
    argBase: number,
    argc: number,
    cont: NativeContinuation,
    onError: NativeErrorHandler | null = null,
    messageHandler: NativeErrorFilter | null = null,
  ): number {
    const f = this.pushFrame();
    f.kind = FRAME_NATIVE;
    f.callee = this.currentNative;
    f.proto = null;
    f.base = base;
    f.pc = 0;
    f.cont = -1;
    f.argc = 0;
    f.top = 0;
    f.varargs = EMPTY;
    f.nativeCont = cont;
    f.onError = onError;
    f.messageHandler = messageHandler;
    f.state = undefined;
    const r = this.continueWith(f, fn, argBase, argc);
    if (r !== CALL_PENDING) {
      // Finished synchronously: drop the builtin frame, the builtin returns r results itself.
      this.depth--;
      this.frame = this.frames[this.depth];
    }
    return r;
  }

  /**
   * Pushes a boundary frame on this thread, so that its engine returns to whoever ran it: a
   * coroutine yield. `popBoundary` removes it before the thread is resumed.
   */
  pushBoundary(base: number, callee: GuestCallable | null = null): void {
    const f = this.pushFrame();
    f.kind = FRAME_BOUNDARY;
    // The builtin the boundary belongs to (a suspended coroutine still shows its `yield`).
    f.callee = callee;
    f.proto = null;
    f.base = base;
    f.cont = -1;
  }

  popBoundary(): void {
    this.frame = this.frames[--this.depth];
  }

  /** From a native continuation: make another call under the same builtin frame `f`. */
  continueWith(f: Frame, fn: GuestCallable, argBase: number, argc: number): number {
    const native = fn.native;
    if (native === null) {
      this.pushGuest(fn, argBase, argc);
      return CALL_PENDING;
    }
    const n = this.callNative(fn, argBase, argc);
    if (n === CALL_PENDING) return CALL_PENDING;
    // The frame `f` stays: whoever called continueWith (callThen, or `deliver` for a continuation
    // that made another call) removes it.
    return f.nativeCont!(this, argBase, n, f);
  }

  /** Return value `index` of the latest completed call (undefined past the end). */
  returnValue(index: number): unknown {
    return index < this.retCount ? this.stack[this.retBase + index] : undefined;
  }

  /**
   * For a builtin that changed how this thread must run (e.g. switched `engine` for debug hooks):
   * completes its call now with stack[base .. +n] and returns CALL_PENDING, for the builtin to
   * return, so the engine reloads (and hands over) before the next instruction.
   */
  completeAndReload(base: number, n: number): number {
    // The builtin returns now: its return hook fires here (the caller of callNative will not).
    if ((this.hookMask & HOOK_RETURN) !== 0 && this.currentNative !== null) this.returnHook(base, n);
    this.deliver(base, n);
    return CALL_PENDING;
  }

  /** Copies the latest call results to absolute `dst`, adjusted to `wanted` values (-1: all, sets top). */
  storeReturns(dst: number, wanted: number): void {
    const s = this.stack;
    const src = this.retBase;
    const n = this.retCount;
    if (wanted < 0) {
      if (s.length < dst + n + FRAME_SCRATCH) this.ensureStack(dst + n + FRAME_SCRATCH);
      for (let i = 0; i < n; i++) s[dst + i] = s[src + i];
      this.frame.top = dst - this.frame.base + n;
      return;
    }
    for (let i = 0; i < wanted; i++) s[dst + i] = i < n ? s[src + i] : undefined;
  }

  /**
   * Called by the engine with whatever was thrown. Unwinds to the nearest protected builtin frame
   * above the current boundary and lets it handle the error (returns false: reload and go on, or
   * true: the boundary was reached by the handler's return); otherwise unwinds to the boundary and
   * throws the language's error object out of the engine.
   */
  handleError(thrown: unknown): boolean {
    const err = this.hooks.toGuestError(this, thrown);
    // A builtin that threw did not restore where its free stack began; frames above set it anew.
    this.nativeTop = 0;
    const catchable = this.hooks.catchable === undefined || this.hooks.catchable(err);
    for (let d = catchable ? this.depth : 0; d > 0; d--) {
      const f = this.frames[d];
      if (f.kind === FRAME_BOUNDARY) break;
      if (f.kind === FRAME_NATIVE && f.onError !== null) {
        let e = err;
        if (f.messageHandler !== null) e = f.messageHandler(this, e, f);
        // The builtin that threw (if any) is gone: the engine runs guest code again.
        this.currentNative = null;
        this.hooks.onUnwind(this, f.base);
        this.depth = d;
        this.frame = f;
        const n = f.onError(this, e, f);
        if (n === CALL_PENDING) return false;
        this.depth = d;
        this.frame = f;
        return this.doReturn(f.base, n);
      }
    }
    this.hooks.onUncaught(this, err);
    this.currentNative = null;
    let d = this.depth;
    while (this.frames[d].kind !== FRAME_BOUNDARY) d--;
    const boundary = this.frames[d];
    this.hooks.onUnwind(this, boundary.base);
    this.depth = d;
    this.frame = boundary;
    throw err;
  }

  private nativeTopFor(): number {
    const f = this.frame;
    const p = f.proto;
    return Math.max(this.nativeTop, f.base + (p !== null ? p.frameSize + FRAME_SCRATCH : 0), f.base + f.top);
  }

  /**
   * Calls `fn` synchronously (re-entering the engine, so a JS stack frame per nesting) with
   * `args`, placed from absolute stack index `at`, and returns all results. Used by builtins that
   * cannot be written with callThen and by embedders.
   */
  callAt(at: number, fn: GuestCallable, args: readonly unknown[]): unknown[] {
    const n = args.length;
    this.ensureStack(at + n + FRAME_SCRATCH);
    const s = this.stack;
    for (let i = 0; i < n; i++) s[at + i] = args[i];
    this.callPlaced(at, fn, n);
    // The run may have renewed the array.
    const r = this.stack;
    const out = new Array<unknown>(this.retCount);
    for (let i = 0; i < this.retCount; i++) out[i] = r[this.retBase + i];
    return out;
  }

  /**
   * `call` with two arguments, returning the first result only (undefined when there is none):
   * comparators and the like, without an array for the arguments or the results.
   */
  call2(fn: GuestCallable, a: unknown, b: unknown): unknown {
    const at = this.nativeTopFor();
    this.ensureStack(at + 2 + FRAME_SCRATCH);
    const s = this.stack;
    s[at] = a;
    s[at + 1] = b;
    this.callPlaced(at, fn, 2);
    return this.retCount > 0 ? this.stack[this.retBase] : undefined;
  }

  /**
   * callAt's call, its `argc` arguments already in the stack from `at` (which has room for them
   * and FRAME_SCRATCH more): the results are left in retBase/retCount.
   */
  private callPlaced(at: number, fn: GuestCallable, argc: number): void {
    if (this.nesting >= this.maxNesting) throw new GuestStackOverflow(true);
    this.hooks.onNestedRun?.(this);
    const bottom = this.pushFrame();
    bottom.kind = FRAME_BOUNDARY;
    // The builtin that re-enters the engine (null from the embedder): a level of its own in tracebacks.
    bottom.callee = this.currentNative;
    bottom.proto = null;
    bottom.base = at;
    bottom.cont = -1;
    const depth = this.depth;
    this.nesting++;
    const outerNative = this.currentNative;
    this.currentNative = null;
    try {
      if (!this.startCall(fn, at, argc)) this.runPushed();
    } catch (e) {
      // Errors thrown by a builtin before the engine ran still need the language's treatment.
      if (this.depth > depth) {
        this.depth = depth;
        this.frame = this.frames[depth];
      }
      throw e;
    } finally {
      this.currentNative = outerNative;
      this.nesting--;
      this.depth = depth - 1;
      this.frame = this.frames[this.depth];
    }
  }

  /**
   * Calls `fn` with stack[argBase .. +argc] from a boundary frame: a builtin at once (returns
   * true: finished, results in retBase/retCount), a guest function by pushing its frame (false:
   * the engine must run).
   */
  private startCall(fn: GuestCallable, argBase: number, argc: number): boolean {
    if (fn.native === null) {
      this.pushGuest(fn, argBase, argc);
      return false;
    }
    const saved = this.currentNative;
    const savedTop = this.nativeTop;
    this.currentNative = fn;
    this.nativeTop = argBase + argc;
    let n: number;
    try {
      n = this.hookMask !== 0 ? this.callNative(fn, argBase, argc) : fn.native(this, argBase, argc);
    } catch (e) {
      // Converted while the builtin is still the running function, so it is positioned as
      // an error raised inside that builtin (not inside whoever called it).
      throw this.hooks.toGuestError(this, e);
    } finally {
      this.currentNative = saved;
      this.nativeTop = savedTop;
    }
    if (n < 0) return false;
    this.retBase = argBase;
    this.retCount = n;
    return true;
  }

  /**
   * For asynchronous drivers: pushes a boundary frame above everything in use and starts a call
   * of `fn` with `args` from it, without nesting (nothing of the call stays on the JS stack).
   * Returns true when the call finished at once; otherwise the driver runs the thread (`run`,
   * then `resumeSuspended` whenever `suspension` is set) until the boundary is reached, and
   * `endCall` takes the results. `boundaryDepth` is `depth` just after this call pushed it.
   */
  beginCall(fn: GuestCallable, args: readonly unknown[]): boolean {
    const at = this.nativeTopFor();
    this.pushBoundary(at);
    this.frame.top = 0;
    this.ensureStack(at + args.length + FRAME_SCRATCH);
    for (let i = 0; i < args.length; i++) this.stack[at + i] = args[i];
    return this.startCall(fn, at, args.length);
  }

  /**
   * Ends a call begun by `beginCall` whose boundary is at `boundaryDepth`: removes it (and, after
   * an error, whatever is left above it) and returns the call's results (none after an error).
   */
  endCall(boundaryDepth: number, failed: boolean): unknown[] {
    const out = new Array<unknown>(failed ? 0 : this.retCount);
    for (let i = 0; i < out.length; i++) out[i] = this.stack[this.retBase + i];
    this.suspension = null;
    this.currentNative = null;
    this.depth = boundaryDepth - 1;
    this.frame = this.frames[this.depth];
    return out;
  }

  /** `callAt` above everything the current frame or builtin uses. */
  call(fn: GuestCallable, args: readonly unknown[]): unknown[] {
    return this.callAt(this.nativeTopFor(), fn, args);
  }
}
