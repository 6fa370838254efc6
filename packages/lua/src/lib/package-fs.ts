import { closeSync, openSync, readFileSync } from 'node:fs';
import { toFailure } from './io-errors.js';

/** A path as the bytes C's `fopen` would see: the Lua string's bytes up to any NUL. */
function hostPath(name: string): Buffer {
  return Buffer.from(cString(name), 'latin1');
}

/** lua5.1 formats names into messages with `%s`, which also stops at a NUL. */
function cString(s: string): string {
  const nul = s.indexOf('\0');
  return nul < 0 ? s : s.slice(0, nul);
}

/**
 * The whole of a source file as bytes, or lua5.1's message for why it could not be had:
 * "cannot open x.lua: No such file or directory" when opening fails, "cannot read x: Is a
 * directory" when reading does.
 */
export function readSourceFile(name: string): { source: string } | { error: string } {
  let fd: number;
  try {
    fd = openSync(hostPath(name), 'r');
  } catch (e) {
    return { error: `cannot open ${cString(name)}: ${toFailure(e).message}` };
  }
  try {
    return { source: readFileSync(fd, 'latin1') };
  } catch (e) {
    return { error: `cannot read ${cString(name)}: ${toFailure(e).message}` };
  } finally {
    closeSync(fd);
  }
}

/** Whether a file can be opened for reading: what require's searchers test (a folder passes, as with fopen). */
export function isReadable(name: string): boolean {
  try {
    closeSync(openSync(hostPath(name), 'r'));
    return true;
  } catch {
    return false;
  }
}
