import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The command loads the CommonJS bundle through the V8 code cache `pnpm build` writes beside it
// (bin/deegen-lua, scripts/bundle-cli.mjs). V8 ignores a cache made under other flags or by
// another V8, silently: these tests make sure the one built is the one the command can use.
const pkg = fileURLToPath(new URL('..', import.meta.url));
const bin = join(pkg, 'bin', 'deegen-lua');
const bundle = join(pkg, 'dist', 'deegen-lua.cjs');
const shebangFlags = readFileSync(bin, 'utf8').split('\n')[0]!.replace(/^#!\/usr\/bin\/env -S node\s*/, '').split(/\s+/).filter(Boolean);

const probe = (file: string, cache: string) => `
const fs = require('node:fs'), vm = require('node:vm'), m = require('node:module');
const s = new vm.Script(m.wrap(fs.readFileSync(${JSON.stringify(file)}, 'utf8')), { filename: ${JSON.stringify(file)}, cachedData: fs.readFileSync(${JSON.stringify(cache)}) });
process.stdout.write(s.cachedDataRejected ? 'rejected' : 'accepted');
`;

describe('the command start-up', () => {
  it('runs with node flags from its first line', () => {
    expect(shebangFlags).toContain('--max-semi-space-size=32');
  });

  it("has a code cache that V8 accepts under the command's own flags, and not under others", () => {
    const as = (flags: string[]) => spawnSync(process.execPath, [...flags, '-e', probe(bundle, `${bundle}.cache`)], { encoding: 'utf8' }).stdout;
    expect(as(shebangFlags)).toBe('accepted');
    expect(as([...shebangFlags, '--stack-size=900'])).toBe('rejected'); // the probe can tell
  });

  it('runs scripts the same when its cache is missing or not V8 data', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deegen-start-'));
    cpSync(join(pkg, 'bin'), join(dir, 'bin'), { recursive: true });
    cpSync(bundle, join(dir, 'dist', 'deegen-lua.cjs'));
    const run = () => spawnSync(join(dir, 'bin', 'deegen-lua'), ['-e', 'print(("x"):rep(3), 1/4)'], { encoding: 'utf8' });
    expect(run().stdout).toBe('xxx\t0.25\n');
    writeFileSync(join(dir, 'dist', 'deegen-lua.cjs.cache'), 'not a code cache');
    const r = run();
    expect([r.stdout, r.stderr, r.status]).toEqual(['xxx\t0.25\n', '', 0]);
  });
});
