import { ENGINE_TICK } from '@deegen/ir';
import { MAX_STITCHED_CHARS, canCompile, compileStitched, stitchSource } from '@deegen/stencil';
import { Tiering } from '@deegen/tiering';
import type { TierMode, TierStats } from '@deegen/tiering';
import type { ProtoData } from '../compiler/proto.js';
import { $jitBindings } from '../generated/interpreter.gen.js';
import { bindingNames, stencils } from '../generated/stencils.gen.js';

/** The stencils and the names they use, as @deegen/stencil wants them. */
const STENCIL_SET = { stencils, bindingNames };

/** The stitched JS of a function (what `--dump-jit` prints), with a comment per instruction. */
export function stitchedSource(p: ProtoData, comments = false): string {
  return stitchSource(STENCIL_SET, p.code, { tick: ENGINE_TICK, comments });
}

export interface JitOptions {
  readonly mode: TierMode;
  readonly threshold?: number;
  /** Called with each function's stitched source as it is compiled (`--dump-jit`). */
  readonly dump?: (proto: ProtoData, source: string) => void;
}

/**
 * The realm's tiering policy. Where the host cannot create functions from source (a strict CSP,
 * some edge runtimes), every mode degrades to the interpreter. A function whose stitched source
 * is longer than MAX_STITCHED_CHARS stays interpreted (V8 would never optimise it); `--stats`
 * counts them.
 */
export function createTiering(options: JitOptions): Tiering {
  const mode: TierMode = options.mode !== 'interp' && !canCompile() ? 'interp' : options.mode;
  return new Tiering({
    mode,
    threshold: options.threshold,
    compile: (proto: never, stats: TierStats) => {
      const p = proto as ProtoData;
      const t0 = performance.now();
      const source = stitchedSource(p);
      const t1 = performance.now();
      stats.words += p.code.length;
      stats.stitchMs += t1 - t0;
      // Too large for V8 to optimise: it would run slower than the interpreter (MAX_STITCHED_CHARS).
      if (source.length > MAX_STITCHED_CHARS) {
        stats.tooLarge++;
        stats.compileMs += t1 - t0;
        return null as never;
      }
      let code: ReturnType<typeof compileStitched> | null;
      try {
        code = compileStitched(source, $jitBindings);
      } catch {
        code = null;
      }
      stats.compileMs += performance.now() - t0;
      if (code !== null && options.dump !== undefined) options.dump(p, stitchedSource(p, true));
      return code as never;
    },
  });
}
