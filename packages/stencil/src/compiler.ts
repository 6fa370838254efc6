/**
 * A language's compile function for @deegen/tiering: stitches a guest function, compiles the
 * source with the host's `new Function`, and decides what is not compiled whole (too large for
 * the host to optimise: left to the interpreter, or on request split into parts, split.ts).
 */
import { planSplit, splitDispatcher } from './split.js';
import { stitch, stitchSource } from './stitch.js';
import type { Region, StencilSet, StitchOptions, Stitched } from './stitch.js';

/**
 * Stitched sources over this size (stitchedSize) are not compiled. V8 never optimises a function
 * whose bytecode exceeds 60 KB (`--max-optimized-bytecode-size`), and unoptimised stitched code
 * is several times slower than the interpreter it replaces. Measured on Node 20 (`--print-bytecode`
 * on the 73 functions of the benchmark programs over 15,000 characters stitched, stencil locals
 * pooled): bytecode bytes came to 0.484 per character of ordinary stencil text plus 1.282 per
 * character of register write-backs and reloads (least squares; no function more than 6.0% over
 * that estimate), 0.38 to 0.55 x stitchedSize. So 76,300 keeps at most about 42,000 bytes, far
 * from V8's bound: the limit is lower than that bound asks because functions this large measured
 * slower compiled than interpreted, V8's optimising compiler taking long over them and their
 * method calls and metamethods not yet faster compiled (docs/architecture.md). Before the pool
 * (ir's pool-locals.ts) shrank stitched text by about 5% the limit was 80,000: 76,300 keeps the
 * benchmark functions on the side they were then (ray-tracer's `trace`, 78,342, ran 30% slower
 * compiled; coroutine-ring's main chunk, 76,289, a quarter faster), except richards' `runOnce`
 * (76,047, measured even either way). Longer functions stay interpreted, or are compiled in parts
 * (CompilerOptions.split).
 */
export const MAX_STITCHED_SIZE = 76_300;

/**
 * Entries of a structured function away from its entries (pc 0, loop heads, after guest calls)
 * that the interpreter steps through before the function's dispatch-layout twin is compiled.
 */
export const TWIN_AFTER = 100;

/**
 * A compiled guest function: runs `t`'s current frame (see stitchSource). A split function
 * (split.ts) returns false when the frame's pc is in a part left to the interpreter: the
 * interpreter then runs the frame from its pc (registers and pc are in the frame).
 */
export type CompiledCode = (t: never) => boolean | void;

/**
 * For the structured layout, runs the frame from an instruction that is not an entry of the
 * structured code, given the taken branches left in the tick: false when it cannot (the
 * interpreter steps to an entry instead), otherwise what the compiled code it ran returned.
 */
export type ResumeCode = (t: never, ticks: number) => unknown;

/** Whether this host lets us create functions from source (a strict CSP or some edge runtimes do not). */
export function canCompile(): boolean {
  try {
    return new Function('return 1')() === 1;
  } catch {
    return false;
  }
}

/**
 * Compiles a stitched source with the language's bindings (its interpreter module's
 * `$jitBindings`). `resume`, for the structured layout (see ResumeCode).
 */
export function compileStitched(source: string, bindings: Record<string, unknown>, resume: ResumeCode | null = null): CompiledCode {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const factory = new Function('$rt', '$resume', source) as (rt: Record<string, unknown>, resume: ResumeCode | null) => CompiledCode;
  return factory(bindings, resume);
}

/** What the compiler says about a function it did not compile whole, for statistics. */
export interface CompileNote {
  readonly proto: unknown;
  /** `too large` (nothing compiled), `split` (compiled in parts) or `refused` (the host's compile threw). */
  readonly kind: 'too large' | 'split' | 'refused';
  /** Its stitched source's size (stitchedSize), whole. */
  readonly size: number;
  /** For a split function: the parts compiled, and the code words left to the interpreter. */
  readonly parts: number;
  readonly interpretedWords: number;
}

/** Notes kept (CompileStats.notes): the first ones only, so that a program generating functions cannot grow the list. */
export const MAX_COMPILE_NOTES = 100;

/** What `stencilCompiler` adds up over its compiles (a structural subset of @deegen/tiering's TierStats). */
export interface CompileStats {
  /** Code words stitched. */
  words: number;
  /** Stitching only, milliseconds. */
  stitchMs: number;
  /** Stitching and the host's `new Function`, milliseconds. */
  compileMs: number;
  /** Functions refused because their stitched source is over the size limit and no part of them could be compiled. */
  tooLarge: number;
  /** Functions compiled in the structured layout (the rest in the dispatch loop). */
  structured: number;
  /**
   * Dispatch-layout twins of structured functions (or of parts), compiled when an activation had
   * to go on from an instruction that is not an entry of the structured code (after a metamethod, say).
   */
  twins: number;
  /** Functions over the size limit compiled in parts (split.ts), and those parts. */
  split: number;
  parts: number;
  /** Functions not compiled whole, with why (at most MAX_COMPILE_NOTES). */
  notes: CompileNote[];
}

export interface CompilerOptions {
  /** The engine's tick (taken branches between returns to the interpreter). */
  readonly tick: number;
  /**
   * Instructions a tick of `code` stands for when every taken branch counts (StitchOptions.tickCost),
   * or only backward ones (`loopsOnly`, StitchOptions.loopTickCost).
   */
  readonly tickCost?: (code: ArrayLike<number>, loopsOnly: boolean) => number;
  /** Receives each compiled function's stitched source, with a comment per instruction (each part's, for a split function). */
  readonly dump?: (proto: never, source: string) => void;
  /** The size limit (MAX_STITCHED_SIZE by default; tests lower it to split small functions). */
  readonly maxSize?: number;
  /**
   * Compile functions over the size limit in parts (split.ts) instead of leaving them to the
   * interpreter. Off by default: on the benchmark programs the parts ran slower than the
   * interpreter they replace (docs/architecture.md, "Functions too large for V8").
   */
  readonly split?: boolean;
  /**
   * The registers of a function that other code can write while it makes a call (registers its
   * closures captured, for Lua): StitchOptions.shared. Without it, calls reload every register.
   */
  readonly shared?: (proto: never) => readonly number[];
  /**
   * The constant pool of a function, which never changes once it is compiled: StitchOptions.constants
   * (its numbers are written as literals). Without it, constants are read from the pool.
   */
  readonly constants?: (proto: never) => readonly unknown[];
}

/**
 * A language's compile function for @deegen/tiering: stitches a function's code; a source over
 * the size limit stays interpreted (null), or with `split` is compiled in parts (split.ts) unless
 * no part fits; so does a source the host refuses to compile; adds the work to `stats`.
 */
export function stencilCompiler(
  set: StencilSet,
  bindings: Record<string, unknown>,
  options: CompilerOptions,
): (proto: never, stats: CompileStats) => CompiledCode | null {
  const maxSize = options.maxSize ?? MAX_STITCHED_SIZE;
  // Numbers the functions compiled (StitchOptions.id), in order.
  let nextId = 0;
  return (proto, stats) => {
    const { code, frameSize } = proto as { readonly code: ArrayLike<number>; readonly frameSize: number };
    let stitchOptions: StitchOptions = {
      id: nextId++,
      tick: options.tick,
      tickCost: options.tickCost?.(code, false),
      loopTickCost: options.tickCost?.(code, true),
      registers: frameSize,
      shared: options.shared?.(proto),
      constants: options.constants?.(proto),
    };
    const note = (n: CompileNote): void => {
      if (stats.notes.length < MAX_COMPILE_NOTES) stats.notes.push(n);
    };
    /** Compiles a source, counting the time from `t0`; null when the host refuses it. */
    const compile = (source: string, resume: ResumeCode | null, t0: number): CompiledCode | null => {
      let compiled: CompiledCode | null = null;
      try {
        compiled = compileStitched(source, bindings, resume);
      } catch {
        // The host refused the source: that code stays interpreted.
      }
      stats.compileMs += performance.now() - t0;
      return compiled;
    };
    /** Stitches `code` (or a region of it) in `layout` with `base`'s options, counting the work. */
    const stitchTimed = (layout: 'structured' | 'dispatch', region: Region | null, base: StitchOptions = stitchOptions): Stitched & { t0: number } => {
      const t0 = performance.now();
      const stitched = stitch(set, code, { ...base, layout }, region);
      stats.words += code.length;
      stats.stitchMs += performance.now() - t0;
      return { ...stitched, t0 };
    };
    // The dispatch-layout twin of a structured function or part, compiled once activations have
    // gone on from instructions the structured code cannot be entered at TWIN_AFTER times: before
    // that (an entry or two in the middle of a loop when tiering up, say), the interpreter steps
    // to the next entry.
    const twinResume = (region: Region | null): ResumeCode => {
      let twin: CompiledCode | null | undefined;
      let declined = 0;
      return (t, ticks) => {
        if (twin === undefined) {
          if (++declined < TWIN_AFTER) return false;
          const { source, size, t0 } = stitchTimed('dispatch', region);
          twin = size > maxSize ? null : compile(source, null, t0);
          if (twin !== null) stats.twins++;
        }
        if (twin === null) return false;
        return (twin as (t: never, ticks: number) => unknown)(t, ticks);
      };
    };

    let whole = stitchTimed('structured', null);
    // The typed entries' conversions (StitchOptions.typedEntries) go first when a function is
    // over the limit with them and fits without them.
    if (whole.size > maxSize && whole.typed) {
      const untyped: StitchOptions = { ...stitchOptions, typedEntries: false };
      const plain = stitchTimed('structured', null, untyped);
      if (plain.size <= maxSize) {
        stitchOptions = untyped;
        whole = plain;
      }
    }
    if (whole.size <= maxSize) {
      const compiled = compile(whole.source, whole.structured ? twinResume(null) : null, whole.t0);
      if (compiled === null) note({ proto, kind: 'refused', size: whole.size, parts: 0, interpretedWords: 0 });
      else {
        if (whole.structured) stats.structured++;
        if (options.dump !== undefined) options.dump(proto, stitchSource(set, code, { ...stitchOptions, comments: true }));
      }
      return compiled;
    }
    // Too large whole: compile its loops (and what is left, if it fits) as parts, when asked.
    const t0 = performance.now();
    const plan = options.split === true ? planSplit(set, code, stitchOptions, maxSize, whole) : null;
    stats.stitchMs += performance.now() - t0;
    stats.compileMs += performance.now() - t0;
    const parts: { code: (t: never, ticks: number) => number | undefined; region: Region }[] = [];
    if (plan !== null) {
      for (const part of plan.parts) {
        const compiled = compile(part.source, twinResume(part.region), performance.now());
        if (compiled === null) continue;
        parts.push({ code: compiled as unknown as (t: never, ticks: number) => number | undefined, region: part.region });
        if (options.dump !== undefined) options.dump(proto, stitchSource(set, code, { ...stitchOptions, comments: true }, part.region));
      }
    }
    if (parts.length === 0) {
      stats.tooLarge++;
      note({ proto, kind: 'too large', size: whole.size, parts: 0, interpretedWords: code.length });
      return null;
    }
    stats.split++;
    stats.parts += parts.length;
    const held = parts.reduce((n, p) => n + regionWords(set, code, p.region), 0);
    note({ proto, kind: 'split', size: whole.size, parts: parts.length, interpretedWords: code.length - held });
    return splitDispatcher(code.length, parts, options.tick, stitchOptions.loopTickCost);
  };
}

/** Code words of the instructions a region holds. */
function regionWords(set: StencilSet, code: ArrayLike<number>, region: Region): number {
  let n = 0;
  region.graph.blocks.forEach((b, i) => {
    if (region.blocks[i] === 1) for (const pc of b.pcs) n += set.stencils[code[pc]].length;
  });
  return n;
}
