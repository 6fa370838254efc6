// Runs one process and measures it: wall time from spawn to exit, and peak resident memory as
// reported by GNU time (the child's own getrusage maximum), when /usr/bin/time is installed.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TIME = '/usr/bin/time';
const hasTime = existsSync(TIME);
const scratch = mkdtempSync(join(tmpdir(), 'deegen-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
let counter = 0;

/**
 * @returns {Promise<{ms: number, peakKb: number | undefined, stdout: string, stderr: string,
 *   code: number | null, timedOut: boolean}>}
 */
export function measure(cmd, args, { timeoutSec, cwd }) {
  const rssFile = join(scratch, `rss-${counter++}`);
  const [file, argv] = hasTime ? [TIME, ['-f', '%M', '-o', rssFile, cmd, ...args]] : [cmd, args];
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    // A process group of its own, so a timeout can kill the VM and not just GNU time.
    const child = spawn(file, argv, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, timeoutSec * 1000);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      clearTimeout(timer);
      let peakKb;
      if (hasTime && existsSync(rssFile)) {
        // GNU time appends "Command exited with non-zero status N" before the figure on failure.
        const lines = readFileSync(rssFile, 'utf8').trim().split('\n');
        const n = Number(lines[lines.length - 1]);
        if (Number.isFinite(n)) peakKb = n;
        rmSync(rssFile, { force: true });
      }
      resolve({
        ms,
        peakKb,
        stdout: Buffer.concat(out).toString('latin1'),
        stderr: Buffer.concat(err).toString('latin1'),
        code,
        timedOut,
      });
    });
  });
}
