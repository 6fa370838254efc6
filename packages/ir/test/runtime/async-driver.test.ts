import { describe, expect, it } from 'vitest';
import { callAsync } from '@deegen/ir';
import { CalcError } from '../fixtures/calc/runtime.js';
import { builtin, engines, guest, machine, pcall } from '../generator/calc-harness.js';

// The generic part of awaiting host promises (Thread.suspend, resumeSuspended, the time slices of
// Thread.run, callAsync), on the generator's calc fixture in each of its engines.

/** `twice(x)`: waits for a timer, then returns x*2; a string x makes the promise reject. */
const twice = builtin('twice', (t, base) => {
  const x = t.stack[base];
  if (t.driver === null) throw new CalcError('not async');
  const p = new Promise((resolve, reject) => setTimeout(() => (typeof x === 'string' ? reject(new Error(x)) : resolve(x)), 1));
  return t.suspend(base, p, (t2, b, fulfilled, value) => {
    if (!fulfilled) throw new CalcError(`rejected: ${(value as Error).message}`);
    t2.stack[b] = (value as number) * 2;
    return 1;
  });
});

/** callAll(f, x): every result of f(x). */
const callAll = guest('callAll', 2, 4, (b) => {
  b.CALL(0, 1, -1);
  b.RETURN(0, -1);
});

/** protected(f, x): pcall(f, x). */
const protectedCall = guest('protected', 2, 5, (b) => {
  b.LOADK(2, b.constant(pcall));
  b.MOVE(3, 0);
  b.MOVE(4, 1);
  b.CALL(2, 2, -1);
  b.RETURN(2, -1);
});

/** spin(n): counts n down in a loop (thousands of ticks for a large n). */
const spin = guest('spin', 1, 3, (b) => {
  const top = b.pc;
  const done = b.EQ(0, -1 - b.constant(0), 1, 0);
  b.ADD(0, 0, -1 - b.constant(-1));
  const back = b.JMP(0);
  b.setTarget(back, top);
  b.setTarget(done, b.pc);
  b.RETURN(0, 1);
});

describe.each(engines)('asynchronous calls run by %s', (_name, engine, jit) => {
  it('suspends at a builtin that waits on a promise and continues with its value', async () => {
    const m = machine(engine, jit);
    expect(await callAsync(m.thread, callAll, [twice, 21])).toEqual([42]);
    expect(m.thread.depth).toBe(0);
    // A synchronous call lends no driver: the builtin refuses to wait.
    expect(() => m.thread.call(callAll, [twice, 1])).toThrow(expect.objectContaining({ value: 'not async' }));
  });

  it('raises a rejection at the call, where a protected builtin frame catches it', async () => {
    const m = machine(engine, jit);
    expect(await callAsync(m.thread, protectedCall, [twice, 'no'])).toEqual([false, 'rejected: no']);
    await expect(callAsync(m.thread, callAll, [twice, 'uncaught'])).rejects.toMatchObject({ value: 'rejected: uncaught' });
    expect(m.thread.depth).toBe(0);
    expect(await callAsync(m.thread, protectedCall, [twice, 4])).toEqual([true, 8]);
  });

  it('hands the event loop a turn at engine ticks once the time slice is over', async () => {
    const m = machine(engine, jit);
    let pauses = 0;
    const results = await callAsync(m.thread, spin, [200000], { sliceMs: 0, onPause: () => pauses++ });
    expect(results).toEqual([0]);
    // Every engine ticks (the reference executor too, for the limits of runs).
    expect(pauses).toBeGreaterThan(10);
  });
});
