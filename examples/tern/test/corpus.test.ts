import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/index.js';
import type { EngineMode, RunOptions } from '../src/index.js';

const dir = join(import.meta.dirname, 'corpus');
const programs = readdirSync(dir)
  .filter((f) => f.endsWith('.tn'))
  .sort();
const ENGINES: readonly EngineMode[] = ['interp', 'reference'];

/** What a run shows: its output, then `error: <message>` if it failed (as the CLI prints it). */
function transcript(source: string, engine: EngineMode, jit: Pick<RunOptions, 'tier' | 'jitThreshold'> = {}): string {
  const r = run(source, { engine, ...jit });
  return r.output + (r.error !== null ? `error: ${r.error.message}\n` : '');
}

describe('the Tern corpus', () => {
  it('has at least 30 programs, each with its expected output', () => {
    expect(programs.length).toBeGreaterThanOrEqual(30);
    for (const p of programs) expect(() => readFileSync(join(dir, p.replace(/\.tn$/, '.out')))).not.toThrow();
  });

  for (const p of programs) {
    const source = readFileSync(join(dir, p), 'utf8');
    const expected = readFileSync(join(dir, p.replace(/\.tn$/, '.out')), 'utf8');
    for (const engine of ENGINES) {
      it(`${p} prints the expected output under the ${engine} engine`, () => {
        expect(transcript(source, engine)).toBe(expected);
      });
    }
    // The baseline JIT, from Tern's semantics alone: every function compiled at its first run, and
    // tier-up at the first visit (compiled and interpreted frames mixed).
    it(`${p} prints the expected output with --tier baseline`, () => {
      expect(transcript(source, 'interp', { tier: 'baseline' })).toBe(expected);
    });
    it(`${p} prints the expected output with --tier auto, threshold 1`, () => {
      expect(transcript(source, 'interp', { tier: 'auto', jitThreshold: 1 })).toBe(expected);
    });
    it(`${p} behaves the same under the generated interpreter and reference mode`, () => {
      expect(transcript(source, 'interp')).toBe(transcript(source, 'reference'));
    });
  }
});
