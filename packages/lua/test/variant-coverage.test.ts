import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listConformance } from '../scripts/conformance-files.mjs';
import { ScriptRunner } from '../src/cli/run-script.js';
import { opcodeTable } from '../src/generated/opcodes.gen.js';

// Every bytecode variant has its own interpreter handler and its own stencil; a variant the
// corpus never runs would leave both untested in every tier. Counted by the instrumented engine.
describe('the conformance corpus', () => {
  it('executes every bytecode variant at least once', () => {
    const root = fileURLToPath(new URL('./conformance', import.meta.url));
    const executed = new Float64Array(opcodeTable.variants.length);
    const cwd = process.cwd();
    try {
      for (const p of listConformance(root)) {
        const runner = new ScriptRunner({ engine: 'interp', tier: 'interp', stats: true, progName: 'lua', stdout: () => {}, stderr: () => {} });
        runner.setArgs(['lua', p.file], 1);
        let source = readFileSync(join(p.dir, p.file), 'latin1');
        if (source.startsWith('#')) source = `--${source.slice(source.indexOf('\n'))}`;
        process.chdir(p.dir);
        runner.run(source, `@${p.file}`);
        runner.state.realm.stats!.executions.forEach((n, i) => (executed[i] += n));
      }
    } finally {
      process.chdir(cwd);
    }
    const never = opcodeTable.variants.filter((_, i) => executed[i] === 0).map((v) => v.name);
    expect(never).toEqual([]);
  }, 120_000);
});
