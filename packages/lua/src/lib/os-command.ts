import { callerError } from '../runtime/errors.js';
import type { LuaRealm } from '../runtime/realm.js';
import { MemoryDevice } from './io-device.js';
import { IoFailure, failureFor } from './io-errors.js';
import { FileStream } from './io-stream.js';

/**
 * Shell commands for os.execute and io.popen, run synchronously by the host's shell
 * (host/host.ts). The command's output is handed to the realm's stdout and stderr writers, so
 * it lands in order with the program's own output even when an embedder buffers or captures
 * that output.
 */

export interface CommandResult {
  /** C's system() status: exit code times 256, or the signal number; 127 * 256 when no shell ran. */
  waitStatus: number;
  stdout: string;
}

/** Whether the host has a shell (`os.execute()` with no command answers this). */
export function hasShell(realm: LuaRealm): boolean {
  return realm.host.shell !== undefined;
}

/**
 * Runs `command` with `input` on its stdin (inherited when undefined); stderr goes to the realm.
 * Without a shell nothing runs and the status is the one of a shell that could not start.
 */
export function runCommand(realm: LuaRealm, command: string, input: string | undefined, captureStdout: boolean): CommandResult {
  const shell = realm.host.shell;
  if (shell === undefined) return { waitStatus: 127 * 256, stdout: '' };
  const r = shell.run(command, input);
  if (!captureStdout && r.stdout.length > 0) realm.write(r.stdout);
  if (r.stderr.length > 0) realm.writeErr(r.stderr);
  return { waitStatus: r.waitStatus, stdout: captureStdout ? r.stdout : '' };
}

/**
 * io.popen. Mode "r" runs the command at once and the handle reads its captured output; mode
 * "w" collects what the program writes and runs the command with it as input when the handle
 * is closed. Unlike a real pipe, the program and the command never run at the same time.
 */
export function openPipe(realm: LuaRealm, command: string, mode: string): FileStream | IoFailure {
  const kind = mode[0];
  // lua5.1 built without popen raises this error, whatever the mode.
  if (!hasShell(realm)) return callerError("'popen' not supported");
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
