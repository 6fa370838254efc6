/**
 * @deegen/ir: the semantics DSL (what a language writes) and the runtime its generated
 * interpreters share. The generator itself is build-time only: `@deegen/ir/generator`.
 */
export * from './dsl/operands.js';
export * from './dsl/bytecode.js';
export * from './dsl/types.js';
export * from './dsl/terminals.js';
export * from './dsl/intrinsics.js';
export { FRAME_BOUNDARY, FRAME_GUEST, FRAME_NATIVE, Frame } from './runtime/frame.js';
export type { NativeContinuation, NativeErrorFilter, NativeErrorHandler } from './runtime/frame.js';
export type { CodeWords, CompiledFunction, FunctionProto, GuestCallable, NativeFunction, TieringPolicy } from './runtime/proto.js';
export { CALL_PENDING, CONT_RETURN, ENGINE_TICK, FRAME_SCRATCH, JIT_CALLS_PER_TICK, HOOK_CALL, HOOK_INSTRUCTION, HOOK_RETURN, GuestStackOverflow, Thread } from './runtime/thread.js';
export type { AsyncDriver, Engine, LanguageHooks, SettleFunction, Suspension } from './runtime/thread.js';
export { DEFAULT_SLICE_MS, callAsync } from './runtime/async-driver.js';
export type { AsyncCallOptions } from './runtime/async-driver.js';
export { BuilderBase } from './runtime/builder-base.js';
export { writesRegister } from './runtime/opcode-table.js';
export type { OpcodeTable, OperandLayout, RegisterWrite, ResolvedOperandKind, VariantInfo } from './runtime/opcode-table.js';
export { createReferenceEngine } from './runtime/reference-engine.js';
export { disassemble } from './runtime/disassemble.js';
