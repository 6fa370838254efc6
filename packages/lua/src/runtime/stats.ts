import type { OpcodeTable } from '@deegen/ir';
import type { Tiering } from '@deegen/tiering';

/**
 * Execution statistics for `deegen-lua --stats`: instructions executed per variant (counted by
 * the instrumented engine, so normal runs pay nothing) and inline-cache misses per variant
 * (counted by the generated miss branches).
 */
export class ExecutionStats {
  readonly executions: Float64Array;
  constructor(table: OpcodeTable) {
    this.executions = new Float64Array(table.variants.length);
  }
}

/** The report: instruction counts, the busiest bytecodes and the hit rate of each kind of cache site. */
export function formatStats(table: OpcodeTable, stats: ExecutionStats, misses: Float64Array): string {
  const perBytecode = sumPerBytecode(table, stats.executions, misses);
  let total = 0;
  for (const n of stats.executions) total += n;
  const lines = ['deegen-lua stats', `  engine: interp (instrumented for counting)`, `  instructions executed: ${total}`];
  const busiest = [...perBytecode].filter(([, e]) => e.runs > 0).sort((a, b) => b[1].runs - a[1].runs).slice(0, 12);
  lines.push('  busiest bytecodes:');
  for (const [name, e] of busiest) lines.push(`    ${name.padEnd(12)} ${String(e.runs).padStart(12)}  ${((100 * e.runs) / Math.max(total, 1)).toFixed(1)}%`);
  lines.push('  inline caches, per kind of site (hit rate = 1 - misses / executions):');
  // The bytecodes whose semantics use `cached`, as the generated opcode table counts them.
  const withCaches = new Map(table.variants.filter((v) => v.caches > 0).map((v) => [v.bytecode, v.summary]));
  for (const [bytecode, summary] of withCaches) {
    const e = perBytecode.get(bytecode) ?? { runs: 0, misses: 0 };
    const rate = e.runs > 0 ? `${((100 * (e.runs - e.misses)) / e.runs).toFixed(2)}%` : '-';
    lines.push(`    ${bytecode.padEnd(10)} executions ${String(e.runs).padStart(11)}  misses ${String(e.misses).padStart(9)}  hit rate ${rate.padStart(7)}  ${summary}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The `--stats` report with the baseline JIT on: what the tiering policy did, and inline-cache
 * misses per kind of site (executions are not counted: compiled code runs uninstrumented).
 */
export function formatTierStats(table: OpcodeTable, tiering: Tiering, misses: Float64Array): string {
  const s = tiering.stats;
  const lines = ['deegen-lua stats', `  engine: interp + baseline JIT (--tier ${tiering.mode}, threshold ${tiering.threshold})`];
  lines.push(
    `  functions compiled: ${s.compiled}, left to the interpreter: ${s.failed} (too large for the host JIT: ${s.tooLarge}, compile failed: ${s.failed - s.tooLarge})`,
  );
  lines.push(`  control flow: ${s.structured} structured (labelled blocks and loops), ${s.compiled - s.structured - s.split} dispatch loop; dispatch-loop twins for entries elsewhere: ${s.twins}`);
  lines.push(`  too large to compile whole: ${s.split} compiled in parts (${s.parts} parts: loops apart, and what is left when it fits), ${s.tooLarge} left to the interpreter`);
  for (const n of s.notes) {
    const name = (n.proto as { name?: string }).name ?? 'function';
    const what =
      n.kind === 'split'
        ? `${n.parts} part${n.parts === 1 ? '' : 's'}, ${n.interpretedWords} code words left to the interpreter`
        : n.kind === 'too large'
          ? 'left to the interpreter'
          : 'left to the interpreter: the host refused to compile it';
    lines.push(`    ${name}: stitched whole at size ${n.size}; ${what}`);
  }
  lines.push(`  entries into compiled code in a running loop (OSR): ${s.osrEntries}`);
  const rate = s.stitchMs > 0 ? Math.round(s.words / s.stitchMs) : 0;
  lines.push(
    `  compile time: ${s.compileMs.toFixed(2)} ms for ${s.words} code words (stitching ${s.stitchMs.toFixed(2)} ms, ${rate} words/ms)`,
  );
  // Compiled code counts no executions, so hit rates come from an interpreted run.
  lines.push('  inline-cache misses, per kind of site (hit rates: --tier interp --stats):');
  const withCaches = new Set(table.variants.filter((v) => v.caches > 0).map((v) => v.bytecode));
  for (const [bytecode, e] of sumPerBytecode(table, undefined, misses)) {
    if (withCaches.has(bytecode)) lines.push(`    ${bytecode.padEnd(10)} misses ${String(e.misses).padStart(9)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Executions (when counted) and inline-cache misses per bytecode, summed over its variants. */
function sumPerBytecode(table: OpcodeTable, executions: Float64Array | undefined, misses: Float64Array): Map<string, { runs: number; misses: number }> {
  const perBytecode = new Map<string, { runs: number; misses: number }>();
  table.variants.forEach((v, i) => {
    const e = perBytecode.get(v.bytecode) ?? { runs: 0, misses: 0 };
    e.runs += executions?.[i] ?? 0;
    e.misses += misses[i];
    perBytecode.set(v.bytecode, e);
  });
  return perBytecode;
}
