import { ENGINE_TICK } from '@deegen/ir';
import { canCompile, stencilCompiler } from '@deegen/stencil';
import { Tiering } from '@deegen/tiering';
import type { TierMode } from '@deegen/tiering';
import type { ProtoData } from '../compiler/proto.js';
import { $jitBindings } from '../generated/interpreter.gen.js';
import { opcodeTable } from '../generated/opcodes.gen.js';
import { bindingNames, stencils } from '../generated/stencils.gen.js';
import { compiledTickCost } from './jit-tick-cost.js';

/** The stencils and the names they use, as @deegen/stencil wants them. */
const STENCIL_SET = { stencils, bindingNames };

export interface JitOptions {
  readonly mode: TierMode;
  readonly threshold?: number;
  /** The size over which a function is not compiled whole (CompilerOptions.maxSize). */
  readonly maxSize?: number;
  /** Compile such functions in parts, their loops apart (CompilerOptions.split). */
  readonly split?: boolean;
  /** Called with each function's stitched source as it is compiled (`--dump-jit`). */
  readonly dump?: (proto: ProtoData, source: string) => void;
}

/**
 * The realm's tiering policy. Where the host cannot create functions from source (a strict CSP,
 * some edge runtimes), every mode degrades to the interpreter. A function whose stitched source
 * is over MAX_STITCHED_SIZE (stitchedSize; V8 would not optimise it, or take long over it) stays interpreted, or with
 * `split` is compiled in parts, its loops apart; `--stats` names each such function.
 */
export function createTiering(options: JitOptions): Tiering {
  return new Tiering({
    mode: options.mode !== 'interp' && !canCompile() ? 'interp' : options.mode,
    threshold: options.threshold,
    compile: stencilCompiler(STENCIL_SET, $jitBindings, {
      tick: ENGINE_TICK,
      maxSize: options.maxSize,
      split: options.split,
      tickCost: (code, loopsOnly) => compiledTickCost(opcodeTable, code, loopsOnly),
      dump: options.dump,
      shared: capturedRegisters,
      // A prototype's constants never change once it is built.
      constants: (proto: ProtoData) => proto.consts,
    }),
  });
}

/**
 * The registers of `proto` that its closures capture: while it makes a call, the callee can write
 * them through their open upvalues, so compiled code reloads them after every call
 * (CompilerOptions.shared).
 */
export function capturedRegisters(proto: ProtoData): number[] {
  const out = new Set<number>();
  for (const child of proto.protos) for (const u of child.upvals) if (u.inStack) out.add(u.index);
  return [...out];
}
