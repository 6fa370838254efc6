import type { CodeWords, CompiledFunction } from '@deegen/ir';

/** A compiled function: everything the runtime needs to run it and to describe it in messages. */
export interface ProtoData {
  /** The chunk name as given ("@t.lua", "=stdin", or the source string itself). */
  source: string;
  /** A readable name for dumps: "main chunk" or "function <t.lua:12>". */
  name: string;
  /** 0, 0 for the main chunk. */
  lineDefined: number;
  lastLineDefined: number;
  numParams: number;
  isVararg: boolean;
  /** Registers the function uses (max over its life), at least 2. */
  frameSize: number;
  code: CodeWords;
  lines: Int32Array;
  consts: unknown[];
  /** Inline-cache state, one entry per code word (from the builder). */
  icKeys: unknown[];
  icValues: unknown[];
  /** Child functions, indexed by CLOSURE's proto operand. */
  protos: ProtoData[];
  /** inStack: register of the enclosing function; else the enclosing function's upvalue index. */
  upvals: { inStack: boolean; index: number; name: string }[];
  /** Debug info: the local is active in [startPc, endPc). */
  locals: { name: string; reg: number; startPc: number; endPc: number }[];
  /** Baseline-JIT state (runtime/jit.ts, @deegen/tiering): undefined until decided. */
  jit: CompiledFunction | null | undefined;
  hotness: number | undefined;
}
