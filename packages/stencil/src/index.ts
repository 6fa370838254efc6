/**
 * @deegen/stencil: the stencil format (JS fragments with typed holes, generated from the
 * semantics by `pnpm gen`) and the run-time stitcher of the baseline JIT.
 */
export { HOLE_BRANCH, HOLE_NEXT, HOLE_PC, HOLE_REGISTER, HOLE_RELOAD, HOLE_SPILL, HOLE_SPILL_RETURN, MAX_STITCHED_CHARS, canCompile, compileStitched, stencilCompiler, stitchSource } from './stitch.js';
export type { CompileStats, CompiledCode, CompilerOptions, Stencil, StencilSet, StitchOptions } from './stitch.js';
