import type { GuestCallable } from './proto.js';
import type { AsyncDriver, Thread } from './thread.js';

/** How long an asynchronous run keeps the host's event loop waiting at most, by default (ms). */
export const DEFAULT_SLICE_MS = 10;

/** A promise settled in the next turn of the host's event loop (after timers and I/O that are due). */
function nextTurn(): Promise<void> {
  const immediate = (globalThis as { setImmediate?: (cb: () => void) => unknown }).setImmediate;
  return new Promise((resolve) => {
    if (immediate !== undefined) immediate(resolve);
    else setTimeout(resolve, 0);
  });
}

export interface AsyncCallOptions {
  /** Longest stretch of guest code between two returns to the event loop (ms; default 10). */
  readonly sliceMs?: number;
  /** Called each time the thread stops to wait (on a promise or a turn of the event loop), and when it goes on. */
  readonly onPause?: (t: Thread) => void;
  readonly onResume?: (t: Thread) => void;
  /**
   * Called when the run starts to wait on a promise: a promise that, if it rejects first, ends
   * the wait with its reason as the rejection (the language's limits: a deadline, an abort).
   */
  readonly interrupt?: () => PromiseLike<never> | undefined;
}

/**
 * Calls `fn` with `args` on `t` to completion without blocking the host: whenever guest code
 * reaches a builtin that suspended the thread on a promise (Thread.suspend), or runs past the end
 * of its time slice (checked at engine ticks), the run waits for that promise or for one turn of
 * the event loop, then continues where it stopped. Nothing of a waiting run is on the JS stack:
 * its state is the thread's frames. Resolves to the call's results; rejects with the language's
 * error (LanguageHooks.toGuestError) when an error escapes the call.
 *
 * The thread must not be running (its engine not on the JS stack) and must stay reserved for this
 * run until it settles: a suspended thread has a boundary frame on top that only this run may
 * remove. Synchronous calls (`Thread.call`) on it in the meantime are fine: they run above it.
 */
export function callAsync(t: Thread, fn: GuestCallable, args: readonly unknown[], options: AsyncCallOptions = {}): Promise<unknown[]> {
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  const driver: AsyncDriver & { sliceEnd: number } = { sliceEnd: 0, suspendable: true, nextTurn };
  return new Promise<unknown[]>((resolve, reject) => {
    const boundaryDepth = t.depth + 1;
    /** Runs the thread from `start` until the call ends or it waits again. */
    const step = (start: () => boolean): void => {
      const outer = t.driver;
      t.driver = driver;
      driver.sliceEnd = Date.now() + sliceMs;
      let results: unknown[];
      try {
        if (!start() && t.suspension === null) t.run();
        if (t.suspension !== null) {
          const thenable = t.suspension.thenable;
          options.onPause?.(t);
          const interrupt = t.suspension.settle === null ? undefined : options.interrupt?.();
          (interrupt === undefined ? Promise.resolve(thenable) : Promise.race([thenable, interrupt])).then(
            (value) => resumeWith(true, value),
            (reason) => resumeWith(false, reason),
          );
          return;
        }
        results = t.endCall(boundaryDepth, false);
      } catch (e) {
        // Errors thrown out of the engine were unwound to the call's boundary (Thread.handleError).
        if (t.depth >= boundaryDepth) t.endCall(boundaryDepth, true);
        reject(e);
        return;
      } finally {
        t.driver = outer;
      }
      resolve(results);
    };
    const resumeWith = (fulfilled: boolean, value: unknown): void => {
      options.onResume?.(t);
      step(() => t.resumeSuspended(fulfilled, value));
    };
    step(() => t.beginCall(fn, args));
  });
}
