import type { Device } from '../lib/io-device.js';

/**
 * What the standard library needs from the machine it runs on. The library itself is portable
 * (it runs in browsers): files, shell commands, the process clock and the environment are asked
 * of a host. The Node entry of the package and the `deegen-lua` command use `nodeHost`
 * (host/node-host.ts); the browser entry uses `portableHost`, which has no files and no shell, so
 * `io.open`, `os.remove` and the like report "Operation not supported", `io.popen` says it is
 * not supported, and `require` finds no files (package.preload and package.loaded still work).
 *
 * Names, commands and data travel as Lua strings: bytes, one char code per byte. Operations
 * report failures by throwing: an IoFailure, or an error with a `code` such as "ENOENT" (Node's
 * fs errors) and optionally an `errno` number, which io-errors.ts turns into lua5.1's messages.
 */
export interface LuaHost {
  /** The file system; absent where there is none. */
  readonly files?: HostFiles;
  /** A shell for os.execute and io.popen; absent where there is none. */
  readonly shell?: HostShell;
  /** Processor time this program has used, in seconds (os.clock). */
  cpuSeconds(): number;
  /** An environment variable as bytes (os.getenv); undefined when unset or when there is no environment. */
  getenv(name: string): string | undefined;
}

export interface HostFiles {
  /**
   * Opens a file as C's fopen would with Node-style `flags` ("r", "w+", "ax", ...), creating it
   * with permission bits `createMode`. `append` devices write at the end whatever the position.
   */
  open(name: string, flags: string, createMode: number, append: boolean): Device;
  /** C's remove(): a file, or an empty directory. */
  remove(name: string): void;
  rename(from: string, to: string): void;
  /** The directory for temporary files, as bytes, without a trailing separator. */
  tempDir(): string;
}

/** What a shell command did: C system()'s status (exit code times 256, or the signal number; 127 * 256 when no shell ran). */
export interface ShellResult {
  waitStatus: number;
  stdout: string;
  stderr: string;
}

export interface HostShell {
  /** Runs `command` with `input` as its standard input (inherited when undefined), capturing its output. */
  run(command: string, input: string | undefined): ShellResult;
}
