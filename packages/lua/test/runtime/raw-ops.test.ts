import { describe, expect, it } from 'vitest';
import { addressOf } from '../../src/runtime/address.js';
import { LuaFunction } from '../../src/runtime/function.js';
import {
  concatRaw,
  lessEqualRaw,
  lessThanRaw,
  luaMod,
  luaPow,
  rawEquals,
  toNumberCoerce,
  toStringRaw,
  typeName,
} from '../../src/runtime/raw-ops.js';
import { LuaTable } from '../../src/runtime/table.js';
import { LuaUserdata } from '../../src/runtime/value.js';

// Expected values were checked against lua5.1.

const env = new LuaTable();
const builtin = new LuaFunction(null, null, [], env, 'print');
const thread = { isLuaThread: true } as unknown as LuaUserdata;

describe('typeName', () => {
  it('names every kind of value as type() does', () => {
    expect(typeName(undefined)).toBe('nil');
    expect(typeName(true)).toBe('boolean');
    expect(typeName(false)).toBe('boolean');
    expect(typeName(0)).toBe('number');
    expect(typeName(NaN)).toBe('number');
    expect(typeName('')).toBe('string');
    expect(typeName(new LuaTable())).toBe('table');
    expect(typeName(builtin)).toBe('function');
    expect(typeName(new LuaUserdata(null))).toBe('userdata');
    expect(typeName(thread)).toBe('thread');
  });
});

describe('toStringRaw and addressOf', () => {
  it('writes scalars as tostring does', () => {
    expect(toStringRaw(undefined)).toBe('nil');
    expect(toStringRaw(true)).toBe('true');
    expect(toStringRaw(false)).toBe('false');
    expect(toStringRaw(10)).toBe('10');
    expect(toStringRaw(0.1)).toBe('0.1');
    expect(toStringRaw(1e15)).toBe('1e+15');
    expect(toStringRaw(-1 / 0)).toBe('-inf');
    expect(toStringRaw('text')).toBe('text');
  });

  it('writes objects as their type and a hex address', () => {
    const t = new LuaTable();
    expect(toStringRaw(t)).toMatch(/^table: 0x[0-9a-f]{8,}$/);
    expect(toStringRaw(builtin)).toMatch(/^function: 0x[0-9a-f]{8,}$/);
    expect(toStringRaw(new LuaUserdata(null))).toMatch(/^userdata: 0x[0-9a-f]{8,}$/);
    expect(toStringRaw(thread)).toMatch(/^thread: 0x[0-9a-f]{8,}$/);
  });

  it('gives each object one stable address, different from every other', () => {
    const objects = Array.from({ length: 1000 }, () => new LuaTable());
    const addresses = objects.map(addressOf);
    expect(new Set(addresses).size).toBe(1000);
    objects.forEach((o, i) => expect(addressOf(o)).toBe(addresses[i]));
    expect(toStringRaw(objects[0])).toBe('table: ' + addresses[0]);
  });
});

describe('toNumberCoerce', () => {
  it('passes numbers through and converts numeric strings', () => {
    expect(toNumberCoerce(3)).toBe(3);
    expect(toNumberCoerce(' 10 ')).toBe(10);
    expect(toNumberCoerce('0x10')).toBe(16);
    expect(toNumberCoerce('1e2')).toBe(100);
  });

  it('refuses other strings and other types', () => {
    expect(toNumberCoerce('10a')).toBeUndefined();
    expect(toNumberCoerce('')).toBeUndefined();
    expect(toNumberCoerce(undefined)).toBeUndefined();
    expect(toNumberCoerce(true)).toBeUndefined();
    expect(toNumberCoerce(new LuaTable())).toBeUndefined();
  });
});

describe('rawEquals', () => {
  it('compares as Lua raw equality does', () => {
    const t = new LuaTable();
    expect(rawEquals(NaN, NaN)).toBe(false);
    expect(rawEquals(0, -0)).toBe(true);
    expect(rawEquals('a', 'a')).toBe(true);
    expect(rawEquals(1, '1')).toBe(false);
    expect(rawEquals(t, t)).toBe(true);
    expect(rawEquals(t, new LuaTable())).toBe(false);
    expect(rawEquals(undefined, false)).toBe(false);
  });
});

describe('luaMod', () => {
  it('takes the sign of the divisor', () => {
    expect(luaMod(5, -3)).toBe(-1);
    expect(luaMod(-5, 3)).toBe(1);
    expect(luaMod(5.5, 2)).toBe(1.5);
    expect(luaMod(-5.5, 2)).toBe(0.5);
    expect(luaMod(5, -2.5)).toBe(0);
    expect(luaMod(0, 5)).toBe(0);
    expect(luaMod(-0, 5)).toBe(0);
    expect(toStringRaw(luaMod(5.3, 1))).toBe('0.3');
    expect(toStringRaw(luaMod(-5.3, 1))).toBe('0.7');
    expect(luaMod(1e300, 7)).toBe(0);
  });

  it('yields NaN where lua5.1 does', () => {
    expect(luaMod(3, 0)).toBeNaN();
    expect(luaMod(5, Infinity)).toBeNaN();
    expect(luaMod(Infinity, 3)).toBeNaN();
    expect(luaMod(3, -Infinity)).toBeNaN();
  });
});

describe('luaPow', () => {
  it('follows C pow in its special cases', () => {
    expect(luaPow(0, 0)).toBe(1);
    expect(luaPow(NaN, 0)).toBe(1);
    expect(luaPow(1, NaN)).toBe(1);
    expect(luaPow(1, Infinity)).toBe(1);
    expect(luaPow(-1, Infinity)).toBe(1);
    expect(luaPow(-1, -Infinity)).toBe(1);
    expect(luaPow(-8, 1 / 3)).toBeNaN();
    expect(luaPow(-0, 0.5)).toBe(0);
    expect(luaPow(-Infinity, 0.5)).toBe(Infinity);
    expect(luaPow(0, -1)).toBe(Infinity);
    expect(luaPow(-0, -1)).toBe(-Infinity);
    expect(luaPow(2, 1024)).toBe(Infinity);
    expect(luaPow(2, -1080)).toBe(0);
  });

  it('gives correctly rounded integer powers, as glibc does', () => {
    expect(luaPow(2, 10)).toBe(1024);
    expect(luaPow(10, -5)).toBe(1e-5);
    expect(luaPow(10, 22)).toBe(1e22);
    expect(luaPow(10, -100)).toBe(1e-100);
    expect(luaPow(3, 40)).toBe(12157665459056928801);
    expect(luaPow(7, -3)).toBe(0.0029154518950437317);
    expect(luaPow(1.1, 10)).toBe(2.5937424601000023);
    expect(luaPow(0.1, 3)).toBe(0.0010000000000000002);
    expect(luaPow(-2, 63)).toBe(-9223372036854775808);
    expect(luaPow(2, -1074)).toBe(5e-324);
    expect(luaPow(2, 0.5)).toBe(Math.SQRT2);
  });
});

describe('comparisons', () => {
  it('orders numbers numerically and strings by bytes', () => {
    expect(lessThanRaw(1, 2)).toBe(true);
    expect(lessThanRaw(2, 2)).toBe(false);
    expect(lessEqualRaw(2, 2)).toBe(true);
    expect(lessThanRaw(NaN, 1)).toBe(false);
    expect(lessEqualRaw(NaN, NaN)).toBe(false);
    expect(lessThanRaw('a', 'b')).toBe(true);
    expect(lessThanRaw('Z', 'a')).toBe(true);
    expect(lessThanRaw('a', 'a\0')).toBe(true);
    expect(lessThanRaw('\x7f', '\x80')).toBe(true);
    expect(lessThanRaw('\xff', '\x80')).toBe(false);
    expect(lessThanRaw('10', '9')).toBe(true);
    expect(lessEqualRaw('', '')).toBe(true);
  });

  it('leaves mixed operands to the caller', () => {
    expect(lessThanRaw(1, '2')).toBeUndefined();
    expect(lessEqualRaw('1', 2)).toBeUndefined();
    expect(lessThanRaw(new LuaTable(), new LuaTable())).toBeUndefined();
    expect(lessThanRaw(undefined, undefined)).toBeUndefined();
  });
});

describe('concatRaw', () => {
  it('joins strings and numbers written as tostring writes them', () => {
    expect(concatRaw('a', 'b')).toBe('ab');
    expect(concatRaw(1, '')).toBe('1');
    expect(concatRaw(1e15, '')).toBe('1e+15');
    expect(concatRaw(2 ** 53, 'x')).toBe('9.007199254741e+15x');
    expect(concatRaw(-1 / 0, '')).toBe('-inf');
    expect(concatRaw(1.5, 2)).toBe('1.52');
  });

  it('leaves other operands to the caller', () => {
    expect(concatRaw('a', undefined)).toBeUndefined();
    expect(concatRaw(true, 'a')).toBeUndefined();
    expect(concatRaw(new LuaTable(), 'a')).toBeUndefined();
  });
});
