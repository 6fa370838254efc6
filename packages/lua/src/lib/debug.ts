import { FRAME_GUEST } from '@deegen/ir';
import type { Frame, NativeFunction, Thread } from '@deegen/ir';
import type { ProtoData } from '../compiler/index.js';
import { chunkId } from '../frontend/chunk-id.js';
import { opcodeTable } from '../generated/opcodes.gen.js';
import { LuaCoroutine } from '../runtime/coroutine.js';
import { hookStateOf, setHook } from '../runtime/debug-hooks.js';
import { LuaError, callerError } from '../runtime/errors.js';
import { LuaFunction } from '../runtime/function.js';
import { getMetatable } from '../runtime/metatables.js';
import type { LuaRealm } from '../runtime/realm.js';
import { globalsOf, realmOf } from '../runtime/realm.js';
import { LuaTable } from '../runtime/table.js';
import { currentLine, stackLevels, traceback } from '../runtime/traceback.js';
import type { StackLevel } from '../runtime/traceback.js';
import { LuaUserdata } from '../runtime/value.js';
import type { LuaValue } from '../runtime/value.js';
import { calledName } from '../runtime/variable-names.js';
import { arg, argError, checkInt, checkString, checkTable, optInt } from './args.js';
import { compileFunction } from './load.js';
import { defineBuiltins } from './builtins.js';
import { isUncatchable } from '../runtime/uncatchable.js';

/** Functions whose first argument may be a coroutine to inspect: returns it and the index of the next argument. */
function threadArg(t: Thread, base: number, argc: number): { th: Thread; i: number; other: boolean } {
  const a = arg(t, base, argc, 0);
  if (a instanceof LuaCoroutine) return { th: a.thread, i: 1, other: a.thread !== t };
  return { th: t, i: 0, other: false };
}

function lineInfo(p: ProtoData): { first: number; last: number } {
  return { first: p.lineDefined, last: p.lastLineDefined };
}

/** Active locals of a Lua frame at its pc, in declaration order (lua5.1 numbers them 1..n). */
function activeLocals(f: Frame): { name: string; reg: number }[] {
  const p = f.proto as ProtoData;
  const out: { name: string; reg: number }[] = [];
  for (const l of p.locals) if (l.startPc <= f.pc && f.pc < l.endPc) out.push({ name: l.name, reg: l.reg });
  out.sort((a, b) => a.reg - b.reg);
  return out;
}

function localSlot(f: Frame, n: number): { name: string; reg: number } | undefined {
  const locals = activeLocals(f);
  if (n >= 1 && n <= locals.length) return locals[n - 1];
  // Registers past the declared locals, inside the frame, are shown as temporaries.
  const p = f.proto as ProtoData;
  if (n > locals.length && n <= p.frameSize) return { name: '(*temporary)', reg: n - 1 };
  return undefined;
}

function guestFrameAt(t: Thread, th: Thread, base: number, argc: number, i: number): Frame | undefined {
  const level = checkInt(t, base, argc, i);
  const levels = stackLevels(th);
  const l = levels[level];
  if (l === undefined || level < 0) argError(t, i, 'level out of range');
  return l.kind === 'lua' ? l.frame : undefined;
}

const getlocal: NativeFunction = (t, base, argc) => {
  const { th, i } = threadArg(t, base, argc);
  const f = guestFrameAt(t, th, base, argc, i);
  const n = checkInt(t, base, argc, i + 1);
  const slot = f === undefined ? undefined : localSlot(f, n);
  if (slot === undefined) {
    t.stack[base] = undefined;
    return 1;
  }
  t.stack[base] = slot.name;
  t.stack[base + 1] = th.stack[f!.base + slot.reg];
  return 2;
};

const setlocal: NativeFunction = (t, base, argc) => {
  const { th, i } = threadArg(t, base, argc);
  const f = guestFrameAt(t, th, base, argc, i);
  const n = checkInt(t, base, argc, i + 1);
  const value = arg(t, base, argc, i + 2);
  const slot = f === undefined ? undefined : localSlot(f, n);
  if (slot !== undefined) {
    th.stack[f!.base + slot.reg] = value;
    // Compiled code waiting in that frame for a call reloads only what calls write (Frame.poked).
    f!.poked = true;
  }
  t.stack[base] = slot?.name;
  return 1;
};

const getupvalue: NativeFunction = (t, base, argc) => {
  const fn = arg(t, base, argc, 0);
  if (!(fn instanceof LuaFunction)) return argError(t, 0, `function expected, got ${typeof fn === 'object' ? 'table' : typeof fn}`);
  const n = checkInt(t, base, argc, 1);
  if (n < 1 || n > fn.upvals.length) return 0;
  t.stack[base] = fn.proto !== null ? fn.proto.upvals[n - 1].name : '';
  t.stack[base + 1] = fn.upvals[n - 1].get();
  return 2;
};

const setupvalue: NativeFunction = (t, base, argc) => {
  const fn = arg(t, base, argc, 0);
  if (!(fn instanceof LuaFunction)) return argError(t, 0, 'function expected');
  const n = checkInt(t, base, argc, 1);
  if (argc < 3) argError(t, 2, 'value expected');
  if (n < 1 || n > fn.upvals.length) return 0;
  fn.upvals[n - 1].set(arg(t, base, argc, 2));
  t.stack[base] = fn.proto !== null ? fn.proto.upvals[n - 1].name : '';
  return 1;
};

/** The table debug.getinfo returns for a function, at a level when given one. */
function infoTable(t: Thread, what: string, fn: LuaFunction | undefined, level: StackLevel | undefined, caller: Frame | undefined): LuaTable {
  const info = new LuaTable();
  const tail = level?.kind === 'tail';
  const p = fn?.proto ?? null;
  for (const option of what) {
    switch (option) {
      case 'S':
        if (tail) {
          info.setStr('source', '=(tail call)');
          info.setStr('short_src', '(tail call)');
          info.setStr('linedefined', -1);
          info.setStr('lastlinedefined', -1);
          info.setStr('what', 'tail');
        } else if (p === null) {
          info.setStr('source', '=[C]');
          info.setStr('short_src', '[C]');
          info.setStr('linedefined', -1);
          info.setStr('lastlinedefined', -1);
          info.setStr('what', 'C');
        } else {
          const lines = lineInfo(p);
          info.setStr('source', p.source);
          info.setStr('short_src', chunkId(p.source));
          info.setStr('linedefined', lines.first);
          info.setStr('lastlinedefined', lines.last);
          info.setStr('what', lines.first === 0 ? 'main' : 'Lua');
        }
        break;
      case 'l':
        info.setStr('currentline', level?.kind === 'lua' ? currentLine(level.frame!) : -1);
        break;
      case 'u':
        info.setStr('nups', fn === undefined ? 0 : fn.upvals.length);
        break;
      case 'n': {
        const named = caller !== undefined && caller.kind === FRAME_GUEST && !tail && !(level?.kind === 'lua' && level.frame!.tailCalls > 0)
          ? calledName(opcodeTable, caller.proto as ProtoData, caller.pc)
          : undefined;
        info.setStr('name', named?.name);
        info.setStr('namewhat', named?.kind ?? '');
        break;
      }
      case 'f':
        info.setStr('func', fn);
        break;
      case 'L':
        if (p !== null) {
          const active = new LuaTable();
          for (let pc = 0; pc < p.lines.length; pc++) active.setInt(p.lines[pc], true);
          info.setStr('activelines', active);
        }
        break;
      case '>':
        break;
      default:
        argError(t, 0, 'invalid option');
    }
  }
  return info;
}

const getinfo: NativeFunction = (t, base, argc) => {
  const { th, i } = threadArg(t, base, argc);
  const target = arg(t, base, argc, i);
  const what = arg(t, base, argc, i + 1) === undefined ? 'flnSu' : checkString(t, base, argc, i + 1);
  if (/[^SlunfL>]/.test(what)) return argError(t, i + 1, 'invalid option');
  if (target instanceof LuaFunction) {
    t.stack[base] = infoTable(t, what, target, undefined, undefined);
    return 1;
  }
  if (typeof target !== 'number') return argError(t, i, 'function or level expected');
  const levels = stackLevels(th);
  const level = Math.trunc(target);
  const l = level >= 0 ? levels[level] : undefined;
  if (l === undefined) {
    t.stack[base] = undefined;
    return 1;
  }
  let fn: LuaFunction | undefined;
  let caller: Frame | undefined;
  if (l.kind === 'lua') {
    fn = l.frame!.callee as LuaFunction;
    const d = th.frames.indexOf(l.frame!);
    caller = d > 0 ? th.frames[d - 1] : undefined;
  } else if (l.kind === 'C') {
    fn = l.fn as LuaFunction | undefined;
    caller = l.caller;
  }
  t.stack[base] = infoTable(t, what, fn, l, caller);
  return 1;
};

const tracebackFn: NativeFunction = (t, base, argc) => {
  const { th, i, other } = threadArg(t, base, argc);
  const msg = arg(t, base, argc, i);
  // A message that is not a string (an explicit nil too) is returned untouched, as lua5.1 does.
  if ((msg === undefined && argc > i) || (msg !== undefined && typeof msg !== 'string' && typeof msg !== 'number')) {
    t.stack[base] = msg;
    return 1;
  }
  const level = optInt(t, base, argc, i + 1, other ? 0 : 1);
  const text = msg === undefined ? undefined : typeof msg === 'number' ? String(msg) : msg;
  t.stack[base] = traceback(th, text, level, !other && realmOf(t).currentCoroutine === undefined);
  return 1;
};

const sethook: NativeFunction = (t, base, argc) => {
  const { th, i } = threadArg(t, base, argc);
  const realm = realmOf(t);
  const fn = arg(t, base, argc, i);
  if (fn === undefined || argc <= i) {
    setHook(realm, th, undefined, '', 0);
  } else {
    if (!(fn instanceof LuaFunction)) return argError(t, i, 'function expected');
    const mask = checkString(t, base, argc, i + 1);
    const count = optInt(t, base, argc, i + 2, 0);
    setHook(realm, th, fn, mask, count);
  }
  // The thread may have to continue on the other engine from the next instruction on.
  return th === t ? t.completeAndReload(base, 0) : 0;
};

const gethook: NativeFunction = (t, base, argc) => {
  const { th } = threadArg(t, base, argc);
  const st = hookStateOf(realmOf(t), th);
  t.stack[base] = st.fn;
  t.stack[base + 1] = st.mask;
  t.stack[base + 2] = st.count;
  return 3;
};

const getmetatable: NativeFunction = (t, base, argc) => {
  if (argc < 1) argError(t, 0, 'value expected');
  t.stack[base] = getMetatable(realmOf(t), arg(t, base, argc, 0));
  return 1;
};

const setmetatable: NativeFunction = (t, base, argc) => {
  const v = arg(t, base, argc, 0);
  const mt = arg(t, base, argc, 1);
  if (mt !== undefined && !(mt instanceof LuaTable)) argError(t, 1, 'nil or table expected');
  const realm = realmOf(t);
  if (v instanceof LuaTable) {
    v.setMetatable(mt);
    if (mt !== undefined && mt.getStr('__mode') !== undefined) realm.gc.weakTablesSeen = true;
  } else if (v instanceof LuaUserdata) {
    v.metatable = mt;
    if (mt !== undefined) realm.gc.trackFinalizable(v);
  } else setTypeMetatable(realm, v, mt);
  t.stack[base] = true;
  return 1;
};

function setTypeMetatable(realm: LuaRealm, v: LuaValue, mt: LuaTable | undefined): void {
  switch (typeof v) {
    case 'string':
      realm.stringMeta = mt;
      return;
    case 'number':
      realm.numberMeta = mt;
      return;
    case 'boolean':
      realm.booleanMeta = mt;
      return;
    case 'undefined':
      realm.nilMeta = mt;
      return;
    default:
      if (v instanceof LuaFunction) realm.functionMeta = mt;
      else realm.threadMeta = mt;
  }
}

const getfenv: NativeFunction = (t, base, argc) => {
  const v = arg(t, base, argc, 0);
  if (v instanceof LuaFunction) t.stack[base] = v.native !== null ? globalsOf(t) : v.env;
  else if (v instanceof LuaCoroutine) t.stack[base] = realmOf(t).globalsFor(v.thread);
  else t.stack[base] = undefined;
  return 1;
};

const setfenv: NativeFunction = (t, base, argc) => {
  const v = arg(t, base, argc, 0);
  const env = checkTable(t, base, argc, 1);
  if (v instanceof LuaFunction && v.native === null) v.env = env;
  else if (v instanceof LuaCoroutine) realmOf(t).setGlobalsFor(v.thread, env);
  else callerError("'setfenv' cannot change environment of given object");
  t.stack[base] = v;
  return 1;
};

const getregistry: NativeFunction = (t, base) => {
  t.stack[base] = realmOf(t).registry;
  return 1;
};

/** The io library's standard input stream, so `debug.debug` and `io.read` share its buffer. */
function stdinStream(realm: LuaRealm): { readLine(): string | undefined } | undefined {
  const io = realm.globals.getStr('io');
  const stdin = io instanceof LuaTable ? io.getStr('stdin') : undefined;
  const data = stdin instanceof LuaUserdata ? (stdin.data as { readLine?: () => string | undefined }) : undefined;
  return data?.readLine !== undefined ? (data as { readLine(): string | undefined }) : undefined;
}

/**
 * `debug.debug()`: reads lines from standard input and runs each as a chunk named
 * `=(debug command)` until a line `cont` (or the end of input); errors are reported on stderr and
 * the loop goes on, as lua5.1's does.
 */
const debugLoop: NativeFunction = (t) => {
  const realm = realmOf(t);
  const input = stdinStream(realm);
  for (;;) {
    realm.writeErr('lua_debug> ');
    const line = input?.readLine();
    if (line === undefined || line === 'cont') return 0;
    const fn = compileFunction(line, '=(debug command)', globalsOf(t), realm.binaryChunks);
    try {
      if (typeof fn === 'string') throw new LuaError(fn);
      t.call(fn, []);
    } catch (e) {
      if (isUncatchable(e)) throw e;
      const value = (t.hooks.toGuestError(t, e) as LuaError).value;
      realm.writeErr(`${typeof value === 'string' || typeof value === 'number' ? String(value) : '(error object is not a string)'}\n`);
    }
  }
};

export function openDebug(realm: LuaRealm): void {
  const lib = defineBuiltins(realm, new LuaTable(), {
    getlocal,
    setlocal,
    getupvalue,
    setupvalue,
    getinfo,
    traceback: tracebackFn,
    sethook,
    gethook,
    getmetatable,
    setmetatable,
    getfenv,
    setfenv,
    getregistry,
    debug: debugLoop,
  });
  realm.globals.setStr('debug', lib);
}

