import type { ResolvedOperandKind } from '../runtime/opcode-table.js';
import type { BytecodeModel, VariantModel, VariantOperand } from './model.js';

type Choice = { kind: ResolvedOperandKind; fixed: number | undefined; tag: string };

function choicesFor(b: BytecodeModel): Choice[][] {
  return b.operands.map((o) => {
    if (o.kind === 'slotOrConstant') {
      return [
        { kind: 'slot', fixed: undefined, tag: 'S' },
        { kind: 'constant', fixed: undefined, tag: 'K' },
      ];
    }
    if (o.kind === 'literal' && o.variants !== undefined) {
      const fixed: Choice[] = o.variants.map((v) => ({ kind: 'literal' as const, fixed: v, tag: v < 0 ? `m${-v}` : String(v) }));
      // The generic variant (any other value) comes last.
      return o.exhaustive ? fixed : [...fixed, { kind: 'literal' as const, fixed: undefined, tag: '' }];
    }
    return [{ kind: o.kind as ResolvedOperandKind, fixed: undefined, tag: '' }];
  });
}

/**
 * Expands bytecodes into variants: one per combination of operand kinds (`slotOrConstant`) and
 * specialised literal values, in declaration order, numbered from `firstId`. Names follow the
 * bytecode: `ADD_SK` (lhs a slot, rhs a constant), `EQ_SS_1` (literal cond = 1).
 */
export function expandVariants(bytecodes: readonly BytecodeModel[]): VariantModel[] {
  const out: VariantModel[] = [];
  for (const b of bytecodes) {
    const choices = choicesFor(b);
    let combos: Choice[][] = [[]];
    for (const c of choices) combos = combos.flatMap((prefix) => c.map((x) => [...prefix, x]));
    for (const combo of combos) {
      const operands: VariantOperand[] = b.operands.map((o, i) => ({
        name: o.name,
        kind: combo[i].kind,
        offset: i + 1,
        fixed: combo[i].fixed,
      }));
      const letters = b.operands.map((o, i) => (o.kind === 'slotOrConstant' ? combo[i].tag : '')).join('');
      const literals = b.operands.map((o, i) => (o.kind === 'literal' && combo[i].fixed !== undefined ? `_${combo[i].tag}` : '')).join('');
      const name = b.name + (letters ? `_${letters}` : '') + literals;
      out.push({
        id: out.length,
        name,
        bytecode: b,
        operands,
        length: b.operands.length + 1,
        labelOffset: operands.find((o) => o.kind === 'label')?.offset ?? -1,
        outOffset: operands.find((o) => o.kind === 'out')?.offset ?? -1,
      });
    }
  }
  return out;
}
