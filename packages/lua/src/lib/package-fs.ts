import type { LuaHost } from '../host/host.js';
import type { Device } from './io-device.js';
import { toFailure } from './io-errors.js';
import { noFileSystem } from './io-open.js';

/** lua5.1 formats names into messages with `%s`, which also stops at a NUL. */
function cString(s: string): string {
  const nul = s.indexOf('\0');
  return nul < 0 ? s : s.slice(0, nul);
}

/** Bytes asked of the file per read. */
const CHUNK = 65536;

/**
 * The whole of a source file as bytes, or lua5.1's message for why it could not be had:
 * "cannot open x.lua: No such file or directory" when opening fails, "cannot read x: Is a
 * directory" when reading does.
 */
export function readSourceFile(host: LuaHost, name: string): { source: string } | { error: string } {
  if (host.files === undefined) return { error: `cannot open ${cString(name)}: ${noFileSystem().message}` };
  let device: Device;
  try {
    device = host.files.open(name, 'r', 0o666, false);
  } catch (e) {
    return { error: `cannot open ${cString(name)}: ${toFailure(e).message}` };
  }
  try {
    const pieces: string[] = [];
    for (let pos = 0; ; ) {
      const piece = device.read(CHUNK, pos);
      if (piece === '') break;
      pieces.push(piece);
      pos += piece.length;
    }
    return { source: pieces.join('') };
  } catch (e) {
    return { error: `cannot read ${cString(name)}: ${toFailure(e).message}` };
  } finally {
    try {
      device.close();
    } catch {
      // Nothing was written; a failed close loses nothing.
    }
  }
}

/**
 * Whether a file can be opened for reading: what require's searchers test (a folder passes, as
 * with fopen). Without a file system, nothing can.
 */
export function isReadable(host: LuaHost, name: string): boolean {
  if (host.files === undefined) return false;
  try {
    host.files.open(name, 'r', 0o666, false).close();
    return true;
  } catch {
    return false;
  }
}
