/** Messages between the page (main.ts) and the worker that runs the VM (worker.ts). */

export type Tier = 'interp' | 'baseline' | 'auto';

/** Page to worker: run this program. */
export interface RunRequest {
  readonly source: string;
  readonly tier: Tier;
  /** Visits before `auto` compiles a function; undefined: the VM's default. */
  readonly jitThreshold: number | undefined;
  /** Count instructions (interp) or JIT events and cache misses (baseline, auto): `statsReport()`. */
  readonly stats: boolean;
}

/** One function's bytecode listing. */
export interface Listing {
  readonly name: string;
  readonly listing: string;
}

/** Worker to page, in order: `ready` once, then per run some `output` and `compiled`, and one `done`. */
export type WorkerMessage =
  | { readonly kind: 'ready'; readonly jitAvailable: boolean }
  | { readonly kind: 'output'; readonly text: string }
  /** The baseline JIT compiled a function: its stitched JavaScript, and when (ms into the run). */
  | { readonly kind: 'compiled'; readonly name: string; readonly source: string; readonly atMs: number }
  | {
      readonly kind: 'done';
      /** The Lua error that ended the program (message and traceback), if any. */
      readonly error: string | undefined;
      readonly listings: readonly Listing[];
      readonly stats: string | undefined;
      /** The tier the VM ran in: `interp` when `baseline` or `auto` was asked for where code generation is blocked. */
      readonly tierUsed: Tier;
      readonly ms: number;
    };
