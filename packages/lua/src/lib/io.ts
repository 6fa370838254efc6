import type { NativeFunction, Thread } from '@deegen/ir';
import { addressOf } from '../runtime/address.js';
import { LuaError, LuaRuntimeError, callerError } from '../runtime/errors.js';
import { LuaFunction } from '../runtime/function.js';
import { formatNumber } from '../runtime/number-format.js';
import type { LuaRealm } from '../runtime/realm.js';
import { LuaTable } from '../runtime/table.js';
import { LuaUserdata } from '../runtime/value.js';
import type { LuaValue } from '../runtime/value.js';
import { arg, argError, checkAny, checkOption, checkString, optInt, optString, typeError } from './args.js';
import { CallbackDevice } from './io-device.js';
import { IoFailure, toFailure } from './io-errors.js';
import { openFile, openTempFile } from './io-open.js';
import { FileStream } from './io-stream.js';
import type { BufferMode } from './io-stream.js';
import { openPipe } from './os-command.js';
import { defineBuiltins } from './builtins.js';

/**
 * The io library. A file handle is a userdata whose `data` is its FileStream; all handles of a
 * realm share one metatable holding the methods. The default input and output files and the set
 * of open files live in the realm's IoState (lua5.1 keeps them in the io functions' environment).
 */
interface IoState {
  readonly realm: LuaRealm;
  readonly meta: LuaTable;
  input: LuaUserdata;
  output: LuaUserdata;
  /** Files opened and not yet closed, flushed and closed when the state is. */
  readonly open: Set<FileStream>;
}

const SEEK_MODES = ['set', 'cur', 'end'] as const;
const BUFFER_MODES: readonly BufferMode[] = ['no', 'full', 'line'];

/** An error a file operation reported (a failed system call), or rethrows anything else. */
function ioFailure(e: unknown): IoFailure {
  if (e instanceof LuaError || e instanceof LuaRuntimeError) throw e;
  return toFailure(e);
}

/** lua5.1's pushresult on failure: nil, "[name: ]message", errno. */
function failure(t: Thread, base: number, f: IoFailure, name?: string): number {
  const s = t.stack;
  s[base] = undefined;
  s[base + 1] = name === undefined ? f.message : `${name}: ${f.message}`;
  s[base + 2] = f.errno;
  return 3;
}

function streamOf(v: LuaValue): FileStream | undefined {
  return v instanceof LuaUserdata && v.data instanceof FileStream ? v.data : undefined;
}

/** luaL_checkudata(L, i, "FILE*"), open or closed. */
function checkHandle(t: Thread, base: number, argc: number, i: number): FileStream {
  const v = arg(t, base, argc, i);
  const s = streamOf(v);
  if (s === undefined) return typeError(t, i, 'FILE*', v, i < argc);
  return s;
}

/** An open file argument (lua5.1's tofile). */
function checkOpen(t: Thread, base: number, argc: number, i: number): FileStream {
  const s = checkHandle(t, base, argc, i);
  if (s.closed) callerError('attempt to use a closed file');
  return s;
}

/** The default input or output, which must be open. */
function defaultFile(handle: LuaUserdata, which: 'input' | 'output'): FileStream {
  const s = handle.data as FileStream;
  if (s.closed) callerError(`standard ${which} file is closed`);
  return s;
}

/**
 * Reads by the formats in arguments `first..argc-1` (none: one line); results go from `base`.
 * Stops at the first format that fails, whose result is nil, as lua5.1 does.
 */
function readFormats(t: Thread, base: number, argc: number, s: FileStream, first: number): number {
  const stack = t.stack;
  try {
    if (argc <= first) {
      stack[base] = s.readLine();
      return 1;
    }
    let n = 0;
    for (let i = first; i < argc; i++) {
      const fmt = stack[base + i] as LuaValue;
      let v: string | number | undefined;
      if (typeof fmt === 'number') {
        const count = Math.trunc(fmt);
        v = count === 0 ? (s.atEnd() ? undefined : '') : s.readChars(count < 0 ? Infinity : count);
      } else {
        if (typeof fmt !== 'string' || fmt[0] !== '*') argError(t, i, 'invalid option');
        const c = fmt[1];
        if (c === 'l') v = s.readLine();
        else if (c === 'n') v = s.readNumber();
        else if (c === 'a') v = s.readAll();
        else argError(t, i, 'invalid format');
      }
      stack[base + n++] = v;
      if (v === undefined) break;
    }
    return n;
  } catch (e) {
    return failure(t, base, ioFailure(e));
  }
}

/** Writes arguments `first..argc-1` (strings or numbers); true, or lua5.1's failure triple. */
function writeValues(t: Thread, base: number, argc: number, s: FileStream, first: number): number {
  let out = '';
  for (let i = first; i < argc; i++) {
    const v = t.stack[base + i] as LuaValue;
    if (typeof v === 'string') out += v;
    else if (typeof v === 'number') out += formatNumber(v);
    else {
      // What came before the bad argument is written, as lua5.1 writes argument by argument.
      try {
        s.write(out);
      } catch {
        // The argument error below is what the program sees.
      }
      typeError(t, i, 'string', v, true);
    }
  }
  try {
    s.write(out);
  } catch (e) {
    return failure(t, base, ioFailure(e));
  }
  t.stack[base] = true;
  return 1;
}

function closeStream(t: Thread, base: number, state: IoState, s: FileStream): number {
  if (s.kind === 'std') {
    t.stack[base] = undefined;
    t.stack[base + 1] = 'cannot close standard file';
    return 2;
  }
  state.open.delete(s);
  try {
    s.close();
  } catch (e) {
    return failure(t, base, ioFailure(e));
  }
  t.stack[base] = true;
  return 1;
}

export function openIo(realm: LuaRealm): void {
  const g = realm.globals;
  const meta = new LuaTable();
  const makeHandle = (s: FileStream): LuaUserdata => {
    const u = new LuaUserdata(s);
    u.metatable = meta;
    return u;
  };
  const stdin = makeHandle(new FileStream(new CallbackDevice(() => realm.readStdin(), null), true, false, 'std'));
  const stdout = makeHandle(new FileStream(new CallbackDevice(null, (b) => realm.write(b)), false, true, 'std'));
  const stderr = makeHandle(new FileStream(new CallbackDevice(null, (b) => realm.writeErr(b)), false, true, 'std'));
  const state: IoState = { realm, meta, input: stdin, output: stdout, open: new Set() };
  realm.closeHooks.push(() => {
    for (const s of state.open) {
      try {
        s.close();
      } catch {
        // Closing the state cannot report a failed flush; lua5.1 ignores it too.
      }
    }
    state.open.clear();
  });

  /** A handle for a newly opened stream, remembered so the state can close it. */
  const adopt = (s: FileStream): LuaUserdata => {
    state.open.add(s);
    return makeHandle(s);
  };

  /** The iterator of `lines`: reads a line per call; closes the file at the end when asked to. */
  const linesIterator = (s: FileStream, closeAtEnd: boolean): LuaFunction => {
    const step: NativeFunction = (t, base) => {
      if (s.closed) callerError('file is already closed');
      let line: string | undefined;
      try {
        line = s.readLine();
      } catch (e) {
        callerError(ioFailure(e).message);
      }
      if (line !== undefined) {
        t.stack[base] = line;
        return 1;
      }
      if (closeAtEnd) {
        state.open.delete(s);
        try {
          s.close();
        } catch {
          // Nothing was written to a file opened for reading; a failed close loses nothing.
        }
      }
      return 0;
    };
    return new LuaFunction(null, step, [], g, '?');
  };

  /** io.input and io.output: set from a file name or handle, return the current one. */
  const ioFile = (which: 'input' | 'output', mode: string): NativeFunction => (t, base, argc) => {
    const v = arg(t, base, argc, 0);
    if (v !== undefined) {
      let handle: LuaUserdata;
      if (typeof v === 'string' || typeof v === 'number') {
        const name = checkString(t, base, argc, 0);
        const s = openFile(realm.host, name, mode);
        if (s instanceof IoFailure) argError(t, 0, `${name}: ${s.message}`);
        handle = adopt(s);
      } else {
        checkOpen(t, base, argc, 0);
        handle = v as LuaUserdata;
      }
      state[which] = handle;
    }
    t.stack[base] = state[which];
    return 1;
  };

  const lib: Record<string, NativeFunction> = {
    close: (t, base, argc) => {
      if (argc === 0) t.stack[base] = state.output;
      return closeStream(t, base, state, checkOpen(t, base, Math.max(argc, 1), 0));
    },
    flush: (t, base) => {
      const s = defaultFile(state.output, 'output');
      try {
        s.flush();
        if (s.kind === 'std') realm.flushOut();
      } catch (e) {
        return failure(t, base, ioFailure(e));
      }
      t.stack[base] = true;
      return 1;
    },
    input: ioFile('input', 'r'),
    output: ioFile('output', 'w'),
    lines: (t, base, argc) => {
      if (argc === 0) {
        t.stack[base] = linesIterator(checkOpenDefault(t, state.input), false);
        return 1;
      }
      if (t.stack[base] === undefined) checkHandle(t, base, argc, 0);
      const name = checkString(t, base, argc, 0);
      const s = openFile(realm.host, name, 'r');
      if (s instanceof IoFailure) argError(t, 0, `${name}: ${s.message}`);
      state.open.add(s);
      t.stack[base] = linesIterator(s, true);
      return 1;
    },
    open: (t, base, argc) => {
      const name = checkString(t, base, argc, 0);
      const mode = optString(t, base, argc, 1, 'r');
      const s = openFile(realm.host, name, mode);
      if (s instanceof IoFailure) return failure(t, base, s, name);
      t.stack[base] = adopt(s);
      return 1;
    },
    popen: (t, base, argc) => {
      const command = checkString(t, base, argc, 0);
      const mode = optString(t, base, argc, 1, 'r');
      const s = openPipe(realm, command, mode);
      if (s instanceof IoFailure) return failure(t, base, s, command);
      t.stack[base] = adopt(s);
      return 1;
    },
    read: (t, base, argc) => readFormats(t, base, argc, defaultFile(state.input, 'input'), 0),
    tmpfile: (t, base) => {
      const s = openTempFile(realm.host);
      if (s instanceof IoFailure) return failure(t, base, s);
      t.stack[base] = adopt(s);
      return 1;
    },
    type: (t, base, argc) => {
      const s = streamOf(checkAny(t, base, argc, 0));
      t.stack[base] = s === undefined ? undefined : s.closed ? 'closed file' : 'file';
      return 1;
    },
    write: (t, base, argc) => writeValues(t, base, argc, defaultFile(state.output, 'output'), 0),
  };

  const methods: Record<string, NativeFunction> = {
    close: (t, base, argc) => {
      // lua5.1 shares io.close here, whose "no argument" default is looked up in the globals
      // (the methods' environment) at index 2 rather than the io state: usually nil.
      if (argc === 0) t.stack[base] = realm.globals.getInt(2);
      return closeStream(t, base, state, checkOpen(t, base, Math.max(argc, 1), 0));
    },
    flush: (t, base, argc) => {
      const s = checkOpen(t, base, argc, 0);
      try {
        s.flush();
        if (s.kind === 'std') realm.flushOut();
      } catch (e) {
        return failure(t, base, ioFailure(e));
      }
      t.stack[base] = true;
      return 1;
    },
    lines: (t, base, argc) => {
      t.stack[base] = linesIterator(checkOpen(t, base, argc, 0), false);
      return 1;
    },
    read: (t, base, argc) => readFormats(t, base, argc, checkOpen(t, base, argc, 0), 1),
    seek: (t, base, argc) => {
      const s = checkOpen(t, base, argc, 0);
      const whence = SEEK_MODES[checkOption(t, base, argc, 1, 'cur', SEEK_MODES)];
      const offset = optInt(t, base, argc, 2, 0);
      try {
        t.stack[base] = s.seek(whence, offset);
      } catch (e) {
        return failure(t, base, ioFailure(e));
      }
      return 1;
    },
    setvbuf: (t, base, argc) => {
      const s = checkOpen(t, base, argc, 0);
      const mode = BUFFER_MODES[checkOption(t, base, argc, 1, undefined, BUFFER_MODES)];
      optInt(t, base, argc, 2, 0);
      try {
        s.setBuffering(mode);
      } catch (e) {
        return failure(t, base, ioFailure(e));
      }
      t.stack[base] = true;
      return 1;
    },
    write: (t, base, argc) => writeValues(t, base, argc, checkOpen(t, base, argc, 0), 1),
    __gc: (t, base, argc) => {
      const s = checkHandle(t, base, argc, 0);
      if (!s.closed && s.kind !== 'std') {
        state.open.delete(s);
        try {
          s.close();
        } catch {
          // A collector cannot report errors.
        }
      }
      return 0;
    },
    __tostring: (t, base, argc) => {
      const s = checkHandle(t, base, argc, 0);
      t.stack[base] = s.closed ? 'file (closed)' : `file (${addressOf(t.stack[base] as LuaUserdata)})`;
      return 1;
    },
  };

  defineBuiltins(realm, meta, methods);
  meta.setStr('__index', meta);

  const io = new LuaTable();
  defineBuiltins(realm, io, lib);
  io.setStr('stdin', stdin);
  io.setStr('stdout', stdout);
  io.setStr('stderr', stderr);
  g.setStr('io', io);
}

/** io.lines() with no file name iterates the default input, which must be open. */
function checkOpenDefault(_t: Thread, handle: LuaUserdata): FileStream {
  const s = handle.data as FileStream;
  if (s.closed) callerError('attempt to use a closed file');
  return s;
}
