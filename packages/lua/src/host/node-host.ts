import { spawnSync } from 'node:child_process';
import { openSync, renameSync, rmdirSync, unlinkSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import type { HostFiles, HostShell, LuaHost } from './host.js';
import { FdDevice } from './node-fd-device.js';

/**
 * The host of the Node entry and the `deegen-lua` command: Node's fs, a shell through
 * child_process, process.cpuUsage and process.env. Lua strings are bytes; names, commands and
 * environment text go to the system as those bytes (C would see the same).
 */

/** A Lua string's bytes up to any NUL (C stops there). */
function hostPath(name: string): Buffer {
  const nul = name.indexOf('\0');
  return Buffer.from(nul < 0 ? name : name.slice(0, nul), 'latin1');
}

const files: HostFiles = {
  open(name, flags, createMode, append) {
    return FdDevice.of(openSync(hostPath(name), flags, createMode), append);
  },

  remove(name) {
    const path = hostPath(name);
    try {
      unlinkSync(path);
    } catch (e) {
      // C's remove() also removes empty directories: Linux reports EISDIR for them, macOS EPERM.
      const code = (e as { code?: unknown }).code;
      if (code !== 'EISDIR' && code !== 'EPERM') throw e;
      try {
        rmdirSync(path);
      } catch (e2) {
        throw code === 'EISDIR' ? e2 : e;
      }
    }
  },

  rename(from, to) {
    renameSync(hostPath(from), hostPath(to));
  },

  tempDir() {
    return Buffer.from(tmpdir(), 'utf8').toString('latin1');
  },
};

/**
 * Commands run synchronously through the system shell. Their output is captured rather than
 * inherited, so the library can hand it to the state's writers and it lands in order with the
 * program's own output even when an embedder buffers or captures that output. Standard input is
 * inherited unless the command is given input.
 */
const shell: HostShell = {
  run(command, input) {
    const r = spawnSync(Buffer.from(command, 'latin1').toString('utf8'), {
      shell: true,
      input: input === undefined ? undefined : Buffer.from(input, 'latin1'),
      stdio: [input === undefined ? 'inherit' : 'pipe', 'pipe', 'pipe'],
      maxBuffer: 1 << 30,
    });
    let waitStatus: number;
    if (r.error !== undefined || (r.status === null && r.signal === null)) waitStatus = 127 * 256;
    else if (r.status !== null) waitStatus = r.status * 256;
    else waitStatus = (constants.signals as Record<string, number | undefined>)[r.signal as string] ?? 0;
    return {
      waitStatus,
      stdout: r.stdout === null ? '' : r.stdout.toString('latin1'),
      stderr: r.stderr === null ? '' : r.stderr.toString('latin1'),
    };
  },
};

export const nodeHost: LuaHost = {
  files,
  shell,
  cpuSeconds() {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  },
  getenv(name) {
    const v = process.env[Buffer.from(name, 'latin1').toString('utf8')];
    return v === undefined ? undefined : Buffer.from(v, 'utf8').toString('latin1');
  },
};
