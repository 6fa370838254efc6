import type { BytecodeModel, VariantModel } from './model.js';

/** Emits the opcode table: variants with their operand layout, and the per-variant label offsets. */
export function emitOpcodeTable(
  bytecodes: readonly BytecodeModel[],
  variants: readonly VariantModel[],
  language: string,
  cacheCounts: ReadonlyMap<string, number>,
): string {
  const rows = variants.map((v) => {
    const operands = v.operands
      .map((o) => `{ name: '${o.name}', kind: '${o.kind}', offset: ${o.offset}${o.fixed !== undefined ? `, fixed: ${o.fixed}` : ''} }`)
      .join(', ');
    const writes = v.bytecode.writes
      .map((w) => `{ offset: ${v.operands.find((o) => o.name === w.operand)!.offset}, add: ${w.add}, andAbove: ${w.andAbove} }`)
      .join(', ');
    return `    { id: ${v.id}, name: '${v.name}', bytecode: '${v.bytecode.name}', summary: ${JSON.stringify(v.bytecode.summary)}, result: '${v.bytecode.result}', length: ${v.length}, operands: [${operands}], labelOffset: ${v.labelOffset}, outOffset: ${v.outOffset}, writes: [${writes}], annotations: ${JSON.stringify(v.bytecode.annotations)}, caches: ${cacheCounts.get(v.bytecode.name) ?? 0} },`;
  });
  return `import type { OpcodeTable } from '@deegen/ir';

/** Variant ids by name. */
export const Op = {
${variants.map((v) => `  ${v.name}: ${v.id},`).join('\n')}
} as const;

export const opcodeTable: OpcodeTable = {
  language: '${language}',
  bytecodes: [${bytecodes.map((b) => `'${b.name}'`).join(', ')}],
  variants: [
${rows.join('\n')}
  ],
};

/** Per variant id: word offset of the label operand, or -1. */
export const LABEL_OFFSETS = new Int32Array([${variants.map((v) => v.labelOffset).join(', ')}]);

/** Per variant id: instruction length in words. */
export const LENGTHS = new Int32Array([${variants.map((v) => v.length).join(', ')}]);
`;
}

/** Emits the bytecode-name → definition index that reference mode uses. */
export function emitDefinitions(bytecodes: readonly BytecodeModel[], moduleOf: (b: BytecodeModel) => string): string {
  const byModule = new Map<string, string[]>();
  for (const b of bytecodes) {
    const m = moduleOf(b);
    if (!byModule.has(m)) byModule.set(m, []);
    byModule.get(m)!.push(b.name);
  }
  const imports = [...byModule.keys()].sort().map((m) => `import { ${byModule.get(m)!.join(', ')} } from '${m}';`);
  return `import type { BytecodeDefinition } from '@deegen/ir';
${imports.join('\n')}

/** The semantics definitions by bytecode name (reference mode runs these directly). */
export const definitions: Readonly<Record<string, BytecodeDefinition>> = {
${bytecodes.map((b) => `  ${b.name},`).join('\n')}
};
`;
}
