import { spawnSync } from 'node:child_process';

/**
 * Whether the reference `lua5.1` binary can be run. Under CI (CI=true) its absence is an error,
 * not a reason to skip: the expected outputs must be checked against the real thing.
 */
export function lua51Available(): boolean {
  const ok = spawnSync('lua5.1', ['-v'], { encoding: 'latin1' }).status === 0;
  if (!ok && process.env.CI) throw new Error('lua5.1 is required under CI (apt-get install -y lua5.1)');
  return ok;
}
