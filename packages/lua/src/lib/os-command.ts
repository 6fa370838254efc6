import { spawnSync } from 'node:child_process';
import { constants } from 'node:os';
import type { LuaRealm } from '../runtime/realm.js';
import { MemoryDevice } from './io-device.js';
import { IoFailure, failureFor } from './io-errors.js';
import { FileStream } from './io-stream.js';

/**
 * Shell commands for os.execute and io.popen, run synchronously through the host's shell
 * (child_process.spawnSync). The command's output is captured and handed to the realm's stdout
 * and stderr writers rather than inherited, so it lands in order with the program's own output
 * even when an embedder buffers or captures that output. Standard input is inherited.
 */

export interface CommandResult {
  /** C's system() status: exit code times 256, or the signal number; 127 * 256 when no shell ran. */
  waitStatus: number;
  stdout: string;
}

/** Lua strings are bytes; the host wants text: the bytes are read as UTF-8, as a C shell would see them. */
function commandText(command: string): string {
  return Buffer.from(command, 'latin1').toString('utf8');
}

/** Runs `command` with `input` on its stdin (inherited when undefined); stderr goes to the realm. */
export function runCommand(realm: LuaRealm, command: string, input: string | undefined, captureStdout: boolean): CommandResult {
  const r = spawnSync(commandText(command), {
    shell: true,
    input: input === undefined ? undefined : Buffer.from(input, 'latin1'),
    stdio: [input === undefined ? 'inherit' : 'pipe', 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
  });
  const stdout = r.stdout === null ? '' : r.stdout.toString('latin1');
  if (!captureStdout && stdout.length > 0) realm.write(stdout);
  if (r.stderr !== null && r.stderr.length > 0) realm.writeErr(r.stderr.toString('latin1'));
  let waitStatus: number;
  if (r.error !== undefined || (r.status === null && r.signal === null)) waitStatus = 127 * 256;
  else if (r.status !== null) waitStatus = r.status * 256;
  else waitStatus = (constants.signals as Record<string, number | undefined>)[r.signal as string] ?? 0;
  return { waitStatus, stdout: captureStdout ? stdout : '' };
}

/**
 * io.popen. Mode "r" runs the command at once and the handle reads its captured output; mode
 * "w" collects what the program writes and runs the command with it as input when the handle
 * is closed. Unlike a real pipe, the program and the command never run at the same time.
 */
export function openPipe(realm: LuaRealm, command: string, mode: string): FileStream | IoFailure {
  const kind = mode[0];
  if ((kind !== 'r' && kind !== 'w') || (mode.length > 1 && mode.slice(1) !== 'e')) return failureFor('EINVAL');
  if (kind === 'r') {
    const out = runCommand(realm, command, undefined, true).stdout;
    return new FileStream(new MemoryDevice(out), true, false, 'pipe');
  }
  const device = new MemoryDevice('', (written) => {
    runCommand(realm, command, written, false);
  });
  return new FileStream(device, false, true, 'pipe');
}
