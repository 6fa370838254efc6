/**
 * Operand kinds of a bytecode (docs/dsl-reference.md §2). Each is encoded as one Int32 word after
 * the opcode word. The implementation function receives one parameter per operand, in
 * declaration order, except for `out` and `label` operands, which only the terminals use.
 */
export type OperandKind = 'slot' | 'constant' | 'slotOrConstant' | 'literal' | 'range' | 'out' | 'label';

export interface OperandSpec {
  readonly kind: OperandKind;
  /** For `literal`: values that get a specialised variant each (other values use the generic one). */
  readonly variants?: readonly number[];
  /** For `literal`: the listed values are the only ones, so no generic variant is generated. */
  readonly exhaustive?: boolean;
}

/** A frame register, read: the parameter is the register's value. */
export function slot(): OperandSpec {
  return { kind: 'slot' };
}

/** A constant-pool entry: the parameter is the constant's value. */
export function constant(): OperandSpec {
  return { kind: 'constant' };
}

/**
 * A register or a constant, fixed per variant: the generator makes one variant per choice, and
 * the builder picks it (a negative builder argument `-1 - k` means constant k).
 */
export function slotOrConstant(): OperandSpec {
  return { kind: 'slotOrConstant' };
}

/**
 * An immediate integer. `variants` lists values that get a specialised handler of their own;
 * other values use a generic handler, unless `exhaustive` says the listed values are the only ones.
 */
export function literal(options: { variants?: readonly number[]; exhaustive?: boolean } = {}): OperandSpec {
  return { kind: 'literal', ...options };
}

/** The index of the first of a run of registers: the parameter is that frame-relative index. */
export function range(): OperandSpec {
  return { kind: 'range' };
}

/** The register that receives the result of a bytecode whose result shape is `value`. */
export function out(): OperandSpec {
  return { kind: 'out' };
}

/** A branch target (absolute bytecode position) of a bytecode whose result shape is `branch`. */
export function label(): OperandSpec {
  return { kind: 'label' };
}
