#!/usr/bin/env node
// Records the reference behaviour of each conformance program by running the real lua5.1.
//
// Usage: node scripts/record-expected.mjs [program.lua ...]
// With no arguments every `.lua` file under test/conformance/ is recorded; arguments may be
// relative to the current directory or to test/conformance/. Set LUA51 to use another binary.
//
// For `<name>.lua` it writes, in the same folder:
//   <name>.stdout  always, byte for byte
//   <name>.stderr  only when stderr is non-empty, with the interpreter's `lua5.1: ` prefix
//                  rewritten to `lua: ` so the expectation does not depend on the binary's name
//   <name>.status  only when the exit status is non-zero, as the number and a newline
// Files left over from an earlier recording that no longer apply are deleted.
import { spawnSync } from 'node:child_process';
import { writeFileSync, rmSync, existsSync } from 'node:fs';
import { dirname, basename, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findLuaFiles } from './conformance-files.mjs';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const conformanceDir = resolve(packageDir, 'test', 'conformance');
const interpreter = process.env.LUA51 ?? 'lua5.1';

/**
 * Replaces the interpreter's name where the standalone interpreter prints it (its argv[0],
 * at the start of a message line) with plain `lua`, so any VM's CLI can be compared.
 */
function normaliseStderr(text) {
  const escaped = interpreter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`^${escaped}: `, 'gm'), 'lua: ');
}

function writeOrRemove(path, content) {
  if (content === undefined) {
    if (existsSync(path)) rmSync(path);
  } else {
    writeFileSync(path, content);
  }
}

function record(luaPath) {
  const dir = dirname(luaPath);
  const file = basename(luaPath);
  const base = luaPath.slice(0, -'.lua'.length);
  // The program runs from its own folder under its bare name, so chunk names in messages are stable.
  const result = spawnSync(interpreter, [file], {
    cwd: dir,
    input: '',
    timeout: 10_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.signal) throw new Error(`${luaPath}: lua5.1 was killed by ${result.signal}`);
  const stdout = result.stdout;
  const stderr = result.stderr.toString('utf8');
  const status = result.status ?? 0;
  writeFileSync(`${base}.stdout`, stdout);
  writeOrRemove(`${base}.stderr`, stderr === '' ? undefined : normaliseStderr(stderr));
  writeOrRemove(`${base}.status`, status === 0 ? undefined : `${status}\n`);
  return { stdoutBytes: stdout.length, stderr: stderr !== '', status };
}

/** Accepts paths relative to the current directory or to test/conformance/. */
function resolveArgument(arg) {
  const fromCwd = resolve(arg);
  if (existsSync(fromCwd)) return fromCwd;
  const fromCorpus = resolve(conformanceDir, arg);
  if (existsSync(fromCorpus)) return fromCorpus;
  throw new Error(`no such program: ${arg}`);
}

function main() {
  const args = process.argv.slice(2);
  const files = args.length > 0 ? args.map(resolveArgument) : findLuaFiles(conformanceDir);
  let failing = 0;
  for (const luaPath of files) {
    if (!luaPath.endsWith('.lua')) throw new Error(`not a .lua file: ${luaPath}`);
    const r = record(luaPath);
    if (r.status !== 0) failing += 1;
    const note = r.status !== 0 ? ` exit ${r.status}` : r.stderr ? ' (stderr)' : '';
    console.log(`${relative(conformanceDir, luaPath)}: ${r.stdoutBytes} bytes${note}`);
  }
  console.log(`recorded ${files.length} program(s), ${failing} with a non-zero exit status`);
}

main();
