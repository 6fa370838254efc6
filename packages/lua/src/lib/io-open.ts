import type { LuaHost } from '../host/host.js';
import { IoFailure, failureFor, toFailure } from './io-errors.js';
import { FileStream } from './io-stream.js';

/** What a C fopen mode string asks for. */
export interface OpenMode {
  readable: boolean;
  writable: boolean;
  append: boolean;
  /** Node's open flags. */
  flags: string;
}

/**
 * Reads a mode as glibc's fopen does: the first letter is r, w or a; up to six more characters
 * may add '+' (read and write) or 'x' (fail if the file exists); others, like 'b', are ignored.
 * Returns undefined for a mode fopen rejects (EINVAL).
 */
export function parseMode(mode: string): OpenMode | undefined {
  const kind = mode[0];
  if (kind !== 'r' && kind !== 'w' && kind !== 'a') return undefined;
  let plus = false;
  let exclusive = false;
  for (let i = 1; i < mode.length && i < 7; i++) {
    const c = mode[i];
    if (c === '+') plus = true;
    else if (c === 'x') exclusive = true;
    else if (c === ',') break;
  }
  const flags = kind + (exclusive && kind !== 'r' ? 'x' : '') + (plus ? '+' : '');
  return { readable: kind === 'r' || plus, writable: kind !== 'r' || plus, append: kind === 'a', flags };
}

/** What a host without a file system reports for file operations. */
export function noFileSystem(): IoFailure {
  return failureFor('ENOTSUP');
}

/** fopen: a stream on the named file, or the failure (message without the file name). */
export function openFile(host: LuaHost, name: string, modeText: string): FileStream | IoFailure {
  const mode = parseMode(modeText);
  if (mode === undefined) return failureFor('EINVAL');
  if (host.files === undefined) return noFileSystem();
  try {
    const device = host.files.open(name, mode.flags, 0o666, mode.append);
    return new FileStream(device, mode.readable, mode.writable, 'file', mode.append);
  } catch (e) {
    return toFailure(e);
  }
}

/** A fresh name in the temporary directory, like mkstemp's lua_XXXXXX; the file is created empty. */
export function createTempName(host: LuaHost): string | IoFailure {
  const files = host.files;
  if (files === undefined) return noFileSystem();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let last: IoFailure = failureFor('EEXIST');
  for (let attempt = 0; attempt < 100; attempt++) {
    let suffix = '';
    for (let i = 0; i < 6; i++) suffix += letters[Math.floor(Math.random() * letters.length)];
    const name = `${files.tempDir()}/lua_${suffix}`;
    try {
      files.open(name, 'wx', 0o600, false).close();
    } catch (e) {
      last = toFailure(e);
      if (last.errno === failureFor('EEXIST').errno) continue;
      return last;
    }
    return name;
  }
  return last;
}

/** tmpfile: a "w+" stream on a new file that is already unlinked, so it vanishes when closed. */
export function openTempFile(host: LuaHost): FileStream | IoFailure {
  const name = createTempName(host);
  if (typeof name !== 'string') return name;
  const stream = openFile(host, name, 'w+b');
  try {
    host.files!.remove(name);
  } catch {
    // Hosts that cannot unlink an open file keep it until it is closed; nothing more to do.
  }
  return stream;
}
