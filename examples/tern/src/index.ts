/** Tern: a small dynamic language whose interpreter Deegen generates. */
export { run, DEFAULT_MAX_DEPTH } from './runner.js';
export type { EngineMode, RunOptions, RunResult } from './runner.js';
export { compileProgram } from './compiler/index.js';
export { TernError, TernSyntaxError } from './runtime/errors.js';
export { display, typeName } from './runtime/format.js';
