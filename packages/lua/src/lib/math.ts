import type { NativeFunction, Thread } from '@deegen/ir';
import { callerError } from '../runtime/errors.js';
import { luaPow } from '../runtime/raw-ops.js';
import type { LuaRealm } from '../runtime/realm.js';
import { LuaTable } from '../runtime/table.js';
import { argError, checkCInt, checkNumber } from './args.js';
import { frexp, frexpExponent, ldexp, modf, modfFraction } from './math-float.js';
import { RandomSource } from './math-random.js';
import { builtin } from './builtins.js';

/**
 * The `math` library of Lua 5.1: thin wrappers around the C math functions, whose JS
 * counterparts follow the same IEEE rules for zeros, infinities and NaN. Arguments are numbers
 * or strings convertible to numbers. floor, abs, min, max and sqrt are in hot loops of real
 * programs: each tries the plain-number case first and allocates nothing.
 */

/** A one-argument function of a number (for the rarely used ones; the common ones are written out). */
function unary(f: (x: number) => number): NativeFunction {
  return (t, base, argc) => {
    const v = t.stack[base];
    t.stack[base] = f(argc > 0 && typeof v === 'number' ? v : checkNumber(t, base, argc, 0));
    return 1;
  };
}

const floor: NativeFunction = (t, base, argc) => {
  const v = t.stack[base];
  t.stack[base] = Math.floor(argc > 0 && typeof v === 'number' ? v : checkNumber(t, base, argc, 0));
  return 1;
};

const ceil: NativeFunction = (t, base, argc) => {
  const v = t.stack[base];
  t.stack[base] = Math.ceil(argc > 0 && typeof v === 'number' ? v : checkNumber(t, base, argc, 0));
  return 1;
};

const abs: NativeFunction = (t, base, argc) => {
  const v = t.stack[base];
  t.stack[base] = Math.abs(argc > 0 && typeof v === 'number' ? v : checkNumber(t, base, argc, 0));
  return 1;
};

const sin: NativeFunction = (t, base, argc) => {
  const v = t.stack[base];
  t.stack[base] = Math.sin(argc > 0 && typeof v === 'number' ? v : checkNumber(t, base, argc, 0));
  return 1;
};

const cos: NativeFunction = (t, base, argc) => {
  const v = t.stack[base];
  t.stack[base] = Math.cos(argc > 0 && typeof v === 'number' ? v : checkNumber(t, base, argc, 0));
  return 1;
};

const exp: NativeFunction = (t, base, argc) => {
  const v = t.stack[base];
  t.stack[base] = Math.exp(argc > 0 && typeof v === 'number' ? v : checkNumber(t, base, argc, 0));
  return 1;
};

/** Natural logarithm; lua5.1's math.log takes no base (extra arguments are ignored). */
const log: NativeFunction = (t, base, argc) => {
  const v = t.stack[base];
  t.stack[base] = Math.log(argc > 0 && typeof v === 'number' ? v : checkNumber(t, base, argc, 0));
  return 1;
};

const sqrt: NativeFunction = (t, base, argc) => {
  const v = t.stack[base];
  t.stack[base] = Math.sqrt(argc > 0 && typeof v === 'number' ? v : checkNumber(t, base, argc, 0));
  return 1;
};

/**
 * `math.min(x, ...)`: the first argument, replaced by each later one that is smaller; so NaN
 * first wins, and of 0 and -0 the first one stays.
 */
const min: NativeFunction = (t, base, argc) => {
  const s = t.stack;
  const a = s[base];
  const b = s[base + 1];
  if (argc === 2 && typeof a === 'number' && typeof b === 'number') {
    s[base] = b < a ? b : a;
    return 1;
  }
  let result = checkNumber(t, base, argc, 0);
  for (let i = 1; i < argc; i++) {
    const d = checkNumber(t, base, argc, i);
    if (d < result) result = d;
  }
  s[base] = result;
  return 1;
};

/** `math.max(x, ...)`, the mirror of min. */
const max: NativeFunction = (t, base, argc) => {
  const s = t.stack;
  const a = s[base];
  const b = s[base + 1];
  if (argc === 2 && typeof a === 'number' && typeof b === 'number') {
    s[base] = b > a ? b : a;
    return 1;
  }
  let result = checkNumber(t, base, argc, 0);
  for (let i = 1; i < argc; i++) {
    const d = checkNumber(t, base, argc, i);
    if (d > result) result = d;
  }
  s[base] = result;
  return 1;
};

/*
 * The two-argument functions check their second argument first: lua5.1 passes both checks as
 * arguments of one C call, which its compiler evaluates right to left, and the order shows in
 * which error a call with no arguments reports.
 */

/** C's fmod: the remainder of truncated division, with the sign of x; JS's `%` is exactly that. */
const fmod: NativeFunction = (t, base, argc) => {
  const y = checkNumber(t, base, argc, 1);
  const x = checkNumber(t, base, argc, 0);
  t.stack[base] = x % y;
  return 1;
};

const pow: NativeFunction = (t, base, argc) => {
  const y = checkNumber(t, base, argc, 1);
  const x = checkNumber(t, base, argc, 0);
  t.stack[base] = luaPow(x, y);
  return 1;
};

const atan2: NativeFunction = (t, base, argc) => {
  const x = checkNumber(t, base, argc, 1);
  const y = checkNumber(t, base, argc, 0);
  t.stack[base] = Math.atan2(y, x);
  return 1;
};

/** `math.modf(x)`: integral part and fractional part, both carrying the sign of x. */
const modfFn: NativeFunction = (t, base, argc) => {
  const whole = modf(checkNumber(t, base, argc, 0));
  t.stack[base] = whole;
  t.stack[base + 1] = modfFraction;
  return 2;
};

/** `math.frexp(x)`: m and e with x = m * 2^e, 0.5 <= |m| < 1. */
const frexpFn: NativeFunction = (t, base, argc) => {
  const m = frexp(checkNumber(t, base, argc, 0));
  t.stack[base] = m;
  t.stack[base + 1] = frexpExponent;
  return 2;
};

const ldexpFn: NativeFunction = (t, base, argc) => {
  const e = checkCInt(t, base, argc, 1);
  const x = checkNumber(t, base, argc, 0);
  t.stack[base] = ldexp(x, e);
  return 1;
};

/** Lua 5.1's factor, PI/180 rounded to a double, as its C source computes it. */
const RADIANS_PER_DEGREE = Math.PI / 180;

const deg: NativeFunction = (t, base, argc) => {
  t.stack[base] = checkNumber(t, base, argc, 0) / RADIANS_PER_DEGREE;
  return 1;
};

const rad: NativeFunction = (t, base, argc) => {
  t.stack[base] = checkNumber(t, base, argc, 0) * RADIANS_PER_DEGREE;
  return 1;
};

/** `math.random` and `math.randomseed` for one state, sharing its generator. */
function randomFunctions(source: RandomSource): { random: NativeFunction; randomseed: NativeFunction } {
  const random: NativeFunction = (t: Thread, base: number, argc: number) => {
    // As in lua5.1, a value is drawn before the arguments are checked.
    const r = source.next();
    if (argc === 0) {
      t.stack[base] = r;
      return 1;
    }
    if (argc === 1) {
      const upper = checkCInt(t, base, argc, 0);
      if (!(upper >= 1)) argError(t, 0, 'interval is empty');
      t.stack[base] = Math.floor(r * upper) + 1;
      return 1;
    }
    if (argc === 2) {
      const lower = checkCInt(t, base, argc, 0);
      const upper = checkCInt(t, base, argc, 1);
      if (!(lower <= upper)) argError(t, 1, 'interval is empty');
      // The width is a C int too: the full 32-bit range wraps to 0 and always gives `lower`.
      t.stack[base] = Math.floor(r * ((upper - lower + 1) | 0)) + lower;
      return 1;
    }
    return callerError('wrong number of arguments');
  };
  const randomseed: NativeFunction = (t: Thread, base: number, argc: number) => {
    source.seed(checkCInt(t, base, argc, 0));
    return 0;
  };
  return { random, randomseed };
}

/** Creates the `math` library and makes it the global `math`. */
export function openMath(realm: LuaRealm): void {
  const g = realm.globals;
  const lib = new LuaTable();
  const define = (name: string, fn: NativeFunction): void => {
    lib.setStr(name, builtin(realm, name, fn));
  };
  define('abs', abs);
  define('acos', unary(Math.acos));
  define('asin', unary(Math.asin));
  define('atan2', atan2);
  define('atan', unary(Math.atan));
  define('ceil', ceil);
  define('cosh', unary(Math.cosh));
  define('cos', cos);
  define('deg', deg);
  define('exp', exp);
  define('floor', floor);
  define('fmod', fmod);
  define('frexp', frexpFn);
  define('ldexp', ldexpFn);
  define('log10', unary(Math.log10));
  define('log', log);
  define('max', max);
  define('min', min);
  // Lua 5.1 is built with LUA_COMPAT_MOD: `mod` is the very same function under its old name.
  lib.setStr('mod', lib.getStr('fmod'));
  define('modf', modfFn);
  define('pow', pow);
  define('rad', rad);
  const { random, randomseed } = randomFunctions(new RandomSource());
  define('random', random);
  define('randomseed', randomseed);
  define('sinh', unary(Math.sinh));
  define('sin', sin);
  define('sqrt', sqrt);
  define('tanh', unary(Math.tanh));
  define('tan', unary(Math.tan));
  lib.setStr('pi', Math.PI);
  lib.setStr('huge', Infinity);
  g.setStr('math', lib);
}
