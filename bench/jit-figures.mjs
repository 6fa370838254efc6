// `node bench/jit-figures.mjs`: the baseline JIT's own cost on every benchmark program, from
// `deegen-lua --tier baseline --stats` (every function that runs is compiled at its first run,
// so a function's compile time is the delay between its first call and its first compiled run).
// Prints one row per program and the totals; writes nothing.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, '..', 'packages', 'lua', 'bin', 'deegen-lua');
const programs = readdirSync(join(here, 'programs'))
  .filter((f) => f.endsWith('.lua'))
  .sort();

const rows = [];
for (const file of programs) {
  const r = spawnSync(bin, ['--tier', 'baseline', '--stats', join(here, 'programs', file)], { encoding: 'latin1' });
  const compiled = /functions compiled: (\d+), left to the interpreter: (\d+) \(too large for the host JIT: (\d+)/.exec(r.stderr);
  const time = /compile time: ([\d.]+) ms for (\d+) code words \(stitching ([\d.]+) ms/.exec(r.stderr);
  if (r.status !== 0 || compiled === null || time === null) {
    console.log(`${file}: no figures (status ${r.status})`);
    continue;
  }
  rows.push({
    program: file.replace(/\.lua$/, ''),
    functions: Number(compiled[1]),
    tooLarge: Number(compiled[3]),
    words: Number(time[2]),
    compileMs: Number(time[1]),
    stitchMs: Number(time[3]),
  });
}

const pad = (s, n) => String(s).padStart(n);
console.log('program           functions  too large  code words  stitch ms  words/ms  compile ms  ms per function');
for (const r of rows) {
  console.log(
    `${r.program.padEnd(17)} ${pad(r.functions, 9)} ${pad(r.tooLarge, 10)} ${pad(r.words, 11)} ${pad(r.stitchMs.toFixed(2), 10)} ${pad(Math.round(r.words / r.stitchMs), 9)} ${pad(r.compileMs.toFixed(2), 11)} ${pad((r.compileMs / Math.max(r.functions + r.tooLarge, 1)).toFixed(3), 16)}`,
  );
}
const sum = (k) => rows.reduce((a, r) => a + r[k], 0);
const words = sum('words');
console.log(
  `all: ${sum('functions')} functions compiled (${sum('tooLarge')} too large), ${words} code words; stitching ${Math.round(words / sum('stitchMs'))} words/ms; ` +
    `stitch + host compile ${(sum('compileMs') / Math.max(sum('functions') + sum('tooLarge'), 1)).toFixed(3)} ms per function, ${((1000 * sum('compileMs')) / words).toFixed(2)} µs per code word`,
);
