import type { OperandSpec } from './operands.js';

/** What a bytecode produces (docs/dsl-reference.md §3). */
export type ResultShape = 'none' | 'value' | 'branch';

/** A type fast path: operand name → type name from the language's type lattice. */
export type FastPath = Readonly<Record<string, string>>;

// The implementation's parameters are the decoded operands, so their types are the language's.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Impl = (...operands: any[]) => never;

export interface BytecodeSpec {
  /** One line of register-transfer notation, e.g. `R(dst) := RK(lhs) + RK(rhs)`. */
  readonly summary: string;
  readonly operands: Readonly<Record<string, OperandSpec>>;
  readonly result: ResultShape;
  /**
   * Registers the bytecode writes besides its `out` operand, for debuggers and error messages
   * that must know which instruction last set a register: operand names of `range` operands, with
   * an optional `+N` offset and a trailing `..` for "this register and every one above it"
   * (e.g. `['base', 'base+1']`, `['base..']`).
   */
  readonly writes?: readonly string[];
  /**
   * Static data the language attaches to the bytecode for its own tools (debug names, statistics),
   * copied as is into the generated opcode table. Values are string, number or boolean literals.
   */
  readonly annotations?: Readonly<Record<string, string | number | boolean>>;
  /** Speculated operand types; each gets a specialised fast path, the generic body is outlined. */
  readonly fastPaths?: readonly FastPath[];
  readonly impl: Impl;
}

export interface BytecodeDefinition extends BytecodeSpec {
  readonly isBytecode: true;
}

/**
 * Declares a bytecode. The generator reads the object literal passed here from source; at run
 * time the returned definition is only used by the reference executor.
 */
export function bytecode(spec: BytecodeSpec): BytecodeDefinition {
  return { ...spec, isBytecode: true };
}
