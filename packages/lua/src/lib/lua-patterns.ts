import { callerError } from '../runtime/errors.js';
import type { LuaValue } from '../runtime/value.js';

/**
 * The Lua 5.1 pattern matcher: a backtracking interpreter that walks the pattern text directly,
 * over char codes (one byte per char), with the same control structure as lua5.1's so that every
 * corner case (greedy and lazy repetition, back-references, `%b`, `%f`, errors raised only when
 * the matcher reaches a malformed item) behaves identically. Positions are 0-based indices into
 * the subject; -1 means "no match". Nothing is sliced until captures are returned.
 *
 * As in lua5.1, a pattern ends at its first NUL byte (`%z` is how patterns match a zero byte).
 */

/** `capLen` of a capture whose `)` has not been reached yet. */
export const CAP_UNFINISHED = -1;
/** `capLen` of a position capture `()`. */
export const CAP_POSITION = -2;
/** Matcher.stepsLeft when no limit counts the steps: refilled whenever it runs out. */
const UNMETERED_STEPS = 1 << 30;
/** Steps (start positions and repetition tries) the matcher gets at one position before a search hands the pattern to the host's RegExp. */
const TRIAL_STEPS = 32;
/** Thrown out of the matcher when a trial's steps run out. */
const TRIAL_OVER = { trialOver: true };
/** lua5.1's LUA_MAXCAPTURES. */
export const MAX_CAPTURES = 32;

// C-locale character classes, one bit each, for the bytes 0..255 (nothing above 127 is in any).
const ALPHA = 1;
const DIGIT = 2;
const LOWER = 4;
const UPPER = 8;
const SPACE = 16;
const CNTRL = 32;
const PUNCT = 64;
const XDIGIT = 128;

const ctype = new Uint8Array(256);
for (let c = 0; c < 128; c++) {
  let bits = 0;
  if (c >= 97 && c <= 122) bits |= ALPHA | LOWER;
  if (c >= 65 && c <= 90) bits |= ALPHA | UPPER;
  if (c >= 48 && c <= 57) bits |= DIGIT | XDIGIT;
  if ((c >= 97 && c <= 102) || (c >= 65 && c <= 70)) bits |= XDIGIT;
  if (c === 32 || (c >= 9 && c <= 13)) bits |= SPACE;
  if (c < 32 || c === 127) bits |= CNTRL;
  if (c > 32 && c < 127 && (bits & (ALPHA | DIGIT)) === 0) bits |= PUNCT;
  ctype[c] = bits;
}

/** Whether byte `c` belongs to the class named by the letter after `%` (`cl`), as lua5.1's match_class. */
export function matchClass(c: number, cl: number): boolean {
  let res: boolean;
  switch (cl | 0x20) {
    case 97 /* a */:
      res = (ctype[c] & ALPHA) !== 0;
      break;
    case 99 /* c */:
      res = (ctype[c] & CNTRL) !== 0;
      break;
    case 100 /* d */:
      res = (ctype[c] & DIGIT) !== 0;
      break;
    case 108 /* l */:
      res = (ctype[c] & LOWER) !== 0;
      break;
    case 112 /* p */:
      res = (ctype[c] & PUNCT) !== 0;
      break;
    case 115 /* s */:
      res = (ctype[c] & SPACE) !== 0;
      break;
    case 117 /* u */:
      res = (ctype[c] & UPPER) !== 0;
      break;
    case 119 /* w */:
      res = (ctype[c] & (ALPHA | DIGIT)) !== 0;
      break;
    case 120 /* x */:
      res = (ctype[c] & XDIGIT) !== 0;
      break;
    case 122 /* z */:
      res = c === 0;
      break;
    default:
      // Any other escaped character stands for itself (`%.` is a dot), never complemented.
      return cl === c;
  }
  // An upper-case class letter is the complement (%A is every byte that is not a letter).
  return cl >= 65 && cl <= 90 ? !res : res;
}

/** Characters that make a `string.find` pattern more than a plain substring (checked up to the first NUL). */
export function hasFindSpecials(p: string): boolean {
  for (let i = 0; i < p.length; i++) {
    switch (p.charCodeAt(i)) {
      case 0:
        return false;
      case 94: // ^
      case 36: // $
      case 42: // *
      case 43: // +
      case 63: // ?
      case 46: // .
      case 40: // (
      case 91: // [
      case 37: // %
      case 45: // -
        return true;
    }
  }
  return false;
}

/**
 * Whether a pattern (after its anchor, if any) matches only its own text: no item in it means
 * anything but a literal byte, so a substring search gives the same answer as the matcher.
 * A `)` is excluded too (it raises "invalid pattern capture"), as is a NUL (it ends the pattern).
 */
export function isLiteralPattern(p: string, from: number): boolean {
  for (let i = from; i < p.length; i++) {
    switch (p.charCodeAt(i)) {
      case 0:
      case 94: // ^
      case 36: // $
      case 42: // *
      case 43: // +
      case 63: // ?
      case 46: // .
      case 40: // (
      case 41: // )
      case 91: // [
      case 37: // %
      case 45: // -
        return false;
    }
  }
  return true;
}

/**
 * One matching session over a subject and a pattern. Reused through `acquireMatcher` /
 * `releaseMatcher`: a gsub replacement function may run another match while one is in progress,
 * so each active session needs its own state.
 */
export class Matcher {
  src = '';
  srcEnd = 0;
  pat = '';
  /** Where the pattern ends: its length, or its first NUL. */
  patEnd = 0;
  /** Captures opened so far. */
  level = 0;
  readonly capStart = new Int32Array(MAX_CAPTURES);
  readonly capLen = new Int32Array(MAX_CAPTURES);
  /**
   * Matching steps left before `onSteps` must run: how a state's limits charge pattern matching
   * (embed/limits.ts). A step is a start position tried or one more try of a repetition (where
   * backtracking multiplies work). A small integer, so that counting costs a decrement.
   */
  stepsLeft = UNMETERED_STEPS;
  /** Runs when `stepsLeft` goes below zero: charges the steps (it may throw to end the run) and sets it again. */
  onSteps: ((m: Matcher) => void) | null = null;
  /** Where the match `search` found ends. */
  lastEnd = 0;
  /** The latest match's groups when a host RegExp found it (`search`); null after the matcher's own. */
  private groups: RegExpExecArray | null = null;
  /** True while `trial` runs the matcher within a few steps. */
  private inTrial = false;
  /**
   * What `search` works out from the pattern, once per use of the matcher (reset clears it; gsub
   * searches many times with the same pattern): for which (p0, anchored) it was worked out (-1:
   * not yet), the host RegExp that runs the pattern (null: the matcher alone) and the pattern's
   * required first byte ('' when it has none or is anchored).
   */
  private planKey = -1;
  private planRe: RegExp | null = null;
  private planFirst = '';

  reset(src: string, pat: string): void {
    this.src = src;
    this.srcEnd = src.length;
    this.pat = pat;
    const nul = pat.indexOf('\0');
    this.patEnd = nul < 0 ? pat.length : nul;
    this.level = 0;
    this.groups = null;
    this.planKey = -1;
    this.planRe = null;
  }

  /**
   * The first match that starts at `from` or after it (only at `from` when `anchored`), of the
   * pattern from index `p0` (1 after an anchor, else 0): its start, or -1; its end goes to
   * `lastEnd`. When no limit counts the matcher's steps (the host's engine cannot be metered)
   * and the host's RegExp runs the pattern with the same result (hostRegExp), the matcher first
   * tries `from` alone within TRIAL_STEPS steps, where tokenizers and skips find their match at
   * less cost than a call into the RegExp; the RegExp then searches from `from` (the trial ran
   * out) or from the next position. Otherwise the matcher tries each position, skipping to the
   * pattern's required first byte when it has one.
   */
  search(from: number, p0: number, anchored: boolean): number {
    const srcEnd = this.srcEnd;
    if (from > srcEnd) return -1;
    const key = p0 * 2 + (anchored ? 1 : 0);
    if (this.planKey !== key) {
      this.planKey = key;
      this.planRe = this.onSteps === null ? hostRegExp(this.pat, this.patEnd, anchored) : null;
      this.planFirst = anchored ? '' : requiredFirstChar(this.pat, p0);
    }
    const re = this.planRe;
    if (re !== null) {
      let start = from;
      const first = this.planFirst;
      if (first === '' || this.src.charCodeAt(from) === first.charCodeAt(0)) {
        const e = this.trial(from, p0);
        if (e >= 0) {
          this.lastEnd = e;
          return from;
        }
        if (e === -1) {
          if (anchored || from === srcEnd) return -1;
          start = from + 1;
        }
      } else if (anchored) return -1;
      re.lastIndex = start;
      let r: RegExpExecArray | null;
      try {
        r = re.exec(this.src);
      } catch (e) {
        // The host's backtracking stack overflowed: the matcher's own limit decides.
        if (e instanceof RangeError) return this.scan(start, p0, anchored);
        throw e;
      }
      if (r === null) return -1;
      this.groups = r;
      this.level = r.length - 1;
      this.lastEnd = r.index + r[0].length;
      return r.index;
    }
    return this.scan(from, p0, anchored);
  }

  /** search with the matcher alone. */
  private scan(from: number, p0: number, anchored: boolean): number {
    const srcEnd = this.srcEnd;
    const first = this.planFirst;
    for (let s = from; s <= srcEnd; s++) {
      if (first !== '') {
        s = this.src.indexOf(first, s);
        if (s < 0) return -1;
      }
      const e = this.run(s, p0);
      if (e >= 0) {
        this.lastEnd = e;
        return s;
      }
      if (anchored) return -1;
    }
    return -1;
  }

  /** run(s, p) within TRIAL_STEPS steps (unmetered matchers only): the end, -1, or -2 when the steps ran out. */
  private trial(s: number, p: number): number {
    this.stepsLeft = TRIAL_STEPS;
    this.inTrial = true;
    try {
      return this.run(s, p);
    } catch (e) {
      if (e === TRIAL_OVER) return -2;
      throw e;
    } finally {
      this.inTrial = false;
      this.stepsLeft = UNMETERED_STEPS;
    }
  }

  /**
   * Tries the pattern from pattern index `p` at subject index `s`; the end of the match or -1.
   * A JS stack overflow (a pathological pattern recursing deeper than the host allows) becomes a
   * Lua error instead of escaping as a RangeError.
   */
  run(s: number, p: number): number {
    this.level = 0;
    this.groups = null;
    if (--this.stepsLeft < 0) this.outOfSteps();
    try {
      return this.match(s, p);
    } catch (e) {
      if (e instanceof RangeError) return callerError('pattern too complex');
      throw e;
    }
  }

  /** The pattern's character at `p`, or 0 at (or past) its end, like reading C's terminator. */
  private patAt(p: number): number {
    return p < this.patEnd ? this.pat.charCodeAt(p) : 0;
  }

  /** `stepsLeft` ran out. */
  private outOfSteps(): void {
    if (this.inTrial) throw TRIAL_OVER;
    if (this.onSteps === null) this.stepsLeft = UNMETERED_STEPS;
    else this.onSteps(this);
  }

  private match(s: number, p: number): number {
    const pat = this.pat;
    const patEnd = this.patEnd;
    const src = this.src;
    const srcEnd = this.srcEnd;
    for (;;) {
      if (p >= patEnd) return s;
      const c = pat.charCodeAt(p);
      switch (c) {
        case 40 /* ( */:
          if (this.patAt(p + 1) === 41 /* ) */) return this.startCapture(s, p + 2, CAP_POSITION);
          return this.startCapture(s, p + 1, CAP_UNFINISHED);
        case 41 /* ) */:
          return this.endCapture(s, p + 1);
        case 36 /* $ */:
          // Only a `$` ending the pattern anchors; elsewhere it is a literal character.
          if (p + 1 === patEnd) return s === srcEnd ? s : -1;
          break;
        case 37 /* % */: {
          const next = this.patAt(p + 1);
          if (next === 98 /* b */) {
            s = this.matchBalance(s, p + 2);
            if (s < 0) return -1;
            p += 4;
            continue;
          }
          if (next === 102 /* f */) {
            p += 2;
            if (this.patAt(p) !== 91 /* [ */) callerError("missing '[' after '%f' in pattern");
            const ep = this.classEnd(p);
            // Outside the subject the frontier sees a zero byte on either side.
            const previous = s === 0 ? 0 : src.charCodeAt(s - 1);
            const current = s < srcEnd ? src.charCodeAt(s) : 0;
            if (this.matchBracket(previous, p, ep - 1) || !this.matchBracket(current, p, ep - 1)) return -1;
            p = ep;
            continue;
          }
          if (next >= 48 && next <= 57) {
            s = this.matchCapture(s, next);
            if (s < 0) return -1;
            p += 2;
            continue;
          }
          break;
        }
      }
      // A single-character item, possibly followed by a repetition suffix. Plain characters and
      // `.` (the common case) skip the general item parsing.
      let ep: number;
      let m: boolean;
      if (c !== 37 /* % */ && c !== 91 /* [ */) {
        ep = p + 1;
        m = s < srcEnd && (c === 46 /* . */ || src.charCodeAt(s) === c);
      } else {
        ep = this.classEnd(p);
        m = s < srcEnd && this.singleMatch(src.charCodeAt(s), p, ep);
      }
      switch (ep < patEnd ? pat.charCodeAt(ep) : 0) {
        case 63 /* ? */: {
          if (m) {
            const r = this.match(s + 1, ep + 1);
            if (r >= 0) return r;
          }
          p = ep + 1;
          continue;
        }
        case 42 /* * */:
          return this.maxExpand(s, p, ep);
        case 43 /* + */:
          return m ? this.maxExpand(s + 1, p, ep) : -1;
        case 45 /* - */:
          return this.minExpand(s, p, ep);
        default:
          if (!m) return -1;
          s++;
          p = ep;
      }
    }
  }

  /** The index just past the single-character item starting at `p`; raises on malformed items. */
  private classEnd(p: number): number {
    const pat = this.pat;
    const patEnd = this.patEnd;
    const c = pat.charCodeAt(p++);
    if (c === 37 /* % */) {
      if (p >= patEnd) callerError("malformed pattern (ends with '%')");
      return p + 1;
    }
    if (c === 91 /* [ */) {
      if (p < patEnd && pat.charCodeAt(p) === 94 /* ^ */) p++;
      // The first character of a set is never its end, so `[]]` is a set holding `]`.
      do {
        if (p >= patEnd) callerError("malformed pattern (missing ']')");
        const cc = pat.charCodeAt(p++);
        if (cc === 37 /* % */ && p < patEnd) p++;
      } while (p >= patEnd || pat.charCodeAt(p) !== 93 /* ] */);
      return p + 1;
    }
    return p;
  }

  private singleMatch(c: number, p: number, ep: number): boolean {
    const pc = this.pat.charCodeAt(p);
    switch (pc) {
      case 46 /* . */:
        return true;
      case 37 /* % */:
        return matchClass(c, this.pat.charCodeAt(p + 1));
      case 91 /* [ */:
        return this.matchBracket(c, p, ep - 1);
      default:
        return pc === c;
    }
  }

  /** Whether `c` is in the set `[...]` that starts at `p` and whose closing `]` is at `ec`. */
  private matchBracket(c: number, p: number, ec: number): boolean {
    const pat = this.pat;
    let sig = true;
    if (pat.charCodeAt(p + 1) === 94 /* ^ */) {
      sig = false;
      p++;
    }
    while (++p < ec) {
      const pc = pat.charCodeAt(p);
      if (pc === 37 /* % */) {
        p++;
        if (matchClass(c, pat.charCodeAt(p))) return sig;
      } else if (pat.charCodeAt(p + 1) === 45 /* - */ && p + 2 < ec) {
        p += 2;
        if (pc <= c && c <= pat.charCodeAt(p)) return sig;
      } else if (pc === c) return sig;
    }
    return !sig;
  }

  /** Greedy repetition (`*`, and `+` after its first match): longest run first, then backing off. */
  private maxExpand(s: number, p: number, ep: number): number {
    const src = this.src;
    const srcEnd = this.srcEnd;
    let i = 0;
    const pc = this.pat.charCodeAt(p);
    if (pc === 46 /* . */) i = srcEnd - s;
    else if (pc === 37 /* % */) {
      const cl = this.pat.charCodeAt(p + 1);
      while (s + i < srcEnd && matchClass(src.charCodeAt(s + i), cl)) i++;
    } else if (pc === 91 /* [ */) {
      while (s + i < srcEnd && this.matchBracket(src.charCodeAt(s + i), p, ep - 1)) i++;
    } else {
      while (s + i < srcEnd && src.charCodeAt(s + i) === pc) i++;
    }
    if (ep + 1 >= this.patEnd) return s + i;
    for (; i >= 0; i--) {
      if (--this.stepsLeft < 0) this.outOfSteps();
      const r = this.match(s + i, ep + 1);
      if (r >= 0) return r;
    }
    return -1;
  }

  /** Lazy repetition (`-`): the rest of the pattern is tried before each extra character. */
  private minExpand(s: number, p: number, ep: number): number {
    const src = this.src;
    const srcEnd = this.srcEnd;
    for (;;) {
      if (--this.stepsLeft < 0) this.outOfSteps();
      const r = this.match(s, ep + 1);
      if (r >= 0) return r;
      if (s < srcEnd && this.singleMatch(src.charCodeAt(s), p, ep)) s++;
      else return -1;
    }
  }

  private startCapture(s: number, p: number, what: number): number {
    const level = this.level;
    if (level >= MAX_CAPTURES) callerError('too many captures');
    this.capStart[level] = s;
    this.capLen[level] = what;
    this.level = level + 1;
    const r = this.match(s, p);
    if (r < 0) this.level--;
    return r;
  }

  private endCapture(s: number, p: number): number {
    const l = this.captureToClose();
    this.capLen[l] = s - this.capStart[l];
    const r = this.match(s, p);
    if (r < 0) this.capLen[l] = CAP_UNFINISHED;
    return r;
  }

  private captureToClose(): number {
    for (let level = this.level - 1; level >= 0; level--) {
      if (this.capLen[level] === CAP_UNFINISHED) return level;
    }
    return callerError('invalid pattern capture');
  }

  /** `%b` followed by the two delimiter characters at `p`: a balanced run starting at `s`. */
  private matchBalance(s: number, p: number): number {
    if (p + 1 >= this.patEnd) callerError('unbalanced pattern');
    const src = this.src;
    const srcEnd = this.srcEnd;
    const open = this.pat.charCodeAt(p);
    if (s >= srcEnd || src.charCodeAt(s) !== open) return -1;
    const close = this.pat.charCodeAt(p + 1);
    let depth = 1;
    while (++s < srcEnd) {
      const c = src.charCodeAt(s);
      if (c === close) {
        if (--depth === 0) return s + 1;
      } else if (c === open) depth++;
    }
    return -1;
  }

  /** A back-reference `%1`..`%9` (`digit` is the char code): the captured text again at `s`. */
  private matchCapture(s: number, digit: number): number {
    const l = digit - 49; /* '1' */
    if (l < 0 || l >= this.level || this.capLen[l] === CAP_UNFINISHED) callerError('invalid capture index');
    const len = this.capLen[l];
    // A position capture has no text; lua5.1 compares a huge unsigned length and never matches.
    if (len < 0 || this.srcEnd - s < len) return -1;
    const src = this.src;
    const start = this.capStart[l];
    for (let i = 0; i < len; i++) if (src.charCodeAt(start + i) !== src.charCodeAt(s + i)) return -1;
    return s + len;
  }

  /**
   * Capture `i` of the latest match of [s, e): its text, or its position for `()`. Without
   * captures, capture 0 is the whole match.
   */
  capture(i: number, s: number, e: number): LuaValue {
    const groups = this.groups;
    // Every group of a translated pattern takes part in a match (no alternatives, no repeated groups).
    if (groups !== null && i < this.level) return groups[i + 1];
    if (i >= this.level) {
      if (i === 0) return this.src.substring(s, e);
      return callerError('invalid capture index');
    }
    const l = this.capLen[i];
    if (l === CAP_UNFINISHED) callerError('unfinished capture');
    const start = this.capStart[i];
    if (l === CAP_POSITION) return start + 1;
    return this.src.substring(start, start + l);
  }
}

const pool: Matcher[] = [];

export function acquireMatcher(src: string, pat: string): Matcher {
  const m = pool.pop() ?? new Matcher();
  m.reset(src, pat);
  return m;
}

/** Returns a matcher for reuse (skipped on error paths: an unreleased matcher is simply collected). */
export function releaseMatcher(m: Matcher): void {
  m.reset('', '');
  m.stepsLeft = UNMETERED_STEPS;
  m.onSteps = null;
  if (pool.length < 8) pool.push(m);
}

/**
 * A byte every match must start with, when the pattern (from index `p0`) opens with a plain
 * character that is not optional: lets searches skip ahead with `indexOf` instead of trying the
 * matcher at each position. '' when there is no such byte (or when the first item is anything
 * but a plain character, so malformed patterns still reach the matcher and raise their errors).
 */
export function requiredFirstChar(pat: string, p0: number): string {
  if (p0 >= pat.length) return '';
  switch (pat.charCodeAt(p0)) {
    case 0:
    case 94: // ^
    case 36: // $
    case 42: // *
    case 43: // +
    case 63: // ?
    case 46: // .
    case 40: // (
    case 41: // )
    case 91: // [
    case 37: // %
    case 45: // -
      return '';
  }
  switch (p0 + 1 < pat.length ? pat.charCodeAt(p0 + 1) : 0) {
    case 42: // *
    case 63: // ?
    case 45: // -
      return '';
  }
  return pat[p0];
}

// ---------------------------------------------------------------------------------------------
// Patterns the host's RegExp runs

/** The two translations of a pattern (hostRegExp), compiled when first asked for; null: none. */
interface Translations {
  global: RegExp | null | undefined;
  sticky: RegExp | null | undefined;
}

/** Translations by pattern. Cleared when full: programs use few distinct patterns, and a miss only recompiles. */
const regExps = new Map<string, Translations>();
const MAX_REGEXPS = 256;

/**
 * A RegExp that finds exactly what the matcher finds for the pattern `pat` (up to `patEnd`, its
 * first NUL): for an anchored pattern, its items after the `^`, sticky (a match at lastIndex
 * only); otherwise the whole pattern (a `^` in it is a literal, as gmatch reads it), global
 * (the first position from lastIndex where the pattern matches, as trying the matcher at each
 * position would). Null for patterns outside the translatable subset: position captures,
 * back-references, `%b`, `%f`, and every malformed pattern (so that the matcher raises its error
 * when it reaches the malformed item).
 */
function hostRegExp(pat: string, patEnd: number, anchored: boolean): RegExp | null {
  let entry = regExps.get(pat);
  if (entry === undefined) {
    if (regExps.size >= MAX_REGEXPS) regExps.clear();
    entry = { global: undefined, sticky: undefined };
    regExps.set(pat, entry);
  }
  if (anchored) {
    if (entry.sticky === undefined) {
      const source = translatePattern(pat, 1, patEnd);
      entry.sticky = source === null ? null : new RegExp(source, 'y');
    }
    return entry.sticky;
  }
  if (entry.global === undefined) {
    const source = translatePattern(pat, 0, patEnd);
    entry.global = source === null ? null : new RegExp(source, 'g');
  }
  return entry.global;
}

/** A byte as a RegExp escape (never a character with a meaning there). */
function hex(c: number): string {
  return '\\x' + (c < 16 ? '0' : '') + c.toString(16);
}

/**
 * A RegExp class of the bytes 0..255 marked in `set`, plus every char code above 255 when `high`
 * (subjects are byte strings, but the matcher's classes are defined for any code: a complemented
 * class such as `%A` holds them all). An empty set gives `[]`, which matches nothing.
 */
function classOf(set: Uint8Array, high: boolean): string {
  let out = '';
  for (let c = 0; c < 256; ) {
    if (set[c] === 0) {
      c++;
      continue;
    }
    let end = c;
    while (end < 255 && set[end + 1] !== 0) end++;
    out += end === c ? hex(c) : hex(c) + '-' + hex(end);
    c = end + 1;
  }
  return '[' + out + (high ? '\\u0100-\\uffff' : '') + ']';
}

/** Marks in `set` the bytes of `%x` (`cl` the char code after `%`); whether codes above 255 belong too. */
function markClass(set: Uint8Array, cl: number): boolean {
  for (let c = 0; c < 256; c++) if (matchClass(c, cl)) set[c] = 1;
  return matchClass(256, cl);
}

/** The RegExp source for the pattern, or null (see hostRegExp). Mirrors Matcher.match's parsing. */
function translatePattern(pat: string, p: number, patEnd: number): string | null {
  // Subjects and patterns are byte strings; anything else stays with the matcher.
  for (let i = p; i < patEnd; i++) if (pat.charCodeAt(i) > 255) return null;
  let out = '';
  let open = 0;
  let groups = 0;
  while (p < patEnd) {
    const c = pat.charCodeAt(p);
    if (c === 40 /* ( */) {
      if (p + 1 < patEnd && pat.charCodeAt(p + 1) === 41) return null;
      if (++groups > MAX_CAPTURES) return null;
      open++;
      out += '(';
      p++;
      continue;
    }
    if (c === 41 /* ) */) {
      if (open === 0) return null;
      open--;
      out += ')';
      p++;
      continue;
    }
    if (c === 36 /* $ */ && p + 1 === patEnd) {
      out += '$';
      p++;
      continue;
    }
    let item: string;
    let ep: number;
    if (c === 37 /* % */) {
      if (p + 1 >= patEnd) return null;
      const next = pat.charCodeAt(p + 1);
      if (next === 98 /* b */ || next === 102 /* f */ || (next >= 48 && next <= 57)) return null;
      const set = new Uint8Array(256);
      item = classOf(set, markClass(set, next));
      ep = p + 2;
    } else if (c === 91 /* [ */) {
      // The set's extent as classEnd finds it, then its members as matchBracket reads them.
      let q = p + 1;
      if (q < patEnd && pat.charCodeAt(q) === 94 /* ^ */) q++;
      do {
        if (q >= patEnd) return null;
        const cc = pat.charCodeAt(q++);
        if (cc === 37 /* % */ && q < patEnd) q++;
      } while (q >= patEnd || pat.charCodeAt(q) !== 93 /* ] */);
      const ec = q;
      ep = ec + 1;
      const set = new Uint8Array(256);
      let high = false;
      let i = p;
      const negated = pat.charCodeAt(i + 1) === 94;
      if (negated) i++;
      while (++i < ec) {
        const pc = pat.charCodeAt(i);
        if (pc === 37 /* % */) {
          i++;
          if (markClass(set, pat.charCodeAt(i))) high = true;
        } else if (pat.charCodeAt(i + 1) === 45 /* - */ && i + 2 < ec) {
          i += 2;
          for (let x = pc; x <= pat.charCodeAt(i); x++) set[x] = 1;
        } else set[pc] = 1;
      }
      if (negated) for (let x = 0; x < 256; x++) set[x] ^= 1;
      item = classOf(set, high !== negated);
    } else if (c === 46 /* . */) {
      item = '[^]';
      ep = p + 1;
    } else {
      item = hex(c);
      ep = p + 1;
    }
    switch (ep < patEnd ? pat.charCodeAt(ep) : 0) {
      case 63 /* ? */:
        out += item + '?';
        p = ep + 1;
        break;
      case 42 /* * */:
        out += item + '*';
        p = ep + 1;
        break;
      case 43 /* + */:
        out += item + '+';
        p = ep + 1;
        break;
      case 45 /* - */:
        out += item + '*?';
        p = ep + 1;
        break;
      default:
        out += item;
        p = ep;
    }
  }
  return open === 0 ? out : null;
}
