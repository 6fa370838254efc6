import type { Frame, NativeFunction, Thread } from '@deegen/ir';
import { compileChunk } from '../compiler/index.js';
import type { ProtoData } from '../compiler/index.js';
import { LuaSyntaxError } from '../frontend/errors.js';
import { BytecodeBuilder } from '../generated/builder.gen.js';
import { Op } from '../generated/opcodes.gen.js';
import { LuaError } from '../runtime/errors.js';
import { LuaFunction } from '../runtime/function.js';
import { formatNumber } from '../runtime/number-format.js';
import type { LuaRealm } from '../runtime/realm.js';
import { globalsOf, realmOf } from '../runtime/realm.js';
import type { LuaTable } from '../runtime/table.js';
import { whereOf } from '../runtime/traceback.js';
import type { LuaValue } from '../runtime/value.js';
import { arg, checkFunction, checkString, optString } from './args.js';
import { callCatching } from './package-call.js';
import { readSourceFile } from './package-fs.js';
import { bytesWork, chargeWork, reserveMemory } from '../embed/limits.js';

/** The generated builder, with the jump threading of the compiler's contract (JMP is Lua's jump). */
class LuaBytecodeBuilder extends BytecodeBuilder {
  threadJumps(): void {
    this.threadJumpsVia(Op.JMP);
  }
}

/** How lua5.1 names a binary chunk in its messages. */
function chunkLabel(chunkName: string): string {
  const c = chunkName.charCodeAt(0);
  return c === 0x40 || c === 0x3d ? chunkName.slice(1) : c === 0x1b ? 'binary string' : chunkName;
}

/** The header lua5.1 writes for binary chunks on x86-64: signature, version, format and type sizes. */
const LUA51_HEADER = '\x1bLua\x51\x00\x01\x04\x08\x04\x08\x00';

/**
 * lua5.1 treats any text starting with ESC as a precompiled chunk. This VM loads no binary
 * format, so it answers with lua5.1's words for a chunk it cannot read: "unexpected end" when the
 * text stops within or right after the header, else "bad header" (lua5.1's own chunks included).
 * The name is the chunk name without its `@`/`=` marker, or "binary string" for a chunk named by
 * its own text.
 */
function binaryChunkError(source: string, chunkName: string): string {
  const name = chunkLabel(chunkName);
  const truncated = source.length < LUA51_HEADER.length || source === LUA51_HEADER;
  return `${name}: ${truncated ? 'unexpected end' : 'bad header'} in precompiled chunk`;
}

/**
 * Compiles a chunk into a function whose environment is `env`, or returns the message lua5.1
 * gives for it (a syntax error, or a binary chunk, which this VM does not load). The one way
 * source text becomes a function: LuaState.load, the load family and require all come here.
 * Binary chunks are refused outright unless the state was granted them (`binaryChunks`, see
 * embed/sandbox.ts); granted, they get lua5.1's answer for a chunk it cannot read.
 */
export function compileFunction(source: string, chunkName: string, env: LuaTable, binaryChunks = false): LuaFunction | string {
  if (source.charCodeAt(0) === 0x1b) {
    return binaryChunks ? binaryChunkError(source, chunkName) : `${chunkLabel(chunkName)}: attempt to load a binary chunk (not granted to this state)`;
  }
  let proto: ProtoData;
  try {
    proto = compileChunk(source, chunkName, () => new LuaBytecodeBuilder());
  } catch (e) {
    if (e instanceof LuaSyntaxError) return e.message;
    throw e;
  }
  return new LuaFunction(proto, null, [], env, '');
}

/**
 * Reads a source file as lua5.1's luaL_loadfile does (`undefined` name: standard input, chunk name
 * "=stdin") and compiles it: a first line starting with `#` is dropped but still counted, so line
 * numbers stay those of the file. Returns the function or the error message.
 */
export function loadFile(t: Thread, name: string | undefined): LuaFunction | string {
  const realm = realmOf(t);
  let source: string;
  if (name === undefined) {
    source = readAllStdin(realm);
  } else {
    const read = readSourceFile(realm.host, name);
    if ('error' in read) return read.error;
    source = read.source;
  }
  if (source.charCodeAt(0) === 0x23 /* # */) {
    const nl = source.indexOf('\n');
    const rest = nl < 0 ? '' : source.slice(nl + 1);
    // A binary chunk behind the `#` line is loaded as binary, without the extra line.
    source = rest.charCodeAt(0) === 0x1b && name !== undefined ? rest : `\n${rest}`;
  }
  return compileFunction(source, name === undefined ? '=stdin' : `@${name}`, globalsOf(t), realm.binaryChunks);
}

function readAllStdin(realm: LuaRealm): string {
  let out = '';
  for (let piece = realm.readStdin(); piece !== ''; piece = realm.readStdin()) out += piece;
  return out;
}

/** lua5.1's load_aux: the function, or nil and the message. */
function loadResult(t: Thread, base: number, r: LuaFunction | string): number {
  if (typeof r === 'string') return loadFailure(t, base, r);
  t.stack[base] = r;
  return 1;
}

/** nil and the error value (from load's reader, any value: even a function). */
function loadFailure(t: Thread, base: number, error: LuaValue): number {
  t.stack[base] = undefined;
  t.stack[base + 1] = error;
  return 2;
}

/**
 * load and loadstring: compiling is work and memory proportional to the text (the parse tree and
 * code are about ten times its size while they are built), charged to the state's limits first.
 */
function compileChunkOf(t: Thread, source: string, chunkName: string): LuaFunction | string {
  reserveMemory(t, source.length * 10);
  chargeWork(t, bytesWork(source.length));
  return compileFunction(source, chunkName, globalsOf(t), realmOf(t).binaryChunks);
}

const loadstring: NativeFunction = (t, base, argc) => {
  const source = checkString(t, base, argc, 0);
  const chunkName = optString(t, base, argc, 1, source);
  return loadResult(t, base, compileChunkOf(t, source, chunkName));
};

/**
 * `load(reader [, chunkname])`: the reader's pieces are gathered first and compiled as one text
 * (lua5.1 interleaves reading and parsing; only the number of reader calls can tell the
 * difference). A nil or empty piece ends the text (except from the first call); an error in the
 * reader makes load fail.
 */
const load: NativeFunction = (t, base, argc) => {
  const reader = checkFunction(t, base, argc, 0);
  const chunkName = optString(t, base, argc, 1, '=(load)');
  let source = '';
  for (let calls = 1; ; calls++) {
    const r = callCatching(t, reader, []);
    if (!r.ok) return loadFailure(t, base, r.error);
    const piece = r.values.length > 0 ? r.values[0] : undefined;
    if (piece === undefined || piece === '') {
      // lua5.1 peeks at the text before parsing it and, when that first call ends it, asks again.
      if (calls === 1) continue;
      break;
    }
    if (typeof piece === 'string') source += piece;
    else if (typeof piece === 'number') source += formatNumber(piece);
    else return loadFailure(t, base, `${whereOf(t.frame)}reader function must return a string`);
  }
  return loadResult(t, base, compileChunkOf(t, source, chunkName));
};

const loadfile: NativeFunction = (t, base, argc) => {
  const name = arg(t, base, argc, 0) === undefined ? undefined : checkString(t, base, argc, 0);
  return loadResult(t, base, loadFile(t, name));
};

/** dofile's results are the chunk's results, moved down to where the builtin's results go. */
function chunkResults(t: Thread, retBase: number, retCount: number, frame: Frame): number {
  const s = t.stack;
  const dst = frame.base;
  t.ensureStack(dst + retCount + 16);
  for (let i = 0; i < retCount; i++) s[dst + i] = s[retBase + i];
  return retCount;
}

const dofile: NativeFunction = (t, base, argc) => {
  const name = arg(t, base, argc, 0) === undefined ? undefined : checkString(t, base, argc, 0);
  const fn = loadFile(t, name);
  // The loader's message is raised as it is, without a position (lua5.1 calls lua_error).
  if (typeof fn === 'string') throw new LuaError(fn);
  // Called through the thread so the chunk runs in the same engine loop, and tracebacks show dofile.
  return t.callThen(base, fn, base + 1, 0, chunkResults);
};

/** Installs load, loadstring, loadfile and dofile (part of lua5.1's base library). */
export function openLoad(realm: LuaRealm): void {
  const g = realm.globals;
  for (const [name, fn] of [
    ['load', load],
    ['loadstring', loadstring],
    ['loadfile', loadfile],
    ['dofile', dofile],
  ] as const) {
    g.setStr(name, new LuaFunction(null, fn, [], g, name));
  }
}
