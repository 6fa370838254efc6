import type { Thread } from '@deegen/ir';
import { FRAME_GUEST } from '@deegen/ir';
import type { ProtoData } from '../compiler/index.js';
import { opcodeTable } from '../generated/opcodes.gen.js';
import { calledName } from '../runtime/variable-names.js';
import { toNumberCoerce, typeName } from '../runtime/raw-ops.js';
import { callerError } from '../runtime/errors.js';
import { LuaFunction } from '../runtime/function.js';
import { LuaTable } from '../runtime/table.js';
import type { LuaValue } from '../runtime/value.js';
import { formatNumber } from '../runtime/number-format.js';

/** Argument `i` (0-based) of a builtin called with `argc` arguments at `base`. */
export function arg(t: Thread, base: number, argc: number, i: number): LuaValue {
  return i < argc ? (t.stack[base + i] as LuaValue) : undefined;
}

/** "bad argument #n to 'f' (msg)", lua5.1's luaL_argerror; `f` is the name at the call site. */
export function argError(t: Thread, i: number, message: string): never {
  const f = t.frame;
  const name = f.kind === FRAME_GUEST ? calledName(opcodeTable, f.proto as ProtoData, f.pc) : undefined;
  if (name?.kind === 'method') {
    if (i === 0) return callerError(`calling '${name.name}' on bad self (${message})`);
    i--;
  }
  return callerError(`bad argument #${i + 1} to '${name?.name ?? '?'}' (${message})`);
}

export function typeError(t: Thread, i: number, expected: string, got: LuaValue, present: boolean): never {
  return argError(t, i, `${expected} expected, got ${present ? typeName(got) : 'no value'}`);
}

export function checkTable(t: Thread, base: number, argc: number, i: number): LuaTable {
  const v = arg(t, base, argc, i);
  if (v instanceof LuaTable) return v;
  return typeError(t, i, 'table', v, i < argc);
}

export function checkAny(t: Thread, base: number, argc: number, i: number): LuaValue {
  if (i >= argc) argError(t, i, 'value expected');
  return t.stack[base + i] as LuaValue;
}

export function checkNumber(t: Thread, base: number, argc: number, i: number): number {
  const v = arg(t, base, argc, i);
  const n = typeof v === 'number' ? v : toNumberCoerce(v);
  if (n === undefined) return typeError(t, i, 'number', v, i < argc);
  return n;
}

/** luaL_checkint: a number truncated toward zero. */
export function checkInt(t: Thread, base: number, argc: number, i: number): number {
  return Math.trunc(checkNumber(t, base, argc, i));
}

export function optInt(t: Thread, base: number, argc: number, i: number, dflt: number): number {
  const v = arg(t, base, argc, i);
  return v === undefined ? dflt : checkInt(t, base, argc, i);
}

export function checkString(t: Thread, base: number, argc: number, i: number): string {
  const v = arg(t, base, argc, i);
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatNumber(v);
  return typeError(t, i, 'string', v, i < argc);
}

/** Writes `values` as the builtin's results (from `base`) and returns their count. */
export function results(t: Thread, base: number, ...values: LuaValue[]): number {
  const s = t.stack;
  for (let i = 0; i < values.length; i++) s[base + i] = values[i];
  return values.length;
}

/** luaL_optlstring: a string (numbers converted), or `dflt` when the argument is nil or absent. */
export function optString(t: Thread, base: number, argc: number, i: number, dflt: string): string {
  const v = arg(t, base, argc, i);
  return v === undefined ? dflt : checkString(t, base, argc, i);
}

/** luaL_checktype(L, i, LUA_TFUNCTION). */
export function checkFunction(t: Thread, base: number, argc: number, i: number): LuaFunction {
  const v = arg(t, base, argc, i);
  if (v instanceof LuaFunction) return v;
  return typeError(t, i, 'function', v, i < argc);
}

/**
 * luaL_checkoption: a string argument that must be one of `options` (or `dflt` when absent and a
 * default is given); returns its index. "bad argument #n to 'f' (invalid option 'x')" otherwise.
 */
export function checkOption(
  t: Thread,
  base: number,
  argc: number,
  i: number,
  dflt: string | undefined,
  options: readonly string[],
): number {
  const name = dflt === undefined ? checkString(t, base, argc, i) : optString(t, base, argc, i, dflt);
  const k = options.indexOf(name);
  if (k < 0) return argError(t, i, `invalid option '${name}'`);
  return k;
}

/**
 * C's `(int)` of a number as lua5.1 computes it on x86-64 for luaL_checkint/luaL_optint: a
 * truncation to a 64-bit integer (NaN and values beyond +-2^63 become -2^63), of which the low
 * 32 bits are kept. So 2^32 + 5 is 5, and NaN or an infinity is 0.
 */
export function toCInt(n: number): number {
  return n >= -9223372036854775808 && n < 9223372036854775808 ? n | 0 : 0;
}

/** luaL_checkint with lua5.1's conversion (see toCInt). */
export function checkCInt(t: Thread, base: number, argc: number, i: number): number {
  return toCInt(checkNumber(t, base, argc, i));
}

/** luaL_optint with lua5.1's conversion (see toCInt). */
export function optCInt(t: Thread, base: number, argc: number, i: number, dflt: number): number {
  const v = arg(t, base, argc, i);
  return v === undefined ? dflt : toCInt(checkNumber(t, base, argc, i));
}
