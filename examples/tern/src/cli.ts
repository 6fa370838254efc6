import { readFileSync } from 'node:fs';
import { run } from './runner.js';
import type { EngineMode } from './runner.js';

/** `tern [--reference] file.tn`: runs a program, errors go to stderr with exit status 1. */
export function main(argv: readonly string[]): number {
  const engine: EngineMode = argv.includes('--reference') ? 'reference' : 'interp';
  const files = argv.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) {
    process.stderr.write('usage: tern [--reference] <file.tn>\n');
    return 2;
  }
  let source: string;
  try {
    source = readFileSync(files[0], 'utf8');
  } catch {
    process.stderr.write(`tern: cannot read ${files[0]}\n`);
    return 2;
  }
  const r = run(source, { engine, write: (text) => process.stdout.write(text) });
  if (r.error !== null) {
    process.stderr.write(`error: ${r.error.message}\n`);
    return 1;
  }
  return 0;
}
