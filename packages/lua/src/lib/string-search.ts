import type { NativeFunction, Thread } from '@deegen/ir';
import { callerError } from '../runtime/errors.js';
import { LuaFunction } from '../runtime/function.js';
import { formatNumber } from '../runtime/number-format.js';
import { typeName } from '../runtime/raw-ops.js';
import { realmOf } from '../runtime/realm.js';
import { LuaTable } from '../runtime/table.js';
import { indexMeta } from '../runtime/meta-access.js';
import type { LuaValue } from '../runtime/value.js';
import { arg, argError, checkString } from './args.js';
import type { Matcher } from './lua-patterns.js';
import { acquireMatcher, hasFindSpecials, isLiteralPattern, releaseMatcher } from './lua-patterns.js';
import { bytesWork, chargeWork, meterMatcher, reserveMemory, settleMatcher } from '../embed/limits.js';
import { optCInt } from './args.js';
import { optLong, relativePosition } from './string-args.js';

/** The pattern-matching functions: find, match, gmatch (alias gfind) and gsub. */

/** A matcher whose steps are charged to the state's limits (embed/limits.ts). */
function acquire(t: Thread, src: string, pat: string): Matcher {
  const m = acquireMatcher(src, pat);
  if (realmOf(t).limits !== null) meterMatcher(t, m);
  return m;
}

function release(t: Thread, m: Matcher): void {
  if (m.onSteps !== null) settleMatcher(t, m);
  releaseMatcher(m);
}

/** Output of gsub between checks against the state's limits: its memory is reserved and its bytes charged. */
const GSUB_CHECK_BYTES = 1 << 16;

/** gsub's output since the last check: memory reserved, bytes and matches charged. */
function chargeOutput(t: Thread, bytes: number, matches: number): void {
  reserveMemory(t, bytes);
  chargeWork(t, bytesWork(bytes) + matches);
}

/**
 * Writes the captures of the match [s, e) from `t.stack[at]` on and returns how many. With no
 * captures, `whole` decides between the whole match (match, gmatch) and nothing (find).
 */
function pushCaptures(t: Thread, at: number, m: Matcher, s: number, e: number, whole: boolean): number {
  const n = m.level === 0 && whole ? 1 : m.level;
  t.ensureStack(at + n + 16);
  const stack = t.stack;
  for (let i = 0; i < n; i++) stack[at + i] = m.capture(i, s, e);
  return n;
}

/** Shared by find and match: lua5.1's str_find_aux. */
function findAux(t: Thread, base: number, argc: number, find: boolean): number {
  const s = checkString(t, base, argc, 0);
  const p = checkString(t, base, argc, 1);
  const ls = s.length;
  let init = relativePosition(optLong(t, base, argc, 2, 1), ls) - 1;
  // An init past the end is clamped (lua5.1 still finds an empty match there).
  if (init < 0) init = 0;
  else if (init > ls) init = ls;
  const stack = t.stack;
  if (find) {
    const plain = argc > 3 ? stack[base + 3] : undefined;
    if ((plain !== undefined && plain !== false) || !hasFindSpecials(p)) {
      // A plain search uses the whole pattern, NUL bytes included.
      const i = s.indexOf(p, init);
      chargeWork(t, bytesWork((i < 0 ? ls : i) - init));
      if (i < 0) {
        stack[base] = undefined;
        return 1;
      }
      stack[base] = i + 1;
      stack[base + 1] = i + p.length;
      return 2;
    }
  } else if (isLiteralPattern(p, 0)) {
    const i = s.indexOf(p, init);
    chargeWork(t, bytesWork((i < 0 ? ls : i) - init));
    stack[base] = i < 0 ? undefined : p;
    return 1;
  }
  const anchor = p.charCodeAt(0) === 94; /* ^ */
  const p0 = anchor ? 1 : 0;
  const m = acquire(t, s, p);
  const s1 = m.search(init, p0, anchor);
  if (s1 >= 0) {
    const e = m.lastEnd;
    let n: number;
    if (find) {
      stack[base] = s1 + 1;
      stack[base + 1] = e;
      n = pushCaptures(t, base + 2, m, s1, e, false) + 2;
    } else n = pushCaptures(t, base, m, s1, e, true);
    release(t, m);
    return n;
  }
  release(t, m);
  t.stack[base] = undefined;
  return 1;
}

export const find: NativeFunction = (t, base, argc) => findAux(t, base, argc, true);

export const match: NativeFunction = (t, base, argc) => findAux(t, base, argc, false);

/**
 * string.gmatch: an iterator over successive matches. `^` is not an anchor here (lua5.1 treats
 * it as a literal character in gmatch); an empty match advances the position by one.
 */
export const gmatch: NativeFunction = (t, base, argc) => {
  const s = checkString(t, base, argc, 0);
  const p = checkString(t, base, argc, 1);
  let pos = 0;
  const step: NativeFunction = (t2, b2) => {
    const m = acquire(t2, s, p);
    const src = m.search(pos, 0, false);
    if (src >= 0) {
      const e = m.lastEnd;
      pos = e === src ? e + 1 : e;
      const n = pushCaptures(t2, b2, m, src, e, true);
      release(t2, m);
      return n;
    }
    release(t2, m);
    return 0;
  };
  t.stack[base] = new LuaFunction(null, step, [], realmOf(t).globals, 'gmatch_aux');
  return 1;
};

/** A capture as text for a replacement string (position captures are numbers). */
function captureText(m: Matcher, i: number, s: number, e: number): string {
  const v = m.capture(i, s, e);
  return typeof v === 'string' ? v : formatNumber(v as number);
}

/**
 * Expands a replacement string for the match [s, e): `%0` is the whole match, `%1`-`%9` the
 * captures, `%` before anything else is that character. A `%` at the very end reads the C
 * string's terminator, so lua5.1 emits a NUL byte there.
 */
function expandReplacement(repl: string, m: Matcher, s: number, e: number): string {
  let out = '';
  let run = 0;
  const l = repl.length;
  for (let i = 0; i < l; i++) {
    if (repl.charCodeAt(i) !== 37 /* % */) continue;
    out += repl.substring(run, i);
    i++;
    const c = i < l ? repl.charCodeAt(i) : 0;
    if (c < 48 || c > 57) out += String.fromCharCode(c);
    else if (c === 48) out += m.src.substring(s, e);
    else out += captureText(m, c - 49, s, e);
    run = i + 1;
  }
  return run === 0 ? repl : run >= l ? out : out + repl.substring(run);
}

const REPL_STRING = 0;
const REPL_FUNCTION = 1;
const REPL_TABLE = 2;

/** lua5.1's add_value for function and table replacements: the text that replaces [s, e). */
function computedReplacement(t: Thread, kind: number, repl: LuaValue, m: Matcher, s: number, e: number): string {
  let v: LuaValue;
  if (kind === REPL_FUNCTION) {
    const n = m.level === 0 ? 1 : m.level;
    const args: LuaValue[] = new Array(n);
    for (let i = 0; i < n; i++) args[i] = m.capture(i, s, e);
    v = t.call(repl as LuaFunction, args)[0] as LuaValue;
  } else {
    v = indexMeta(t, repl, m.capture(0, s, e));
  }
  if (v === undefined || v === false) return m.src.substring(s, e);
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatNumber(v);
  return callerError(`invalid replacement value (a ${typeName(v)})`);
}

export const gsub: NativeFunction = (t, base, argc) => {
  const src = checkString(t, base, argc, 0);
  const p = checkString(t, base, argc, 1);
  const repl = arg(t, base, argc, 2);
  // lua5.1 reads the count before it checks the replacement's type.
  const maxN = optCInt(t, base, argc, 3, src.length + 1);
  let kind: number;
  let replText = '';
  if (typeof repl === 'string') {
    kind = REPL_STRING;
    replText = repl;
  } else if (typeof repl === 'number') {
    kind = REPL_STRING;
    replText = formatNumber(repl);
  } else if (repl instanceof LuaFunction) kind = REPL_FUNCTION;
  else if (repl instanceof LuaTable) kind = REPL_TABLE;
  else return argError(t, 2, 'string/function/table expected');
  // A replacement string without `%` is used as it is.
  const constant = kind === REPL_STRING && replText.indexOf('%') < 0;

  const anchor = p.charCodeAt(0) === 94; /* ^ */
  const p0 = anchor ? 1 : 0;
  const m = acquire(t, src, p);
  const end = src.length;
  // The output built and the matches made are charged every GSUB_CHECK_BYTES bytes or 1,024
  // matches (chargeOutput), so that a huge result or a long run stops early.
  let checkAt = GSUB_CHECK_BYTES;
  let charged = 0;
  let chargedMatches = 0;
  let out = '';
  /** src[copied .. pos) is text that did not match and still has to be copied. */
  let copied = 0;
  let pos = 0;
  let n = 0;
  if (!anchor && p.length > 0 && isLiteralPattern(p, 0)) {
    // A literal pattern: every occurrence, left to right, none overlapping.
    const pl = p.length;
    while (n < maxN) {
      const i = src.indexOf(p, pos);
      if (i < 0) break;
      n++;
      const value = constant ? replText : kind === REPL_STRING ? expandReplacement(replText, m, i, i + pl) : computedReplacement(t, kind, repl, m, i, i + pl);
      out += src.substring(copied, i) + value;
      copied = pos = i + pl;
      if (out.length >= checkAt || (n & 1023) === 0) {
        chargeOutput(t, out.length - charged, n - chargedMatches);
        charged = out.length;
        chargedMatches = n;
        checkAt = charged + GSUB_CHECK_BYTES;
      }
    }
  } else {
    while (n < maxN) {
      // The next match from pos on: the text it skips is copied with the next replacement.
      const s1 = m.search(pos, p0, anchor);
      if (s1 < 0) break;
      pos = s1;
      const e = m.lastEnd;
      n++;
      const value = constant ? replText : kind === REPL_STRING ? expandReplacement(replText, m, pos, e) : computedReplacement(t, kind, repl, m, pos, e);
      out += src.substring(copied, pos) + value;
      copied = e;
      if (out.length >= checkAt || (n & 1023) === 0) {
        chargeOutput(t, out.length - charged, n - chargedMatches);
        charged = out.length;
        chargedMatches = n;
        checkAt = charged + GSUB_CHECK_BYTES;
      }
      if (e > pos) pos = e;
      else if (pos < end) pos++;
      else break;
      if (anchor) break;
    }
  }
  release(t, m);
  if (out.length > charged || n > chargedMatches) chargeOutput(t, out.length - charged, n - chargedMatches);
  t.stack[base] = copied === 0 && n === 0 ? src : out + src.substring(copied);
  t.stack[base + 1] = n;
  return 2;
};
