import { describe, expect, it } from 'vitest';
import type { Tiering } from '@deegen/tiering';
import { Box, CalcError } from '../fixtures/calc/runtime.js';
import type { CalcFunction } from '../fixtures/calc/runtime.js';
import { builtin, engines, guest, machine, pair, pcall } from './calc-harness.js';

// Each program is assembled by hand with the generated builder and run by `thread.call` in both
// engines with the same expectations, so the generated interpreter and reference mode must agree.

/** Runs `fn(args)` and returns its results, or `throws <value>` when a CalcError escapes. */
function outcome(run: () => unknown[]): unknown {
  try {
    return run();
  } catch (e) {
    if (e instanceof CalcError) return `throws ${String(e.value)}`;
    throw e;
  }
}

const add = guest('add', 2, 4, (b) => {
  b.ADD(2, 0, 1); // ADD_SS
  b.ADD(3, 2, -1 - b.constant(10)); // ADD_SK
  b.RETURN(2, 2);
});

const addConstants = guest('addConstants', 1, 3, (b) => {
  b.ADD(1, -1 - b.constant(2), -1 - b.constant(3)); // ADD_KK
  b.ADD(2, -1 - b.constant(new Box(4)), 0); // ADD_KS
  b.RETURN(1, 2);
});

const neg = guest('neg', 1, 2, (b) => {
  b.NEG(1, 0);
  b.RETURN(1, 1);
});

/** Returns x+1 and x+2. */
const twoMore = guest('twoMore', 1, 3, (b) => {
  b.LOADI(1, 1);
  b.ADD(1, 0, 1);
  b.LOADI(2, 2);
  b.ADD(2, 0, 2);
  b.RETURN(1, 2);
});

const nothing = guest('nothing', 0, 1, (b) => {
  b.RETURN(0, 0);
});

/** callv(f, x): the last result of f(5) and of f(x), through CALLV_K and CALLV_S. */
const callv = guest('callv', 2, 4, (b) => {
  b.CALLV(2, 0, -1 - b.constant(5));
  b.CALLV(3, 0, 1);
  b.RETURN(2, 2);
});

/** callAll(f, x): every result of f(x) (CALL with nresults -1, then RETURN with count -1). */
const callAll = guest('callAll', 2, 4, (b) => {
  b.CALL(0, 1, -1);
  b.RETURN(0, -1);
});

/** callThree(f, x): f(x) adjusted to three results. */
const callThree = guest('callThree', 2, 4, (b) => {
  b.CALL(0, 1, 3);
  b.RETURN(0, 3);
});

/** countdown(n, acc): acc + n + (n-1) + ... + 1, by a self tail call per step. */
const self = {};
const countdown = guest('countdown', 2, 5, (b) => {
  const kSelf = b.constant(self);
  const done = b.EQ(0, -1 - b.constant(0), 1, 0); // EQ_SK_1
  b.ADD(4, 1, 0);
  b.ADD(3, 0, -1 - b.constant(-1));
  b.LOADK(2, kSelf);
  b.TAILCALL(2, 2);
  b.setTarget(done, b.pc);
  b.RETURN(1, 1);
});
countdown.proto!.consts[countdown.proto!.consts.indexOf(self)] = countdown;

/** tailPair(x): a tail call of a builtin that finishes at once. */
const tailPair = guest('tailPair', 1, 3, (b) => {
  b.LOADK(1, b.constant(pair));
  b.MOVE(2, 0);
  b.TAILCALL(1, 1);
});

/** tailProtected(f, x): a tail call of pcall, a builtin that waits for a guest call (CONT_RETURN). */
const tailProtected = guest('tailProtected', 2, 5, (b) => {
  b.LOADK(2, b.constant(pcall));
  b.MOVE(3, 0);
  b.MOVE(4, 1);
  b.TAILCALL(2, 2);
});

/** min(a, b) by LT: the fast path for ints, the slow path (and the realm's comparer) otherwise. */
const min = guest('min', 2, 2, (b) => {
  const lt = b.LT(0, 1, 0);
  b.RETURN(1, 1);
  b.setTarget(lt, b.pc);
  b.RETURN(0, 1);
});

/** inner(x): calls neg(x) one frame deeper, so an error there unwinds two guest frames. */
const inner = guest('inner', 1, 3, (b) => {
  b.LOADK(1, b.constant(neg));
  b.MOVE(2, 0);
  b.CALL(1, 1, 1);
  b.RETURN(1, 1);
});

/** protect(x): pcall(inner, x), then its own name, so the program visibly goes on afterwards. */
const protect = guest('protect', 1, 5, (b) => {
  b.LOADK(1, b.constant(pcall));
  b.LOADK(2, b.constant(inner));
  b.MOVE(3, 0);
  b.CALL(1, 2, 2);
  b.FNAME(3);
  b.RETURN(1, 3);
});

/** va(...): the first three varargs with the first two swapped, the function's name, their sum. */
const va = guest('va', 0, 6, (b) => {
  b.VARARGPREP(0);
  b.VARARG(0, 3);
  b.SWAP(0);
  b.FNAME(3);
  b.SUM(4, 0, 3);
  b.RETURN(0, 5);
});

/** rest(x, ...): every vararg (VARARG -1 sets top, RETURN -1 reads it). */
const rest = guest('rest', 1, 2, (b) => {
  b.VARARGPREP(1);
  b.VARARG(1, -1);
  b.RETURN(1, -1);
});

/** sumUp(n): 1 + ... + n counting up with STEP_1 (n >= 1). */
const sumUp = guest('sumUp', 1, 4, (b) => {
  b.MOVE(2, 0);
  b.LOADI(1, 0);
  b.LOADI(3, 0);
  const loop = b.STEP(1, 1, 0);
  b.ADD(3, 3, 1);
  b.RETURN(3, 1);
  b.setTarget(loop, b.pc);
  b.ADD(3, 3, 1);
  b.JMP(loop);
});

/** sumDown(n): n + ... + 1 counting down with STEP_m1 (n >= 1). */
const sumDown = guest('sumDown', 1, 3, (b) => {
  b.LOADI(1, 0);
  b.LOADI(2, 0);
  const loop = b.ADD(2, 2, 0);
  b.STEP(0, -1, loop);
  b.RETURN(2, 1);
});

/** isZero(x): 1 when x is 0 or undefined (TEST and JMP). */
const isZero = guest('isZero', 1, 2, (b) => {
  const test = b.TEST(0, 0);
  b.LOADI(1, 1);
  const jmp = b.JMP(0);
  b.setTarget(test, b.pc);
  b.LOADI(1, 0);
  b.setTarget(jmp, b.pc);
  b.RETURN(1, 1);
});

/** sameAsBox3(x): EQ_SK_0 against a boxed constant, and an EQ_KK_1 that always branches. */
const sameAsBox3 = guest('sameAsBox3', 1, 2, (b) => {
  const k = b.constant(new Box(3));
  const differs = b.EQ(0, -1 - k, 0, 0);
  b.LOADI(1, 1);
  const always = b.EQ(-1 - k, -1 - k, 1, 0);
  b.setTarget(differs, b.pc);
  b.LOADI(1, 0);
  b.setTarget(always, b.pc);
  b.RETURN(1, 1);
});

describe('the calc fixture with the baseline JIT', () => {
  it('runs the functions it is given as stitched code', () => {
    const [, engine, jit] = engines.find(([, , j]) => j !== undefined)!;
    const m = machine(engine, jit);
    expect(outcome(() => m.thread.call(add, [1, 2]))).toEqual([3, 13]);
    expect((m.thread.tiering as Tiering).stats.compiled).toBe(1);
    expect(add.proto!.jit).toBeTypeOf('function');
  });
});

describe.each(engines)('the calc fixture run by %s', (_name, engine, jit) => {
  const call = (fn: CalcFunction, args: unknown[], setup?: (m: ReturnType<typeof machine>) => void) => {
    const m = machine(engine, jit);
    setup?.(m);
    return outcome(() => m.thread.call(fn, args));
  };

  it('adds ints and boxes on the fast paths and mixed operands on the slow path', () => {
    expect(call(add, [1, 2])).toEqual([3, 13]);
    expect(call(add, [new Box(1), new Box(2)])).toEqual([new Box(3), 13]);
    expect(call(add, [1, new Box(2)])).toEqual([3, 13]);
    expect(call(addConstants, [new Box(1)])).toEqual([5, new Box(5)]);
  });

  it('negates on the fast path and the generic path, which raises an error for a string', () => {
    expect(call(neg, [5])).toEqual([-5]);
    expect(call(neg, [new Box(2)])).toEqual([new Box(-2)]);
    expect(call(neg, ['s'])).toBe('throws cannot negate');
  });

  it('calls the realm adder from a slow path and resumes in a continuation, for a guest and a builtin adder', () => {
    const guestAdder = guest('adder', 2, 3, (b) => {
      b.LOADI(2, 100);
      b.RETURN(2, 1);
    });
    expect(call(add, ['x', 1], (m) => (m.realm.adder = guestAdder))).toEqual([100, 110]);
    const nativeAdder = builtin('adder', (t, base) => {
      t.stack[base] = 7;
      return 1;
    });
    expect(call(add, ['x', 1], (m) => (m.realm.adder = nativeAdder))).toEqual([7, 17]);
  });

  it('raises errors from a slow path called by a slow path and by a continuation', () => {
    expect(call(add, ['x', 1])).toBe('throws cannot add');
    const badAdder = guest('badAdder', 2, 3, (b) => {
      b.LOADK(2, b.constant('no'));
      b.RETURN(2, 1);
    });
    expect(call(add, ['x', 1], (m) => (m.realm.adder = badAdder))).toBe('throws adder returned a non-int');
  });

  it('resumes a call in its continuation after a builtin (inline) and after a guest function (conts switch)', () => {
    expect(call(callv, [pair, 1])).toEqual([15, 3]);
    expect(call(callv, [twoMore, 1])).toEqual([7, 3]);
    expect(call(callv, [nothing, 1])).toEqual([undefined, undefined]);
    expect(call(callv, [3, 1])).toBe('throws cannot call');
  });

  it('stores all results of a call and sets top, or adjusts them to a fixed count', () => {
    expect(call(callAll, [pair, 4])).toEqual([8, 12]);
    expect(call(callAll, [twoMore, 4])).toEqual([5, 6]);
    expect(call(callAll, [nothing, 4])).toEqual([]);
    expect(call(callThree, [pair, 4])).toEqual([8, 12, undefined]);
    expect(call(callThree, [twoMore, 4])).toEqual([5, 6, undefined]);
    expect(call(callAll, ['f', 4])).toBe('throws cannot call');
  });

  it('runs a hundred thousand self tail calls in a constant number of frames', () => {
    const m = machine(engine, jit);
    expect(m.thread.call(countdown, [100000, 0])).toEqual([5000050000]);
    expect(m.thread.frames.length).toBeLessThan(5);
    expect(m.thread.depth).toBe(0);
  });

  it('tail-calls a builtin that finishes at once, and one that waits for a guest call (CONT_RETURN)', () => {
    expect(call(tailPair, [5])).toEqual([10, 15]);
    expect(call(tailProtected, [twoMore, 1])).toEqual([true, 2, 3]);
    expect(call(tailProtected, [neg, 'x'])).toEqual([false, 'cannot negate']);
  });

  it('compares ints on the fast path and boxes on the slow path, which branches from outlined code', () => {
    expect(call(min, [1, 2])).toEqual([1]);
    expect(call(min, [3, 2])).toEqual([2]);
    expect(call(min, [new Box(5), new Box(4)])).toEqual([new Box(4)]);
    expect(call(min, [new Box(4), new Box(5)])).toEqual([new Box(4)]);
    expect(call(min, ['a', 'b'])).toBe('throws cannot compare');
  });

  it('branches in a continuation on the result of the realm comparer, guest or builtin', () => {
    const alwaysLess = guest('alwaysLess', 2, 3, (b) => {
      b.LOADI(2, 1);
      b.RETURN(2, 1);
    });
    expect(call(min, ['y', 'x'], (m) => (m.realm.comparer = alwaysLess))).toEqual(['y']);
    const byText = builtin('byText', (t, base) => {
      t.stack[base] = (t.stack[base] as string) < (t.stack[base + 1] as string) ? 1 : 0;
      return 1;
    });
    expect(call(min, ['y', 'x'], (m) => (m.realm.comparer = byText))).toEqual(['x']);
    expect(call(min, ['a', 'b'], (m) => (m.realm.comparer = byText))).toEqual(['a']);
  });

  it('catches an error two guest frames deep in a protected builtin frame and goes on after it', () => {
    const m = machine(engine, jit);
    expect(m.thread.call(protect, ['s'])).toEqual([false, 'cannot negate', 'protect']);
    expect(m.log.some((l) => l.startsWith('uncaught'))).toBe(false);
    expect(m.log.filter((l) => l.startsWith('unwind'))).toHaveLength(1);
    expect(m.thread.depth).toBe(0);
    expect(m.thread.call(protect, [4])).toEqual([true, -4, 'protect']);
  });

  it('throws an uncaught error out of thread.call, unwinds to the boundary and stays usable', () => {
    const m = machine(engine, jit);
    expect(outcome(() => m.thread.call(inner, ['s']))).toBe('throws cannot negate');
    expect(m.log).toEqual(['uncaught cannot negate', 'unwind to 0']);
    expect(m.thread.depth).toBe(0);
    expect(m.thread.call(inner, [2])).toEqual([-2]);
  });

  it('reads varargs, swaps, sums and names the running function', () => {
    expect(call(va, [1, 2, 3, 4])).toEqual([2, 1, 3, 'va', 6]);
    expect(call(rest, [9, 8, 7, 6])).toEqual([8, 7, 6]);
    expect(call(rest, [9])).toEqual([]);
  });

  it('loops with both STEP variants, TEST, JMP and EQ on constants', () => {
    expect(call(sumUp, [4])).toEqual([10]);
    expect(call(sumDown, [4])).toEqual([10]);
    expect(call(isZero, [0])).toEqual([1]);
    expect(call(isZero, [undefined])).toEqual([1]);
    expect(call(isZero, [7])).toEqual([0]);
    expect(call(sameAsBox3, [new Box(3)])).toEqual([1]);
    expect(call(sameAsBox3, [new Box(4)])).toEqual([0]);
  });
});
