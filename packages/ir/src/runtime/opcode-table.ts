/** Operand kinds after variant expansion: `slotOrConstant` has become `slot` or `constant`. */
export type ResolvedOperandKind = 'slot' | 'constant' | 'literal' | 'range' | 'out' | 'label';

export interface OperandLayout {
  readonly name: string;
  readonly kind: ResolvedOperandKind;
  /** Word offset from the opcode word. */
  readonly offset: number;
  /** For a literal specialised in this variant: its value. */
  readonly fixed?: number;
}

/** One generated handler: a bytecode with every operand kind (and specialised literal) fixed. */
export interface VariantInfo {
  readonly id: number;
  readonly name: string;
  readonly bytecode: string;
  readonly summary: string;
  readonly result: 'none' | 'value' | 'branch';
  /** Words, the opcode word included. */
  readonly length: number;
  readonly operands: readonly OperandLayout[];
  /** Word offset of the label operand, or -1. */
  readonly labelOffset: number;
  /** Word offset of the out operand, or -1. */
  readonly outOffset: number;
  /** Registers written besides `out` (BytecodeSpec.writes), resolved to operand offsets. */
  readonly writes: readonly RegisterWrite[];
  /** BytecodeSpec.annotations, as declared. */
  readonly annotations: Readonly<Record<string, string | number | boolean>>;
  /** How many inline caches (`cached` calls) the bytecode's code has. */
  readonly caches: number;
}

/** Writes register `code[pc + offset] + add`, and every register above it when `andAbove`. */
export interface RegisterWrite {
  readonly offset: number;
  readonly add: number;
  readonly andAbove: boolean;
}

/** Whether the instruction at `pc` (of variant `v`) writes register `reg`. */
export function writesRegister(v: VariantInfo, code: ArrayLike<number>, pc: number, reg: number): boolean {
  if (v.outOffset >= 0 && code[pc + v.outOffset] === reg) return true;
  for (const w of v.writes) {
    const r = code[pc + w.offset] + w.add;
    if (r === reg || (w.andAbove && reg > r)) return true;
  }
  return false;
}

export interface OpcodeTable {
  readonly language: string;
  readonly variants: readonly VariantInfo[];
  readonly bytecodes: readonly string[];
}
