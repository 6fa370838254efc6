import type { OpcodeTable } from './opcode-table.js';

/** Renders bytecode as one line per instruction: `pc [line] NAME operands`, constants shown inline. */
export function disassemble(
  table: OpcodeTable,
  code: ArrayLike<number>,
  consts: readonly unknown[],
  lines?: Int32Array,
  showConstant: (v: unknown) => string = (v) => (typeof v === 'string' ? JSON.stringify(v) : String(v)),
): string {
  const out: string[] = [];
  for (let pc = 0; pc < code.length; ) {
    const v = table.variants[code[pc]];
    if (v === undefined) {
      out.push(`${pc}\t<bad opcode ${code[pc]}>`);
      break;
    }
    const ops = v.operands.map((o) => {
      const w = code[pc + o.offset];
      if (o.kind === 'constant') return `K${w}(${showConstant(consts[w])})`;
      if (o.kind === 'label') return `->${w}`;
      if (o.kind === 'slot' || o.kind === 'out') return `R${w}`;
      return String(w);
    });
    out.push(`${pc}\t[${lines ? lines[pc] : '-'}]\t${v.name}\t${ops.join(' ')}`);
    pc += v.length;
  }
  return out.join('\n');
}
