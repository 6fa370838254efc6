import type { BytecodeModel, VariantModel } from './model.js';

/**
 * Emits the bytecode builder: one method per bytecode, taking every operand as a number
 * (`slotOrConstant`: >= 0 a register, -1-k constant k), picking the variant and writing the words.
 */
export function emitBuilder(bytecodes: readonly BytecodeModel[], variants: readonly VariantModel[], language: string): string {
  const methods = bytecodes.map((b) => {
    const mine = variants.filter((v) => v.bytecode === b);
    const first = mine[0].id;
    const spec = b.operands.filter((o) => o.kind === 'slotOrConstant' || (o.kind === 'literal' && o.variants !== undefined));
    const counts = spec.map((o) => (o.kind === 'slotOrConstant' ? 2 : o.variants!.length + (o.exhaustive ? 0 : 1)));
    const terms: string[] = [];
    spec.forEach((o, i) => {
      const stride = counts.slice(i + 1).reduce((a, c) => a * c, 1);
      const index =
        o.kind === 'slotOrConstant'
          ? `(${o.name} < 0 ? 1 : 0)`
          : `(${o.variants!.map((val, j) => `${o.name} === ${val} ? ${j} : `).join('')}${o.exhaustive ? `this.badLiteral('${b.name}', '${o.name}', ${o.name})` : String(o.variants!.length)})`;
      terms.push(stride === 1 ? index : `${index} * ${stride}`);
    });
    const op = terms.length === 0 ? String(first) : `${first} + ${terms.join(' + ')}`;
    const params = b.operands.map((o) => `${o.name}: number`).join(', ');
    const writes = b.operands
      .map((o, i) => `c[at + ${i + 1}] = ${o.kind === 'slotOrConstant' ? `${o.name} < 0 ? -1 - ${o.name} : ${o.name}` : o.name};`)
      .join('\n    ');
    return `  /** ${b.summary} */
  ${b.name}(${params}): number {
    const at = this.begin(${op}, ${b.operands.length + 1});
    const c = this.code;
    ${writes}
    return at;
  }`;
  });
  return `import { BuilderBase } from '@deegen/ir';
import { LABEL_OFFSETS } from './opcodes.gen.js';

/** Emits ${language} bytecode; each method returns the position of the instruction it wrote. */
export class BytecodeBuilder extends BuilderBase {
  constructor() {
    super(LABEL_OFFSETS);
  }

${methods.join('\n\n')}
}
`;
}
