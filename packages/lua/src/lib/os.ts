import type { NativeFunction, Thread } from '@deegen/ir';
import type { HostFiles } from '../host/host.js';
import { callerError } from '../runtime/errors.js';
import type { LuaRealm } from '../runtime/realm.js';
import { LuaExit, realmOf } from '../runtime/realm.js';
import { toNumberCoerce } from '../runtime/raw-ops.js';
import { LuaTable } from '../runtime/table.js';
import { arg, checkNumber, checkOption, checkString, checkTable, optInt, optString } from './args.js';
import { toFailure } from './io-errors.js';
import type { IoFailure } from './io-errors.js';
import { createTempName, noFileSystem } from './io-open.js';
import { breakDown, formatDate, makeTime } from './os-date.js';
import type { TimeFields } from './os-date.js';
import { hasShell, runCommand } from './os-command.js';
import { defineBuiltins } from './builtins.js';
import { bytesWork, chargeWork, reserveMemory } from '../embed/limits.js';

/** lua5.1's os pushresult: true, or nil, "name: message", errno. */
function fileResult(t: Thread, base: number, name: string, failure: IoFailure | undefined): number {
  if (failure === undefined) {
    t.stack[base] = true;
    return 1;
  }
  t.stack[base] = undefined;
  t.stack[base + 1] = `${name}: ${failure.message}`;
  t.stack[base + 2] = failure.errno;
  return 3;
}

/** C's (time_t) cast of a Lua number: truncation toward zero. */
function toTime(n: number): number {
  return Math.trunc(n);
}

/** os.time's field reader: a number (or numeric string) as a C int, else the default or an error. */
function timeField(tbl: LuaTable, key: string, dflt: number | undefined): number {
  const n = toNumberCoerce(tbl.getStr(key));
  if (n === undefined) {
    if (dflt === undefined) return callerError(`field '${key}' missing in date table`);
    return dflt;
  }
  return Number.isFinite(n) ? Math.trunc(n) | 0 : 0;
}

const clock: NativeFunction = (t, base) => {
  t.stack[base] = realmOf(t).host.cpuSeconds();
  return 1;
};

const date: NativeFunction = (t, base, argc) => {
  let format = optString(t, base, argc, 0, '%c');
  const time = arg(t, base, argc, 1) === undefined ? Math.floor(Date.now() / 1000) : toTime(checkNumber(t, base, argc, 1));
  const nul = format.indexOf('\0');
  if (nul >= 0) format = format.slice(0, nul);
  const utc = format[0] === '!';
  if (utc) format = format.slice(1);
  const b = breakDown(time, utc);
  // A conversion writes at most 25 bytes for its two (%c): bounded before it runs.
  reserveMemory(t, format.length * 13);
  chargeWork(t, bytesWork(format.length * 13));
  if (b === undefined) {
    t.stack[base] = undefined;
    return 1;
  }
  if (format === '*t') {
    const tbl = new LuaTable(0, 9);
    tbl.setStr('sec', b.sec);
    tbl.setStr('min', b.min);
    tbl.setStr('hour', b.hour);
    tbl.setStr('day', b.day);
    tbl.setStr('month', b.month);
    tbl.setStr('year', b.year);
    tbl.setStr('wday', b.wday + 1);
    tbl.setStr('yday', b.yday + 1);
    tbl.setStr('isdst', b.isdst);
    t.stack[base] = tbl;
    return 1;
  }
  t.stack[base] = formatDate(format, b);
  return 1;
};

const time: NativeFunction = (t, base, argc) => {
  if (arg(t, base, argc, 0) === undefined) {
    t.stack[base] = Math.floor(Date.now() / 1000);
    return 1;
  }
  const tbl = checkTable(t, base, argc, 0);
  const isdst = tbl.getStr('isdst');
  const fields: TimeFields = {
    sec: timeField(tbl, 'sec', 0),
    min: timeField(tbl, 'min', 0),
    hour: timeField(tbl, 'hour', 12),
    day: timeField(tbl, 'day', undefined),
    month: timeField(tbl, 'month', undefined),
    year: timeField(tbl, 'year', undefined),
    isdst: isdst === undefined ? -1 : isdst === false ? 0 : 1,
  };
  t.stack[base] = makeTime(fields);
  return 1;
};

const difftime: NativeFunction = (t, base, argc) => {
  const t1 = toTime(checkNumber(t, base, argc, 0));
  const t2 = arg(t, base, argc, 1) === undefined ? 0 : toTime(checkNumber(t, base, argc, 1));
  t.stack[base] = t1 - t2;
  return 1;
};

const getenv: NativeFunction = (t, base, argc) => {
  t.stack[base] = realmOf(t).host.getenv(checkString(t, base, argc, 0));
  return 1;
};

/** Runs a host file operation: undefined, or what it failed with. */
function fileOp(t: Thread, op: (files: HostFiles) => void): IoFailure | undefined {
  const files = realmOf(t).host.files;
  if (files === undefined) return noFileSystem();
  try {
    op(files);
    return undefined;
  } catch (e) {
    return toFailure(e);
  }
}

const remove: NativeFunction = (t, base, argc) => {
  const name = checkString(t, base, argc, 0);
  return fileResult(t, base, name, fileOp(t, (files) => files.remove(name)));
};

const rename: NativeFunction = (t, base, argc) => {
  const from = checkString(t, base, argc, 0);
  const to = checkString(t, base, argc, 1);
  return fileResult(t, base, from, fileOp(t, (files) => files.rename(from, to)));
};

const tmpname: NativeFunction = (t, base) => {
  const name = createTempName(realmOf(t).host);
  if (typeof name !== 'string') callerError('unable to generate a unique filename');
  t.stack[base] = name;
  return 1;
};

/**
 * Ends the program: records the status and throws LuaExit, which the embedder catches (the CLI
 * flushes its output and open files, then exits with the status). Like lua5.1, only numbers are
 * accepted; the status is what a parent process sees (the low 8 bits).
 */
const exit: NativeFunction = (t, base, argc) => {
  const status = (optInt(t, base, argc, 0, 0) | 0) & 0xff;
  realmOf(t).exitStatus = status;
  throw new LuaExit(status);
};

const LOCALE_CATEGORIES = ['all', 'collate', 'ctype', 'monetary', 'numeric', 'time'];

/** Only the C locale exists here: queries and requests for "C", "POSIX" or "" (the default) get "C". */
const setlocale: NativeFunction = (t, base, argc) => {
  const locale = arg(t, base, argc, 0) === undefined ? undefined : checkString(t, base, argc, 0);
  checkOption(t, base, argc, 1, 'all', LOCALE_CATEGORIES);
  t.stack[base] = locale === undefined || locale === '' || locale === 'C' || locale === 'POSIX' ? 'C' : undefined;
  return 1;
};

/**
 * Runs a command through the host's shell (see os-command.ts) and returns C system()'s status
 * (exit code times 256). With no command it reports whether a shell is available (1 or 0).
 */
const execute: NativeFunction = (t, base, argc) => {
  if (arg(t, base, argc, 0) === undefined) {
    t.stack[base] = hasShell(realmOf(t)) ? 1 : 0;
    return 1;
  }
  const command = checkString(t, base, argc, 0);
  t.stack[base] = runCommand(realmOf(t), command, undefined, false).waitStatus;
  return 1;
};

export function openOs(realm: LuaRealm): void {
  const g = realm.globals;
  const os = new LuaTable();
  const fns: Record<string, NativeFunction> = {
    clock,
    date,
    difftime,
    execute,
    exit,
    getenv,
    remove,
    rename,
    setlocale,
    time,
    tmpname,
  };
  defineBuiltins(realm, os, fns);
  g.setStr('os', os);
}

