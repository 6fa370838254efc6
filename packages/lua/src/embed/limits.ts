import { ENGINE_TICK, JIT_CALLS_PER_TICK } from '@deegen/ir';
import type { Thread } from '@deegen/ir';
import { LuaError } from '../runtime/errors.js';
import { SIZE, memoryMeter, meterTotal } from '../runtime/memory-meter.js';
import type { LuaRealm } from '../runtime/realm.js';
import { LuaLimitError } from './limit-error.js';
import type { LuaLimitKind } from './limit-error.js';
import { measureHeap } from './memory-measure.js';
import type { Matcher } from '../lib/lua-patterns.js';

/**
 * What a run of a Lua state may use (`new LuaState({ limits })`, `LuaState.limits`,
 * `LuaState.withLimits`). A run is one call into the state from JS (`call`, and whatever else
 * starts guest code from the embedder); calls back into the state from a JS function that Lua
 * called belong to the run that called it. docs/embedding.md ("Limits") describes the
 * accounting; in short:
 * - `instructions` are counted by the engines' ticks: every ENGINE_TICK (1,024) instructions in
 *   the interpreter; in compiled code every 1,024 taken branches, charged as 1,024 times the
 *   instructions per branch of the function's innermost loops. Builtins charge their work
 *   (BYTES_PER_INSTRUCTION, pattern-matching steps, callbacks...). A run stops within one tick
 *   of its budget (plus one builtin call's work).
 * - `timeoutMs` and `signal` are looked at on the same occasions.
 * - `memoryBytes` caps what the state's program can reach, measured by a mark pass whenever what
 *   it allocated since the last measurement could have taken it past the cap.
 */
export interface LuaLimits {
  /** Instructions a run may execute. */
  readonly instructions?: number;
  /** Milliseconds of wall-clock time a run may take from its start. */
  readonly timeoutMs?: number;
  /** Once aborted, the running run stops and no new run starts (LuaLimitError, kind `aborted`). */
  readonly signal?: AbortSignal;
  /**
   * Bytes of memory the state's program may hold. Going past it raises Lua's catchable
   * "not enough memory" the first time; still being past it at the next measurement (or ever
   * at twice the cap) ends the run with LuaLimitError, kind `memory`.
   */
  readonly memoryBytes?: number;
}

/** Builtins charge one instruction per this many bytes they produce or scan. */
export const BYTES_PER_INSTRUCTION = 16;
/** Instructions charged each time a builtin calls a Lua function (a sort comparator, a gsub function...). */
export const CALLBACK_COST = 8;
/**
 * Instructions charged for a guest call made by compiled code, which counts only taken branches:
 * the call, its arguments, the return (a function without loops runs about this many).
 */
export const COMPILED_CALL_COST = 4;
/** Pattern-matching steps (entries into the matcher) between charges, charged one instruction each. */
export const MATCH_STEP_CHUNK = 1024;
/** A measurement of the heap is charged one instruction per this many bytes it finds. */
const MEASURE_BYTES_PER_INSTRUCTION = 256;
/**
 * Past the memory cap by this fraction, a run is stopped at once (no catchable error first). Large:
 * a string in registers is counted once per register that holds it (memory-measure.ts).
 */
const HARD_MEMORY_MARGIN = 1;

function now(): number {
  return performance.now();
}

/**
 * The limits of one state, kept on its realm (`realm.limits`; null while none was ever set, so
 * that states without limits pay one null check per tick). The engines' tick, the start of nested
 * runs (`Thread.callAt`) and builtins report here (runtime/hooks.ts, chargeWork, reserveMemory).
 */
export class RunLimits {
  /** The limits each run starts with. */
  defaults: LuaLimits;
  /** Set inside LuaState.withLimits: merged over `defaults` for the runs started there. */
  overrides: LuaLimits | undefined = undefined;
  /** Runs opened with beginRun that have not ended: while any is open, callAt starts no new run. */
  private explicitRuns = 0;

  // The current run.
  private used = 0;
  private budget = Infinity;
  /** `used` at which `check` must look next (the budget, or the next time to look at the clock and signal). */
  private nextCheck = Infinity;
  private timeoutMs = Infinity;
  private deadline = Infinity;
  private signal: AbortSignal | undefined = undefined;
  /** Whether the clock or the signal must be looked at regularly. */
  private polled = false;

  // Memory.
  private memoryCap = Infinity;
  /** Bytes reachable at the last measurement, and the meter's total (meterTotal) then. */
  private live = 0;
  private allocatedAtMeasure = 0;
  /** A catchable "not enough memory" was raised and no measurement since found the heap under the cap. */
  private strike = false;
  private readonly overflow = (): void => this.measure(null);
  /** Tables and closures the realm had created when the last tick charged them (Collector.allocationsTotal). */
  private createdSeen = 0;
  /** A LuaLimitError stopped the latest run (its registers are left to clear). */
  private stopped = false;

  constructor(
    private readonly realm: LuaRealm,
    private readonly mainThread: Thread,
    defaults: LuaLimits,
  ) {
    this.defaults = defaults;
  }

  /** Runs `body` with `overrides` merged over `defaults` for the runs it starts (LuaState.withLimits). */
  withOverrides<T>(overrides: LuaLimits, body: () => T): T {
    const saved = this.overrides;
    this.overrides = { ...saved, ...overrides };
    try {
      return body();
    } finally {
      this.overrides = saved;
    }
  }

  /**
   * Opens a run explicitly, for runners whose run is more than one `callAt` (an asynchronous run
   * that returns to the event loop between slices): budgets and the deadline then span every
   * slice until `endRun`. Synchronous calls need nothing: the outermost `callAt` of the main
   * thread starts a run by itself.
   */
  beginRun(): void {
    if (this.explicitRuns++ === 0) this.startRun();
  }

  endRun(): void {
    if (this.explicitRuns > 0) this.explicitRuns--;
  }

  /** Resets the counters for a new run from `defaults` and `overrides`; refuses to start when aborted. */
  private startRun(): void {
    if (this.stopped) {
      // The stopped run's registers are still in the main thread's stack, holding what they held
      // (memory the next measurement would count). No frame uses them now.
      this.stopped = false;
      this.mainThread.stack.fill(undefined);
    }
    const l = this.overrides === undefined ? this.defaults : { ...this.defaults, ...this.overrides };
    this.used = 0;
    this.budget = l.instructions ?? Infinity;
    this.timeoutMs = l.timeoutMs ?? Infinity;
    this.deadline = l.timeoutMs === undefined ? Infinity : now() + l.timeoutMs;
    this.signal = l.signal;
    this.polled = this.deadline !== Infinity || this.signal !== undefined;
    this.nextCheck = this.polled ? Math.min(this.budget + 1, ENGINE_TICK) : this.budget + 1;
    this.memoryCap = l.memoryBytes ?? Infinity;
    this.strike = false;
    if (this.memoryCap !== Infinity) this.arm();
    if (this.signal?.aborted === true) throw this.aborted();
  }

  /** The engine ticked on `t`: Thread.tickCost instructions, and the guest calls compiled code made. */
  tick(t: Thread): void {
    this.used += t.tickCost + (JIT_CALLS_PER_TICK - t.jitCallsLeft) * COMPILED_CALL_COST;
    if (this.used >= this.nextCheck) this.check();
    if (this.memoryCap !== Infinity) {
      // Stacks grow on rare paths, and tables and closures are made on hot paths, that only count.
      memoryMeter.allocated += t.stackGrowth * 8;
      t.stackGrowth = 0;
      const created = this.realm.gc.allocationsTotal;
      memoryMeter.allocated += (created - this.createdSeen) * SIZE.createdObject;
      this.createdSeen = created;
      // Another state may have armed the meter for itself meanwhile.
      if (memoryMeter.overflow !== this.overflow) this.arm();
      if (memoryMeter.allocated > memoryMeter.trigger) this.measure(t);
    }
  }

  /** `Thread.callAt` is about to run guest code on `t`: a new run from the embedder, or a builtin's callback. */
  nestedRun(t: Thread): void {
    if (t.nesting === 0 && t === this.mainThread && this.explicitRuns === 0) this.startRun();
    else this.charge(CALLBACK_COST);
  }

  /** Charges `units` instructions of work (see chargeWork). */
  charge(units: number): void {
    if ((this.used += units) >= this.nextCheck) this.check();
  }

  private check(): void {
    if (this.used > this.budget) throw this.stop('instructions', `instruction limit exceeded (${this.budget} instructions)`);
    if (this.polled) {
      if (this.signal?.aborted === true) throw this.aborted();
      if (now() > this.deadline) throw this.deadlinePassed();
    }
    this.nextCheck = this.polled ? Math.min(this.budget + 1, this.used + ENGINE_TICK) : this.budget + 1;
  }

  /**
   * For an asynchronous run waiting on a promise: a promise that rejects with the run's limit
   * error when its signal aborts or its deadline passes first (the wait then ends with it, see
   * @deegen/ir callAsync `interrupt`), and a function that stops watching. Undefined when the
   * run has neither.
   */
  interruption(): { promise: Promise<never>; cancel: () => void } | undefined {
    const signal = this.signal;
    const deadline = this.deadline;
    if (signal === undefined && deadline === Infinity) return undefined;
    let cancel = (): void => {};
    const promise = new Promise<never>((_resolve, reject) => {
      const onAbort = (): void => reject(this.aborted());
      const timer = deadline === Infinity ? undefined : setTimeout(() => reject(this.deadlinePassed()), Math.max(0, deadline - now()));
      signal?.addEventListener('abort', onAbort, { once: true });
      if (signal?.aborted === true) onAbort();
      cancel = () => {
        if (timer !== undefined) clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
    });
    // Nobody may be waiting when it fires (the run went on): that is not an unhandled rejection.
    promise.catch(() => {});
    return { promise, cancel };
  }

  private deadlinePassed(): LuaLimitError {
    return this.stop('deadline', `time limit exceeded (${this.timeoutMs} ms)`);
  }

  private aborted(): LuaLimitError {
    const reason = this.signal?.reason;
    const why = reason instanceof Error ? `: ${reason.message}` : reason === undefined ? '' : `: ${String(reason)}`;
    return this.stop('aborted', `run aborted${why}`, reason);
  }

  private memoryStop(): LuaLimitError {
    return this.stop('memory', `not enough memory (memory limit of ${this.memoryCap} bytes exceeded)`);
  }

  /** The error that ends the run. */
  private stop(kind: LuaLimitKind, message: string, reason?: unknown): LuaLimitError {
    this.stopped = true;
    return new LuaLimitError(kind, message, reason);
  }

  /** Before a builtin allocates about `bytes` (see reserveMemory). */
  reserve(t: Thread, bytes: number): void {
    const cap = this.memoryCap;
    if (cap !== Infinity && bytes > cap - this.live) {
      // More than the room left at the last measurement: look before allocating (again only if
      // something was allocated since, or if the heap was past the cap, as the program may have let
      // go of things since; `measure` stops a program that stays past it). Nothing is allocated
      // yet, so refusing is catchable.
      if (meterTotal() !== this.allocatedAtMeasure || this.live > cap) this.measure(t);
      if (this.live + bytes > cap) throw new LuaError('not enough memory');
    }
    memoryMeter.allocated += bytes;
    if (cap !== Infinity && memoryMeter.allocated > memoryMeter.trigger) this.measure(t);
  }

  /** Has the meter call `measure` once the allocations since the last measurement could pass the cap. */
  private arm(): void {
    const cap = this.memoryCap;
    // Never sooner than an eighth of the cap: measuring costs as much as the heap is large.
    memoryMeter.trigger = this.allocatedAtMeasure - memoryMeter.base + Math.max(cap - this.live, cap / 8);
    memoryMeter.overflow = this.overflow;
  }

  /**
   * Measures what the program can reach (the main thread, the running coroutine `t` or the
   * realm's, and everything reachable from them and the realm's roots) and enforces the cap.
   */
  private measure(t: Thread | null): void {
    if (this.memoryCap === Infinity) return;
    const threads = t === null ? [this.mainThread] : [this.mainThread, t];
    this.live = measureHeap(this.realm, threads);
    this.allocatedAtMeasure = meterTotal();
    this.arm();
    // Measuring is work done for the program: charged as one instruction per MEASURE_BYTES_PER_INSTRUCTION bytes.
    this.charge(Math.floor(this.live / MEASURE_BYTES_PER_INSTRUCTION));
    const cap = this.memoryCap;
    if (this.live <= cap) {
      this.strike = false;
      return;
    }
    if (this.strike || this.live > cap * (1 + HARD_MEMORY_MARGIN)) {
      throw this.memoryStop();
    }
    this.strike = true;
    throw new LuaError('not enough memory');
  }
}

/**
 * Charges `units` instructions of work done by a builtin to the running state's limits; it may
 * end the run (LuaLimitError). Cost model (docs/embedding.md): one instruction per
 * BYTES_PER_INSTRUCTION bytes a builtin produces or scans, per matching step, per element a
 * table function moves or sorts (n log2 n for sort), per result of unpack.
 */
export function chargeWork(t: Thread, units: number): void {
  const l = (t.realm as LuaRealm).limits;
  if (l !== null && units >= 1) l.charge(units);
}

/**
 * Has the running state's limits charge `m`'s matching steps, one instruction each, in chunks of
 * MATCH_STEP_CHUNK (so that a pathological pattern is stopped while it backtracks); settleMatcher
 * charges the rest when the match is over.
 */
export function meterMatcher(t: Thread, m: Matcher): void {
  const l = (t.realm as LuaRealm).limits;
  if (l === null) return;
  m.stepsLeft = MATCH_STEP_CHUNK;
  m.onSteps = (mm) => {
    mm.stepsLeft = MATCH_STEP_CHUNK;
    l.charge(MATCH_STEP_CHUNK);
  };
}

export function settleMatcher(t: Thread, m: Matcher): void {
  if (m.onSteps === null) return;
  const used = MATCH_STEP_CHUNK - m.stepsLeft;
  m.stepsLeft = MATCH_STEP_CHUNK;
  chargeWork(t, used);
}

/** Work units for `bytes` bytes produced or scanned. */
export function bytesWork(bytes: number): number {
  return Math.floor(bytes / BYTES_PER_INSTRUCTION);
}

/**
 * Before a builtin allocates about `bytes` (a string it is about to build): raises Lua's
 * "not enough memory" if that would take the state past its memory limit, and charges the bytes.
 */
export function reserveMemory(t: Thread, bytes: number): void {
  const l = (t.realm as LuaRealm).limits;
  if (l !== null) l.reserve(t, bytes);
  else memoryMeter.allocated += bytes;
}
