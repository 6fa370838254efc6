import type { Frame, NativeFunction, Thread } from '@deegen/ir';
import { LuaError, callerError, runtimeError } from '../runtime/errors.js';
import { LuaFunction } from '../runtime/function.js';
import { getMetamethod, getMetatable } from '../runtime/metatables.js';
import { parseInteger } from '../runtime/number-parse.js';
import { rawEquals, toNumberCoerce, toStringRaw, typeName } from '../runtime/raw-ops.js';
import type { LuaRealm } from '../runtime/realm.js';
import { globalsOf, realmOf } from '../runtime/realm.js';
import { LuaTable } from '../runtime/table.js';
import { frameAtLevel, stackLevels, whereOf } from '../runtime/traceback.js';
import { typeErrorMessage } from '../runtime/type-errors.js';
import { LuaUserdata } from '../runtime/value.js';
import type { LuaValue } from '../runtime/value.js';
import { arg, argError, checkAny, checkInt, checkString, checkTable, optInt, typeError } from './args.js';
import { isUncatchable } from '../runtime/uncatchable.js';
import { bytesWork, chargeWork } from '../embed/limits.js';

/** Lua 5.1's limit on values a builtin may push at once (LUAI_MAXCSTACK). */
const MAX_RESULTS = 8000;

/** `tostring(v)`: `__tostring` if present (called synchronously), else the raw conversion. */
export function toStringMeta(t: Thread, v: LuaValue): LuaValue {
  if (typeof v === 'string') return v;
  const h = getMetamethod(realmOf(t), v, '__tostring');
  if (h === undefined) return toStringRaw(v);
  return t.call(asCallable(t, h), [v])[0] as LuaValue;
}

/** A value to call: a function, or anything whose `__call` is a function (applied by the caller). */
function asCallable(t: Thread, v: LuaValue): LuaFunction {
  if (v instanceof LuaFunction) return v;
  return runtimeError(typeErrorMessage(v, 'call'));
}

/**
 * lua5.1's print writes each piece with fputs as soon as it is converted: a piece stops at its
 * first zero byte, and when converting an argument fails, what came before it is already out.
 */
const print: NativeFunction = (t, base, argc) => {
  const realm = realmOf(t);
  const g = realm.globals.getStr('tostring');
  let line = '';
  try {
    for (let i = 0; i < argc; i++) {
      const v = t.stack[base + i] as LuaValue;
      let s: LuaValue;
      // lua5.1's print calls the global tostring for every argument; without hooks to observe that,
      // strings and numbers take a shortcut.
      if (t.hookMask === 0 && g instanceof LuaFunction && g.native === tostring && (typeof v === 'string' || typeof v === 'number')) s = toStringRaw(v);
      else {
        s = t.call(asCallable(t, g), [v])[0] as LuaValue;
        if (typeof s !== 'string') {
          if (typeof s === 'number') s = toStringRaw(s);
          else callerError("'tostring' must return a string to 'print'");
        }
      }
      const nul = s.indexOf('\0');
      if (nul >= 0) s = s.slice(0, nul);
      line += i > 0 ? `\t${s}` : s;
    }
  } catch (e) {
    if (line !== '') realm.write(line);
    throw e;
  }
  chargeWork(t, bytesWork(line.length));
  realm.write(`${line}\n`);
  return 0;
};

const type: NativeFunction = (t, base, argc) => {
  t.stack[base] = typeName(checkAny(t, base, argc, 0));
  return 1;
};

const tostring: NativeFunction = (t, base, argc) => {
  t.stack[base] = toStringMeta(t, checkAny(t, base, argc, 0));
  return 1;
};

const tonumber: NativeFunction = (t, base, argc) => {
  const v = arg(t, base, argc, 0);
  const b = optInt(t, base, argc, 1, 10);
  if (b === 10) {
    checkAny(t, base, argc, 0);
    t.stack[base] = toNumberCoerce(v);
    return 1;
  }
  if (b < 2 || b > 36) argError(t, 1, 'base out of range');
  const s = typeof v === 'number' ? toStringRaw(v) : typeof v === 'string' ? v : typeError(t, 0, 'string', v, argc > 0);
  t.stack[base] = parseInteger(s, b);
  return 1;
};

const next: NativeFunction = (t, base, argc) => {
  const tbl = checkTable(t, base, argc, 0);
  const out: LuaValue[] = [undefined, undefined];
  if (!tbl.next(arg(t, base, argc, 1), out)) {
    t.stack[base] = undefined;
    return 1;
  }
  t.stack[base] = out[0];
  t.stack[base + 1] = out[1];
  return 2;
};

const pairs: NativeFunction = (t, base, argc) => {
  const tbl = checkTable(t, base, argc, 0);
  t.stack[base] = realmOf(t).nextFn;
  t.stack[base + 1] = tbl;
  t.stack[base + 2] = undefined;
  return 3;
};

const ipairsStep: NativeFunction = (t, base, argc) => {
  const tbl = checkTable(t, base, argc, 0);
  const i = checkInt(t, base, argc, 1) + 1;
  const v = tbl.getInt(i);
  if (v === undefined) return 0;
  t.stack[base] = i;
  t.stack[base + 1] = v;
  return 2;
};

const ipairs: NativeFunction = (t, base, argc) => {
  const tbl = checkTable(t, base, argc, 0);
  t.stack[base] = realmOf(t).ipairsStepFn;
  t.stack[base + 1] = tbl;
  t.stack[base + 2] = 0;
  return 3;
};

const select: NativeFunction = (t, base, argc) => {
  const first = arg(t, base, argc, 0);
  if (first === '#') {
    t.stack[base] = argc - 1;
    return 1;
  }
  let n = checkInt(t, base, argc, 0);
  const top = argc - 1;
  if (n < 0) n = top + n + 1;
  else if (n > top) n = top + 1;
  if (n < 1) argError(t, 0, 'index out of range');
  const count = top - n + 1;
  for (let i = 0; i < count; i++) t.stack[base + i] = t.stack[base + n + i];
  return count;
};

const unpack: NativeFunction = (t, base, argc) => {
  const tbl = checkTable(t, base, argc, 0);
  const i = optInt(t, base, argc, 1, 1);
  const j = arg(t, base, argc, 2) === undefined ? tbl.length() : checkInt(t, base, argc, 2);
  if (i > j) return 0;
  const n = j - i + 1;
  if (n >= MAX_RESULTS || n <= 0) callerError('too many results to unpack');
  chargeWork(t, n);
  t.ensureStack(base + n + 16);
  for (let k = 0; k < n; k++) t.stack[base + k] = tbl.getInt(i + k);
  return n;
};

const rawget: NativeFunction = (t, base, argc) => {
  const tbl = checkTable(t, base, argc, 0);
  t.stack[base] = tbl.get(checkAny(t, base, argc, 1));
  return 1;
};

const rawset: NativeFunction = (t, base, argc) => {
  const tbl = checkTable(t, base, argc, 0);
  checkAny(t, base, argc, 1);
  checkAny(t, base, argc, 2);
  tbl.set(t.stack[base + 1] as LuaValue, t.stack[base + 2] as LuaValue);
  t.stack[base] = tbl;
  return 1;
};

const rawequal: NativeFunction = (t, base, argc) => {
  t.stack[base] = rawEquals(checkAny(t, base, argc, 0), checkAny(t, base, argc, 1));
  return 1;
};

const setmetatable: NativeFunction = (t, base, argc) => {
  const tbl = checkTable(t, base, argc, 0);
  const mt = arg(t, base, argc, 1);
  // An absent second argument is not nil here (lua5.1 checks the type, and "no value" fails).
  if (argc < 2 || (mt !== undefined && !(mt instanceof LuaTable))) argError(t, 1, 'nil or table expected');
  if (tbl.metatable !== undefined && tbl.metatable.getStr('__metatable') !== undefined) {
    callerError('cannot change a protected metatable');
  }
  tbl.setMetatable(mt);
  if (mt !== undefined && mt.getStr('__mode') !== undefined) realmOf(t).gc.weakTablesSeen = true;
  t.stack[base] = tbl;
  return 1;
};

const getmetatable: NativeFunction = (t, base, argc) => {
  const mt = getMetatable(realmOf(t), checkAny(t, base, argc, 0));
  if (mt === undefined) {
    t.stack[base] = undefined;
    return 1;
  }
  const protectedValue = mt.getStr('__metatable');
  t.stack[base] = protectedValue !== undefined ? protectedValue : mt;
  return 1;
};

const assert: NativeFunction = (t, base, argc) => {
  const v = checkAny(t, base, argc, 0);
  if (v === undefined || v === false) {
    const msg = arg(t, base, argc, 1);
    callerError(msg === undefined ? 'assertion failed!' : checkString(t, base, argc, 1));
  }
  return argc;
};

const error: NativeFunction = (t, base, argc) => {
  let value = arg(t, base, argc, 0);
  const level = optInt(t, base, argc, 1, 1);
  if ((typeof value === 'string' || typeof value === 'number') && level > 0) {
    value = whereOf(frameAtLevel(t, level)) + (typeof value === 'number' ? toStringRaw(value) : value);
  }
  throw new LuaError(value);
};

/** The value of an error raised by a builtin itself (positioned as lua5.1 positions it). */
function errorValueInBuiltin(t: Thread, e: unknown): LuaValue {
  if (isUncatchable(e)) throw e;
  return (t.hooks.toGuestError(t, e) as LuaError).value;
}

/** Resolves `__call` for protected calls: returns the function to call and shifts arguments if needed. */
function prepareCall(t: Thread, realm: LuaRealm, fnAt: number, argc: number): { fn: LuaFunction; argc: number } {
  const v = t.stack[fnAt] as LuaValue;
  if (v instanceof LuaFunction) return { fn: v, argc };
  const h = getMetamethod(realm, v, '__call');
  if (!(h instanceof LuaFunction)) runtimeError(typeErrorMessage(v, 'call'));
  t.ensureStack(fnAt + argc + 8);
  for (let i = argc; i >= 1; i--) t.stack[fnAt + 1 + i] = t.stack[fnAt + i];
  t.stack[fnAt + 1] = v;
  return { fn: h, argc: argc + 1 };
}

/** pcall/xpcall success: `true` followed by the results. */
function protectedResults(t: Thread, retBase: number, retCount: number, frame: Frame): number {
  const s = t.stack;
  const dst = frame.base;
  t.ensureStack(dst + retCount + 16);
  if (retBase > dst) for (let i = 0; i < retCount; i++) s[dst + 1 + i] = s[retBase + i];
  else for (let i = retCount - 1; i >= 0; i--) s[dst + 1 + i] = s[retBase + i];
  s[dst] = true;
  return retCount + 1;
}

function protectedFailure(t: Thread, err: unknown, frame: Frame): number {
  t.stack[frame.base] = false;
  t.stack[frame.base + 1] = (err as LuaError).value;
  return 2;
}

const pcall: NativeFunction = (t, base, argc) => {
  checkAny(t, base, argc, 0);
  let prepared: { fn: LuaFunction; argc: number };
  try {
    prepared = prepareCall(t, realmOf(t), base, argc - 1);
  } catch (e) {
    t.stack[base] = false;
    t.stack[base + 1] = errorValueInBuiltin(t, e);
    return 2;
  }
  return t.callThen(base, prepared.fn, base + 1, prepared.argc, protectedResults, protectedFailure);
};

const xpcall: NativeFunction = (t, base, argc) => {
  checkAny(t, base, argc, 1);
  const handler = t.stack[base + 1] as LuaValue;
  const filter = (th: Thread, err: unknown): unknown => {
    try {
      return new LuaError(th.call(asCallable(th, handler), [(err as LuaError).value])[0] as LuaValue);
    } catch (e) {
      // A limit reached inside the handler still ends the run.
      if (isUncatchable(e)) throw e;
      return new LuaError('error in error handling');
    }
  };
  let prepared: { fn: LuaFunction; argc: number };
  try {
    prepared = prepareCall(t, realmOf(t), base, 0);
  } catch (e) {
    t.stack[base] = false;
    t.stack[base + 1] = (filter(t, new LuaError(errorValueInBuiltin(t, e))) as LuaError).value;
    return 2;
  }
  return t.callThen(base, prepared.fn, base + 1, prepared.argc, protectedResults, protectedFailure, filter);
};

const collectgarbage: NativeFunction = (t, base, argc) => {
  const realm = realmOf(t);
  const gc = realm.gc;
  const option = arg(t, base, argc, 0) === undefined ? 'collect' : checkString(t, base, argc, 0);
  switch (option) {
    case 'collect':
      chargeWork(t, gc.collect(realm, t));
      t.stack[base] = 0;
      return 1;
    case 'step':
      chargeWork(t, gc.collect(realm, t));
      t.stack[base] = true;
      return 1;
    case 'count':
      t.stack[base] = heapKilobytes();
      return 1;
    case 'stop':
      gc.stopped = true;
      t.stack[base] = 0;
      return 1;
    case 'restart':
      gc.stopped = false;
      t.stack[base] = 0;
      return 1;
    case 'setpause':
    case 'setstepmul': {
      const value = optInt(t, base, argc, 1, 0);
      const key = option === 'setpause' ? 'pause' : 'stepMultiplier';
      t.stack[base] = gc[key];
      gc[key] = value;
      return 1;
    }
    default:
      return argError(t, 0, `invalid option '${option}'`);
  }
};

/** The host's heap in use, in KB: the closest thing to Lua's own count a JS host can tell. */
function heapKilobytes(): number {
  const mem = (globalThis as { process?: { memoryUsage?: () => { heapUsed: number } } }).process?.memoryUsage?.();
  return mem !== undefined ? mem.heapUsed / 1024 : 0;
}

const gcinfo: NativeFunction = (t, base) => {
  t.stack[base] = Math.floor(heapKilobytes());
  return 1;
};

const newproxy: NativeFunction = (t, base, argc) => {
  const a = arg(t, base, argc, 0);
  const u = new LuaUserdata(undefined);
  if (a === true) u.metatable = new LuaTable();
  else if (a instanceof LuaUserdata && a.metatable !== undefined && realmOf(t).gc.isProxyMetatable(a.metatable)) u.metatable = a.metatable;
  else if (a !== undefined && a !== false) argError(t, 0, 'boolean or proxy expected');
  if (u.metatable !== undefined) realmOf(t).gc.trackFinalizable(u, true);
  t.stack[base] = u;
  return 1;
};

/** The function at `level` (1: the caller of the builtin) or the function given, for getfenv/setfenv. */
function functionArg(t: Thread, base: number, argc: number): LuaFunction | number {
  const v = arg(t, base, argc, 0);
  if (v instanceof LuaFunction) return v;
  const level = v === undefined ? 1 : checkInt(t, base, argc, 0);
  if (level < 0) argError(t, 0, 'level must be non-negative');
  if (level === 0) return 0;
  const f = frameAtLevel(t, level);
  if (f === undefined) {
    if (stackLevels(t).length <= level) argError(t, 0, 'invalid level');
    return -1;
  }
  return f.callee as LuaFunction;
}

const getfenv: NativeFunction = (t, base, argc) => {
  const f = functionArg(t, base, argc);
  // Builtins (and the thread itself, level 0) answer with the thread's global environment.
  t.stack[base] = typeof f === 'number' || f.native !== null ? globalsOf(t) : f.env;
  return 1;
};

const setfenv: NativeFunction = (t, base, argc) => {
  const env = checkTable(t, base, argc, 1);
  const f = functionArg(t, base, argc);
  if (f === 0) {
    realmOf(t).setGlobalsFor(t, env);
    return 0;
  }
  if (typeof f === 'number' || f.native !== null) callerError("'setfenv' cannot change environment of given object");
  f.env = env;
  t.stack[base] = f;
  return 1;
};

/** Installs the base library into the realm's globals. */
export function openBase(realm: LuaRealm): void {
  const g = realm.globals;
  const define = (name: string, fn: NativeFunction): LuaFunction => {
    const f = new LuaFunction(null, fn, [], g, name);
    g.setStr(name, f);
    return f;
  };
  define('print', print);
  define('type', type);
  define('tostring', tostring);
  define('tonumber', tonumber);
  realm.nextFn = define('next', next);
  define('pairs', pairs);
  realm.ipairsStepFn = new LuaFunction(null, ipairsStep, [], g, 'ipairs_aux');
  define('ipairs', ipairs);
  define('select', select);
  define('unpack', unpack);
  define('rawget', rawget);
  define('rawset', rawset);
  define('rawequal', rawequal);
  define('setmetatable', setmetatable);
  define('getmetatable', getmetatable);
  define('assert', assert);
  define('error', error);
  define('pcall', pcall);
  define('xpcall', xpcall);
  define('collectgarbage', collectgarbage);
  define('gcinfo', gcinfo);
  define('newproxy', newproxy);
  define('getfenv', getfenv);
  define('setfenv', setfenv);
  g.setStr('_G', g);
  g.setStr('_VERSION', 'Lua 5.1');
}
