import type { CodeWords } from './proto.js';

/**
 * The part of a bytecode builder that does not depend on the opcode set; the generated builder
 * adds one method per bytecode that picks the variant and writes the words.
 */
export class BuilderBase {
  protected code = new Int32Array(64);
  protected lineOf = new Int32Array(64);
  protected length = 0;
  /** Where each instruction with a label operand starts, in emission order (for threadJumpsVia). */
  private branches: number[] = [];
  /** Source line recorded for the instructions emitted next. */
  line = 0;
  private readonly consts: unknown[] = [];
  private readonly constIndex = new Map<unknown, number>();

  constructor(
    /** Per variant id: word offset of its label operand, or -1 (from the generated opcode table). */
    private readonly labelOffsets: Int32Array,
  ) {}

  /** For a literal operand declared `exhaustive`: a value that has no variant. */
  protected badLiteral(bytecode: string, operand: string, value: number): never {
    throw new Error(`${bytecode}: operand ${operand} has no variant for ${value}`);
  }

  /** Where the next instruction goes. */
  get pc(): number {
    return this.length;
  }

  /** Reserves `words` words for an instruction of variant `op` and returns its position. */
  protected begin(op: number, words: number): number {
    const at = this.length;
    const end = at + words;
    if (end > this.code.length) {
      let size = this.code.length * 2;
      while (size < end) size *= 2;
      const code = new Int32Array(size);
      code.set(this.code);
      this.code = code;
      const lines = new Int32Array(size);
      lines.set(this.lineOf);
      this.lineOf = lines;
    }
    this.code[at] = op;
    if (this.labelOffsets[op] >= 0) this.branches.push(at);
    this.lineOf.fill(this.line, at, end);
    this.length = end;
    return at;
  }

  /**
   * Index of `value` in the constant pool, added once. Keys compare as SameValueZero: 0 and -0
   * share one entry (the first one added), as they would as keys of a hash table keyed by
   * numeric value.
   */
  constant(value: unknown): number {
    let k = this.constIndex.get(value);
    if (k === undefined) {
      k = this.consts.push(value) - 1;
      this.constIndex.set(value, k);
    }
    return k;
  }

  /** The value of constant `k`. */
  constantAt(k: number): unknown {
    return this.consts[k];
  }

  /** Sets the branch target of the instruction at `instrPc`. */
  setTarget(instrPc: number, target: number): void {
    const offset = this.labelOffsets[this.code[instrPc]];
    if (offset < 0) throw new Error(`instruction at ${instrPc} has no label operand`);
    this.code[instrPc + offset] = target;
  }

  /** The label operand of the instruction at `instrPc`. */
  getTarget(instrPc: number): number {
    return this.code[instrPc + this.labelOffsets[this.code[instrPc]]];
  }

  /**
   * Jump threading: every branch whose target is an unconditional jump (variant `jump`) is pointed
   * at where that jump leads, following chains to their end. The end of an `if` branch inside a
   * loop then goes back to the loop's head in one taken branch instead of two. A chain that loops
   * back on itself (`while true do end`) is left as it is.
   */
  threadJumpsVia(jump: number): void {
    const code = this.code;
    const jumpOffset = this.labelOffsets[jump];
    for (const at of this.branches) {
      const offset = this.labelOffsets[code[at]];
      let target = code[at + offset];
      for (let hops = 0; target < this.length && code[target] === jump && hops < 16; hops++) {
        const next = code[target + jumpOffset];
        if (next === target) break;
        target = next;
      }
      code[at + offset] = target;
    }
  }

  /** The code, its lines and constants, and empty inline-cache arrays (one entry per code word). */
  finish(): { code: CodeWords; lines: Int32Array; consts: unknown[]; icKeys: unknown[]; icValues: unknown[] } {
    return {
      code: Array.from(this.code.subarray(0, this.length)),
      lines: this.lineOf.slice(0, this.length),
      consts: poolOf(this.consts),
      icKeys: undefinedArray(this.length),
      icValues: undefinedArray(this.length),
    };
  }
}

/**
 * The constant pool handed to the function: `values` in an array of the host's generic element
 * kind, integral numbers in int32 range as small integers (-0 as it is). The values are the same;
 * what this settles is their representation. An array that held only numbers, some fractional,
 * keeps them as raw doubles, and when a string then joins them the host boxes every one, integral
 * or not; a boxed integral number makes the interpreter's arithmetic on it box every result (a
 * `for` loop from such a bound allocates at each step) and compiled code's type feedback see
 * doubles where it would see small integers. Filled first, so no number enters a double array.
 */
function poolOf(values: readonly unknown[]): unknown[] {
  const out = undefinedArray(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out[i] = typeof v === 'number' && (v | 0) === v && (v !== 0 || 1 / v > 0) ? v | 0 : v;
  }
  return out;
}

/**
 * `n` undefineds in an array of V8's packed generic element kind, built by pushes. `new Array(n)`
 * makes a holey array, which stays holey when filled, and every read of a holey array checks for
 * the hole; the interpreter reads the pool and the inline-cache arrays at most instructions.
 */
function undefinedArray(n: number): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < n; i++) out.push(undefined);
  return out;
}
