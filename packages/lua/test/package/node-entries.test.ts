import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

/**
 * Runs a fixture with plain `node` (no source condition, no vitest): it loads the package by
 * name, so Node resolves the built files through package.json `exports`, as in a user's project.
 */
function runFixture(file: string): unknown {
  const r = spawnSync(process.execPath, [file], { cwd: fixtures, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout);
}

// These run the build (`pnpm build` first, as CI does).
describe('the built package in Node', () => {
  it('runs a Lua program when loaded with require() (CommonJS build)', () => {
    expect(runFixture('require-cjs.cjs')).toEqual({
      out: 'cjs\t55\n// A CommonJS program using the package by name, as a Node project would after `npm i @deegen/lua`.\n',
      sum: 55,
      message: "bad:1: unexpected symbol near '='",
    });
  });

  it('runs a Lua program when loaded with import (ES module build), with Node\'s files as its host', () => {
    expect(runFixture('import-esm.mjs')).toEqual({
      out: 'esm\t55\n// An ES module program using the package by name, as a Node project would after `npm i @deegen/lua`.\n',
      sum: 55,
      hasNodeHost: true,
    });
  });
});
