// Discovers the Lua conformance programs and the outputs recorded beside them.
// Shared by the recorder (which writes the files) and the test harness (which reads them),
// so both agree on what counts as a program and what an absent file means.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

/** Every `.lua` file below `rootDir`, as absolute paths, in sorted order. */
export function findLuaFiles(rootDir) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.lua')) found.push(full);
    }
  };
  walk(resolve(rootDir));
  // Plain code-unit order keeps the listing identical on every machine and locale.
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Reads a sibling file, or returns undefined when it was never recorded. */
function readOptional(path) {
  return existsSync(path) ? readFileSync(path, 'latin1') : undefined;
}

/**
 * One entry per conformance program, sorted by path:
 * - name: path below rootDir without `.lua`, with `/` separators (e.g. `arith/modulo`)
 * - dir: absolute path of the program's folder; run it there, because error
 *   messages name the file by its bare name
 * - file: the program's file name (`modulo.lua`)
 * - stdout: expected standard output
 * - stderr: expected standard error, interpreter name normalised to `lua: `; '' when none
 * - status: expected exit status; 0 when no `.status` file exists
 */
export function listConformance(rootDir) {
  const root = resolve(rootDir);
  return findLuaFiles(root).map((path) => {
    const base = path.slice(0, -'.lua'.length);
    const stdout = readOptional(`${base}.stdout`);
    if (stdout === undefined) {
      throw new Error(`${path} has no recorded .stdout; run scripts/record-expected.mjs`);
    }
    const statusText = readOptional(`${base}.status`);
    return {
      name: relative(root, base).split(sep).join('/'),
      dir: dirname(path),
      file: basename(path),
      stdout,
      stderr: readOptional(`${base}.stderr`) ?? '',
      status: statusText === undefined ? 0 : Number.parseInt(statusText.trim(), 10),
    };
  });
}
