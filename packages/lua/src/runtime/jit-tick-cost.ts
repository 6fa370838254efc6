import { ENGINE_TICK } from '@deegen/ir';
import type { OpcodeTable } from '@deegen/ir';

/**
 * How many instructions a tick of a compiled function stands for, for instruction budgets
 * (embed/limits.ts). The interpreter ticks every ENGINE_TICK instructions; compiled code ticks
 * every ENGINE_TICK taken branches, so its tick is worth ENGINE_TICK times the instructions run
 * per taken branch. That ratio is estimated once, when the function is compiled, from its
 * innermost loops (backward branches whose range holds no other backward branch): a loop's
 * instructions divided by the branch instructions in it, averaged over those loops. A function
 * without loops cannot take a tick's worth of branches in one activation and gets ratio 1.
 * Instructions of the functions a loop calls are not in the estimate. With `loopsOnly` (the
 * structured layout, which ticks on backward branches only), a loop's iteration is one tick
 * unit: the ratio is the loop's instructions.
 */
export function compiledTickCost(table: OpcodeTable, code: ArrayLike<number>, loopsOnly = false): number {
  const variants = table.variants;
  // Instruction ordinals by pc, and the branches as (pc, target) pairs.
  const ordinal = new Int32Array(code.length + 1);
  const branchPcs: number[] = [];
  const backEdges: { from: number; to: number }[] = [];
  let n = 0;
  for (let pc = 0; pc < code.length; ) {
    const v = variants[code[pc]];
    if (v === undefined) break;
    ordinal[pc] = n++;
    if (v.labelOffset >= 0) {
      branchPcs.push(pc);
      const target = code[pc + v.labelOffset];
      if (target <= pc) backEdges.push({ from: pc, to: target });
    }
    pc += v.length;
  }
  let sum = 0;
  let loops = 0;
  for (const e of backEdges) {
    const innermost = !backEdges.some((o) => o !== e && o.to >= e.to && o.from <= e.from && o.from - o.to < e.from - e.to);
    if (!innermost) continue;
    const instructions = ordinal[e.from] - ordinal[e.to] + 1;
    let branches = 0;
    for (const b of branchPcs) if (b >= e.to && b <= e.from) branches++;
    sum += loopsOnly ? instructions : instructions / branches;
    loops++;
  }
  const ratio = loops === 0 ? 1 : sum / loops;
  return Math.max(1, Math.round(ENGINE_TICK * ratio));
}
