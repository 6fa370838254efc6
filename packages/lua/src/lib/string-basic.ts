import type { NativeFunction, Thread } from '@deegen/ir';
import { callerError, runtimeError } from '../runtime/errors.js';
import { LuaFunction } from '../runtime/function.js';
import type { LuaValue } from '../runtime/value.js';
import { argError, checkString, typeError } from './args.js';
import { checkCInt } from './args.js';
import { checkLong, optLong, relativePosition } from './string-args.js';
import { bytesWork, chargeWork, reserveMemory } from '../embed/limits.js';

/**
 * The string functions that need no pattern matching: len, sub, byte, char, rep, reverse, lower,
 * upper and dump. Strings hold one byte per char code; case mapping is the C locale's (only
 * ASCII letters change), so JS's Unicode-aware case functions are used only on pure ASCII.
 */

/** lua5.1 refuses to push more than this many values at once (LUAI_MAXCSTACK). */
const MAX_PUSH = 8000;
/** Longest string the host can build (V8's limit is about 2^29 characters). */
const MAX_STRING = 0x1fffffe8;

/** Before building a string of `bytes` from scanning as many: memory reserved, work charged (embed/limits.ts). */
function producing(t: Thread, bytes: number): void {
  reserveMemory(t, bytes);
  chargeWork(t, bytesWork(bytes));
}

export const len: NativeFunction = (t, base, argc) => {
  t.stack[base] = checkString(t, base, argc, 0).length;
  return 1;
};

export const sub: NativeFunction = (t, base, argc) => {
  const s = checkString(t, base, argc, 0);
  const l = s.length;
  let start = relativePosition(checkLong(t, base, argc, 1), l);
  let end = relativePosition(optLong(t, base, argc, 2, -1), l);
  if (start < 1) start = 1;
  if (end > l) end = l;
  // The host shares the characters with `s`; charged as a copy, as the memory model counts it.
  if (end - start >= 1 << 10) reserveMemory(t, end - start + 1);
  t.stack[base] = start <= end ? (start === 1 && end === l ? s : s.substring(start - 1, end)) : '';
  return 1;
};

export const byte: NativeFunction = (t, base, argc) => {
  const s = checkString(t, base, argc, 0);
  const l = s.length;
  let first = relativePosition(optLong(t, base, argc, 1, 1), l);
  // The end defaults to the (already resolved) start.
  let last = relativePosition(optLong(t, base, argc, 2, first), l);
  if (first <= 0) first = 1;
  if (last > l) last = l;
  if (first > last) return 0;
  const n = last - first + 1;
  // lua5.1 counts the arguments still on its stack against the limit.
  if (n + argc > MAX_PUSH) callerError('stack overflow (string slice too long)');
  if (n === 1) {
    t.stack[base] = s.charCodeAt(first - 1);
    return 1;
  }
  t.ensureStack(base + n + 16);
  const stack = t.stack;
  for (let i = 0; i < n; i++) stack[base + i] = s.charCodeAt(first - 1 + i);
  return n;
};

export const char: NativeFunction = (t, base, argc) => {
  if (argc === 1) {
    const c = checkCInt(t, base, argc, 0);
    if (c < 0 || c > 255) argError(t, 0, 'invalid value');
    t.stack[base] = String.fromCharCode(c);
    return 1;
  }
  let out = '';
  for (let i = 0; i < argc; i++) {
    const c = checkCInt(t, base, argc, i);
    if (c < 0 || c > 255) argError(t, i, 'invalid value');
    out += String.fromCharCode(c);
  }
  t.stack[base] = out;
  return 1;
};

export const rep: NativeFunction = (t, base, argc) => {
  const s = checkString(t, base, argc, 0);
  const n = checkLong(t, base, argc, 1);
  if (n <= 0 || s.length === 0) {
    t.stack[base] = '';
    return 1;
  }
  // lua5.1 would try to allocate; the host cannot build strings this long at all.
  if (s.length * n > MAX_STRING) runtimeError('not enough memory');
  reserveMemory(t, s.length * n);
  chargeWork(t, bytesWork(s.length * n));
  t.stack[base] = s.repeat(n);
  return 1;
};

export const reverse: NativeFunction = (t, base, argc) => {
  const s = checkString(t, base, argc, 0);
  producing(t, s.length);
  t.stack[base] = s.length < 2 ? s : s.split('').reverse().join('');
  return 1;
};

/** Whether every char code of `s` is below 128 (JS case mapping is then the C locale's). */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** Maps the ASCII letters in `from`..`from+25` by `delta`, leaving every other byte alone. */
function mapAsciiCase(s: string, from: number, delta: number): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= from && c < from + 26) {
      out += s.substring(run, i) + String.fromCharCode(c + delta);
      run = i + 1;
    }
  }
  return run === 0 ? s : out + s.substring(run);
}

export const lower: NativeFunction = (t, base, argc) => {
  const s = checkString(t, base, argc, 0);
  producing(t, s.length);
  t.stack[base] = isAscii(s) ? s.toLowerCase() : mapAsciiCase(s, 65, 32);
  return 1;
};

export const upper: NativeFunction = (t, base, argc) => {
  const s = checkString(t, base, argc, 0);
  producing(t, s.length);
  t.stack[base] = isAscii(s) ? s.toUpperCase() : mapAsciiCase(s, 97, -32);
  return 1;
};

/**
 * string.dump. Builtins cannot be dumped in lua5.1 either ("unable to dump given function").
 * This VM has no binary chunk format (and `load` reads source only), so Lua functions raise the
 * same error: a program that checks for dump failure sees an ordinary failure.
 */
export const dump: NativeFunction = (t, base, argc) => {
  const f = argc > 0 ? t.stack[base] : undefined;
  if (!(f instanceof LuaFunction)) typeError(t, 0, 'function', f as LuaValue, argc > 0);
  return callerError('unable to dump given function');
};
