/**
 * When guest functions are compiled by the baseline JIT.
 *
 * The interpreter asks the policy each time it is about to run a function whose fate is
 * undecided (`proto.jit === undefined`): on entry after a call, on return into it, and every
 * time the engine resumes after its tick (ENGINE_TICK instructions). The policy counts those
 * visits per function; a visit after a tick stands for a thousand instructions of loop work and
 * weighs TICK_WEIGHT visits. When the count reaches the threshold the function is compiled and
 * the interpreter enters the compiled code at the frame's current pc, which for a visit after a
 * tick is the middle of the running loop: on-stack replacement needs nothing else, because
 * compiled code uses the interpreter's frame as it is.
 */

/** `interp`: never compile; `baseline`: compile at the first visit; `auto`: count visits. */
export type TierMode = 'interp' | 'baseline' | 'auto';

/** Visits a tick's worth of instructions counts for (see above). */
export const TICK_WEIGHT = 250;

/** The default threshold of `auto`: about a thousand calls, or four ticks of a loop. */
export const DEFAULT_THRESHOLD = 1000;

/** What the policy needs of a function prototype (a structural subset of @deegen/ir's FunctionProto). */
export interface TieredProto {
  jit?: ((t: never) => boolean | void) | null;
  hotness?: number;
}

/** What the policy needs of a thread. */
export interface TieredThread {
  afterTick: boolean;
}

/** Counts of what the policy did, for `--stats`. */
export interface TierStats {
  compiled: number;
  /** Functions left to the interpreter because their compile returned null (any reason). */
  failed: number;
  /** Of those, the ones the compile function refused as too large for the host to optimise. */
  tooLarge: number;
  /** Compiles triggered by a visit after a tick: entries into compiled code in the middle of a loop. */
  osrEntries: number;
  /** Milliseconds spent stitching and in the host's `new Function`. */
  compileMs: number;
  /** Code words stitched. */
  words: number;
  /** Stitching only (no host compile), milliseconds. */
  stitchMs: number;
  /** Functions compiled in the structured layout (labelled blocks and loops). */
  structured: number;
  /** Dispatch-layout twins of structured functions, for activations going on from other instructions. */
  twins: number;
  /** Functions too large to compile whole that were compiled in parts (loops apart), and those parts. */
  split: number;
  parts: number;
  /** Functions not compiled whole, with why: the compile function's notes (a bounded list). */
  notes: { readonly proto: unknown; readonly kind: 'too large' | 'split' | 'refused'; readonly size: number; readonly parts: number; readonly interpretedWords: number }[];
}

export interface TieringOptions {
  readonly mode: TierMode;
  readonly threshold?: number;
  /** Compiles a function: its code, or null when it must stay interpreted. */
  readonly compile: (proto: never, stats: TierStats) => ((t: never) => boolean | void) | null;
}

export class Tiering {
  readonly mode: TierMode;
  readonly threshold: number;
  readonly stats: TierStats = { compiled: 0, failed: 0, tooLarge: 0, osrEntries: 0, compileMs: 0, words: 0, stitchMs: 0, structured: 0, twins: 0, split: 0, parts: 0, notes: [] };
  private readonly compile: TieringOptions['compile'];

  constructor(options: TieringOptions) {
    this.mode = options.mode;
    this.threshold = Math.max(1, options.threshold ?? DEFAULT_THRESHOLD);
    this.compile = options.compile;
  }

  /** See TieringPolicy.visit in @deegen/ir. */
  visit(proto: TieredProto, t: TieredThread): boolean {
    if (this.mode === 'interp') {
      proto.jit = null;
      return false;
    }
    const afterTick = t.afterTick;
    t.afterTick = false;
    if (this.mode === 'auto') {
      const left = (proto.hotness ?? this.threshold) - (afterTick ? TICK_WEIGHT : 1);
      proto.hotness = left;
      if (left > 0) return false;
    }
    const code = this.compile(proto as never, this.stats);
    proto.jit = code;
    if (code === null) {
      this.stats.failed++;
      return false;
    }
    this.stats.compiled++;
    if (afterTick) this.stats.osrEntries++;
    return true;
  }
}
