/**
 * @deegen/stencil: the stencil format (JS fragments with typed holes, generated from the
 * semantics by `pnpm gen`) and the run-time stitcher of the baseline JIT.
 */
export { HOLE_BRANCH, HOLE_CONSTANT, HOLE_NEXT, HOLE_PC, HOLE_REGISTER, HOLE_RELOAD, HOLE_RELOAD_FROM, HOLE_SPILL, HOLE_SPILL_RETURN, stitchSource } from './stitch.js';
export type { Stencil, StencilSet, StitchOptions } from './stitch.js';
export { MAX_COMPILE_NOTES, MAX_STITCHED_SIZE, TWIN_AFTER, canCompile, compileStitched, stencilCompiler } from './compiler.js';
export { numberLiteral, stitchedSize } from './stitch.js';
export type { CompileNote, CompileStats, CompiledCode, CompilerOptions, ResumeCode } from './compiler.js';
