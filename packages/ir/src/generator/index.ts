/** @deegen/ir/generator: build-time only (depends on ts-morph). */
export { generate, strayGenerated } from './generate.js';
export type { GeneratedFile, LanguageConfig } from './generate.js';
export { DIAGNOSTICS, GeneratorError } from './diagnostics.js';
export type { DiagnosticCode } from './diagnostics.js';
