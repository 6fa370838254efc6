import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listConformance } from '../scripts/conformance-files.mjs';
import type { ConformanceProgram } from '../scripts/conformance-files.mjs';
import { ScriptRunner } from '../src/cli/run-script.js';
import type { EngineMode } from '../src/state.js';
import type { TierMode } from '@deegen/tiering';

const root = fileURLToPath(new URL('./conformance', import.meta.url));
const programs = listConformance(root);

/** Runs one corpus program in-process as `lua <file>` would, from its own folder. */
export function runProgram(
  p: ConformanceProgram,
  engine: EngineMode,
  jit: { tier: TierMode; jitThreshold?: number; jitMaxSize?: number; jitSplit?: boolean } = { tier: 'interp' },
): { stdout: string; stderr: string; status: number } {
  let stdout = '';
  let stderr = '';
  const runner = new ScriptRunner({ engine, ...jit, progName: 'lua', stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  runner.setArgs(['lua', p.file], 1);
  let source = readFileSync(join(p.dir, p.file), 'latin1');
  if (source.startsWith('#')) source = `--${source.slice(source.indexOf('\n'))}`;
  const cwd = process.cwd();
  process.chdir(p.dir);
  try {
    const status = runner.run(source, `@${p.file}`);
    return { stdout, stderr, status };
  } finally {
    process.chdir(cwd);
  }
}

describe.each(['interp', 'reference'] as const)('conformance corpus (%s engine)', (engine) => {
  it('has the programs it should', () => {
    expect(programs.length).toBeGreaterThanOrEqual(80);
  });
  it.each(programs.map((p) => [p.name, p] as const))('%s prints what lua5.1 prints', (_name, p) => {
    const r = runProgram(p, engine);
    expect(r.stdout).toBe(p.stdout);
    expect(r.stderr).toBe(p.stderr);
    expect(r.status).toBe(p.status);
  });
});

// The baseline JIT's modes: every function compiled at its first run, and tier-up at the first
// visit (calls, returns and loop ticks all count), so compiled and interpreted frames mix; and
// every function longer than 3,000 stitched characters compiled in parts (`--jit-split`: its
// loops apart, the rest compiled or interpreted), so that control crosses between parts and the
// interpreter.
describe.each([
  ['baseline', { tier: 'baseline' as const }],
  ['auto, threshold 1', { tier: 'auto' as const, jitThreshold: 1 }],
  ['baseline, split at 3,000 characters', { tier: 'baseline' as const, jitMaxSize: 3000, jitSplit: true }],
])('conformance corpus (interp engine, --tier %s)', (_mode, jit) => {
  it.each(programs.map((p) => [p.name, p] as const))('%s prints what lua5.1 prints', (_name, p) => {
    const r = runProgram(p, 'interp', jit);
    expect(r.stdout).toBe(p.stdout);
    expect(r.stderr).toBe(p.stderr);
    expect(r.status).toBe(p.status);
  });
});
