// Runs the calc fixture's generated interpreter and its reference mode side by side: minimal
// language hooks, helpers that assemble guest functions with the generated builder, and builtins.
import { ENGINE_TICK, Thread, createReferenceEngine } from '@deegen/ir';
import { stencilCompiler } from '@deegen/stencil';
import { Tiering } from '@deegen/tiering';
import type { Engine, LanguageHooks, NativeFunction } from '@deegen/ir';
import { BytecodeBuilder } from '../fixtures/calc/expected/builder.gen.js';
import { definitions } from '../fixtures/calc/expected/definitions.gen.js';
import { $jitBindings, execute } from '../fixtures/calc/expected/interpreter.gen.js';
import { opcodeTable } from '../fixtures/calc/expected/opcodes.gen.js';
import { bindingNames, stencils } from '../fixtures/calc/expected/stencils.gen.js';
import { CalcError, CalcFunction } from '../fixtures/calc/runtime.js';
import type { CalcRealm } from '../fixtures/calc/runtime.js';

/** Compiles every calc function at its first run from the fixture's generated stencils. */
function baselineJit(): Tiering {
  return new Tiering({
    mode: 'baseline',
    compile: stencilCompiler({ stencils, bindingNames }, $jitBindings, { tick: ENGINE_TICK }),
  });
}

export const engines: [string, Engine, (() => Tiering) | undefined][] = [
  ['the generated interpreter', execute, undefined],
  ['reference mode', createReferenceEngine(opcodeTable, definitions), undefined],
  ['stitched code (baseline JIT)', execute, baselineJit],
];

/** Every error becomes a CalcError; the tests read `unwound` to see which frames were abandoned. */
export function makeHooks(log: string[]): LanguageHooks {
  return {
    toGuestError: (_t, thrown) => (thrown instanceof CalcError ? thrown : new CalcError(`host: ${String(thrown)}`)),
    onUncaught: (_t, error) => log.push(`uncaught ${String((error as CalcError).value)}`),
    onUnwind: (_t, base) => log.push(`unwind to ${base}`),
    throwError: (_t, value) => {
      throw new CalcError(value);
    },
  };
}

export interface Machine {
  readonly thread: Thread;
  readonly realm: CalcRealm;
  readonly log: string[];
}

export function machine(engine: Engine, jit?: () => Tiering): Machine {
  const log: string[] = [];
  const realm: CalcRealm = { adder: null, comparer: null };
  const thread = new Thread(makeHooks(log), engine, realm);
  if (jit !== undefined) thread.tiering = jit();
  return { thread, realm, log };
}

/** A guest function assembled by `emit`; `frameSize` registers, the first `numParams` are parameters. */
export function guest(name: string, numParams: number, frameSize: number, emit: (b: BytecodeBuilder) => void): CalcFunction {
  const b = new BytecodeBuilder();
  emit(b);
  const { code, lines, consts } = b.finish();
  return new CalcFunction(name, { code, lines, consts, frameSize, numParams }, null);
}

export function builtin(name: string, fn: NativeFunction): CalcFunction {
  return new CalcFunction(name, null, fn);
}

/** `pair(x)` returns x*2 and x*3. */
export const pair = builtin('pair', (t, base) => {
  const x = t.stack[base] as number;
  t.stack[base] = x * 2;
  t.stack[base + 1] = x * 3;
  return 2;
});

/**
 * `pcall(f, ...)`: calls f through `Thread.callThen` with an error handler, so f's frames run on
 * the engine's loop; returns true and f's results, or false and the error value.
 */
export const pcall = builtin('pcall', (t, base, argc) =>
  t.callThen(
    base,
    t.stack[base] as CalcFunction,
    base + 1,
    argc - 1,
    (t2, retBase, retCount, frame) => {
      t2.stack[frame.base] = true;
      for (let i = 0; i < retCount; i++) t2.stack[frame.base + 1 + i] = t2.stack[retBase + i];
      return retCount + 1;
    },
    (t2, error, frame) => {
      t2.stack[frame.base] = false;
      t2.stack[frame.base + 1] = (error as CalcError).value;
      return 2;
    },
  ),
);
