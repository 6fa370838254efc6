// `pnpm test`: everything CI checks, in order, with the time each stage takes.
// 1. generated files are fresh (before anything could regenerate them);
// 2. every package builds (the CLI tests run the built JavaScript);
// 3. every package typechecks, sources and tests;
// 4. every test suite runs, uncached.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };
const stages = [
  ['generated files are up to date', 'pnpm', ['-s', 'gen', '--check']],
  ['build', 'pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only']],
  ['typecheck', 'pnpm', ['exec', 'turbo', 'run', 'typecheck', '--output-logs=errors-only']],
  ['tests', 'pnpm', ['exec', 'turbo', 'run', 'test', '--force', '--concurrency=1']],
];
const times = [];
for (const [name, cmd, args] of stages) {
  const started = Date.now();
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  times.push(`${name}: ${seconds} s`);
  if (r.status !== 0) {
    console.error(`\n=== FAILED at stage "${name}" after ${seconds} s`);
    console.log(times.join('\n'));
    process.exit(r.status ?? 1);
  }
}
console.log(`\n=== stage times\n${times.join('\n')}`);
