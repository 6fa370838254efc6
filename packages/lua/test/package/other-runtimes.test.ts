import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const bin = fileURLToPath(new URL('../../node_modules/.bin/', import.meta.url));

/**
 * The built package in the other JS runtimes people use, Bun and Deno (both devDependencies of
 * this package, from npm): the same fixtures as in Node, which must print the same. They run the
 * build (`pnpm build` first, as CI does).
 */
const RUNTIMES: Record<string, (file: string, args: string[]) => string[]> = {
  bun: (file, args) => [file, ...args],
  deno: (file, args) => ['run', '--allow-read', '--allow-env', file, ...args],
};

function run(command: string, args: string[]): string {
  const r = spawnSync(command, args, { cwd: fixtures, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

const CASES: [string, string[]][] = [
  ['import-esm.mjs', []],
  ['require-cjs.cjs', []],
  ['run-bundle.mjs', ['local t = {} for i = 1, 200 do t[i] = i * i end print(#t, t[200]) return', 'baseline']],
];

describe.each(Object.keys(RUNTIMES))('the built package in %s', (name) => {
  const exe = `${bin}${name}`;
  it(`has ${name} to run in (a devDependency)`, () => {
    expect(existsSync(exe), `${exe} is missing: pnpm install`).toBe(true);
  });
  it.each(CASES)('prints what Node prints for %s', (file, args) => {
    const inNode = run(process.execPath, [file, ...args]);
    expect(JSON.parse(inNode)).toBeTypeOf('object');
    expect(run(exe, RUNTIMES[name](file, args))).toBe(inNode);
  });
});
