import { ENGINE_TICK, Thread, createReferenceEngine } from '@deegen/ir';
import type { Engine } from '@deegen/ir';
import { canCompile, stencilCompiler } from '@deegen/stencil';
import { Tiering } from '@deegen/tiering';
import type { TierMode } from '@deegen/tiering';
import { installBuiltins } from './builtins/index.js';
import { compileProgram } from './compiler/index.js';
import { definitions } from './generated/definitions.gen.js';
import { $jitBindings, execute } from './generated/interpreter.gen.js';
import { opcodeTable } from './generated/opcodes.gen.js';
import { bindingNames, stencils } from './generated/stencils.gen.js';
import { TernError, TernSyntaxError } from './runtime/errors.js';
import { TFunction } from './runtime/function.js';
import { ternHooks } from './runtime/hooks.js';
import { TernRealm } from './runtime/realm.js';

/** `interp`: the generated interpreter; `reference`: the semantics run directly (a test oracle). */
export type EngineMode = 'interp' | 'reference';

export interface RunOptions {
  engine?: EngineMode;
  /** Receives everything `print` writes. Default: collected into the result only. */
  write?: (text: string) => void;
  /** Frames a program may use at most; deeper recursion is a "stack overflow" error. */
  maxDepth?: number;
  /** Baseline JIT (interp engine): never (default), every function at its first run, or hot ones. */
  tier?: TierMode;
  jitThreshold?: number;
}

/** Tern's baseline JIT: its generated stencils, stitched by @deegen/stencil; nothing Tern-specific. */
function tiering(mode: TierMode, threshold: number | undefined): Tiering {
  return new Tiering({
    mode: canCompile() ? mode : 'interp',
    threshold,
    compile: stencilCompiler({ stencils, bindingNames }, $jitBindings, { tick: ENGINE_TICK }),
  });
}

export interface RunResult {
  output: string;
  /** The uncaught error, if the program failed (its message starts with `line N:`). */
  error: TernError | null;
}

/** Tern's call-depth limit: deep enough for 10,000-deep recursion with room to spare. */
export const DEFAULT_MAX_DEPTH = 50_000;

let referenceEngine: Engine | undefined;

function engineFor(mode: EngineMode): Engine {
  if (mode === 'interp') return execute;
  referenceEngine ??= createReferenceEngine(opcodeTable, definitions);
  return referenceEngine;
}

/** Compiles and runs a Tern program; syntax and runtime errors are returned, not thrown. */
export function run(source: string, options: RunOptions = {}): RunResult {
  let output = '';
  const realm = new TernRealm((text) => {
    output += text;
    options.write?.(text);
  });
  installBuiltins(realm);
  const t = new Thread(ternHooks, engineFor(options.engine ?? 'interp'), realm);
  t.maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  if ((options.engine ?? 'interp') === 'interp') t.tiering = tiering(options.tier ?? 'interp', options.jitThreshold);
  try {
    const proto = compileProgram(source);
    t.call(new TFunction(proto, null, proto.name, 0, []), []);
    return { output, error: null };
  } catch (e) {
    if (e instanceof TernError) return { output, error: e };
    if (e instanceof TernSyntaxError) return { output, error: new TernError(e.message, e.line, e.message.replace(/^line \d+: /, '')) };
    return { output, error: ternHooks.toGuestError(t, e) as TernError };
  }
}
