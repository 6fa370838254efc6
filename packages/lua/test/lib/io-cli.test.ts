import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The io and os libraries through the real command line, with piped standard input, checked
 * against lua5.1 run the same way (the conformance corpus only ever gives programs an empty stdin).
 * Needs `pnpm build` first, like test/cli.test.ts.
 */
const bin = fileURLToPath(new URL('../../bin/deegen-lua', import.meta.url));
const built = existsSync(fileURLToPath(new URL('../../dist/deegen-lua.cjs', import.meta.url)));
const haveLua = spawnSync('lua5.1', ['-v']).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'deegen-io-cli-'));

interface Run {
  stdout: string;
  stderr: string;
  status: number | null;
}

function exec(cmd: string, args: string[], input: string | Buffer): Run {
  const r = spawnSync(cmd, args, { input, cwd: dir, encoding: 'latin1', maxBuffer: 1 << 28 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

let count = 0;
function script(source: string): string {
  const path = join(dir, `s${++count}.lua`);
  writeFileSync(path, source, 'latin1');
  return path;
}

/** Error output up to its traceback, with the interpreter's name made neutral. */
function errorLine(stderr: string, prog: string): string {
  const cut = stderr.indexOf('\nstack traceback:');
  return (cut < 0 ? stderr : stderr.slice(0, cut + 1)).split(`${prog}: `).join('lua: ');
}

/** Runs the program under both interpreters and expects the same stdout, stderr and status. */
function same(source: string, input: string | Buffer = '', args: string[] = []): Run {
  const path = script(source);
  const want = exec('lua5.1', [...args, path], input);
  const got = exec(bin, [...args, path], input);
  expect(got.stdout).toBe(want.stdout);
  expect(errorLine(got.stderr, 'deegen-lua')).toBe(errorLine(want.stderr, 'lua5.1'));
  expect(got.status).toBe(want.status);
  return got;
}

describe.skipIf(!haveLua)('io and os on the command line, compared with lua5.1', () => {
  it('is built', () => {
    expect(built).toBe(true);
  });

  it('reads numbers, lines and the rest of stdin with io.read', () => {
    same(
      'local a, b = io.read("*n", "*n")\nprint(a, b, io.read())\nprint(io.read("*l"))\nprint(io.read(3), io.read(0))\nprint(#io.read("*a"), io.read(), io.read("*a"), io.read(0))\n',
      '12  -3.5e1 rest of line\nsecond\nabcdef\nmore\n\nlines\n',
    );
  });

  it('iterates over stdin with io.lines() and io.stdin:lines()', () => {
    same('local n, s = 0, 0\nfor l in io.lines() do n = n + 1 s = s + #l end\nprint(n, s)\nfor l in io.stdin:lines() do print("never") end\n', 'a\n\nbb\nccc');
  });

  it('reads a large piped input line by line across buffer boundaries', () => {
    let input = '';
    for (let i = 0; i < 20000; i++) input += `${i} ${'y'.repeat(i % 131)}\n`;
    same('local n, sum, len = 0, 0, 0\nfor l in io.lines() do n = n + 1 len = len + #l sum = sum + tonumber(l:match("^%d+")) end\nprint(n, sum, len)\n', input);
  });

  it('sums numbers with "*n" until the input runs out', () => {
    same('local s, n = 0, 0\nwhile true do local x = io.read("*n") if not x then break end s = s + x n = n + 1 end\nprint(n, s, io.read("*a"))\n', ' 1 2 3\n4.5\t-6 0x10 1e2 end');
  });

  it('passes every byte value from stdin to stdout unchanged', () => {
    const bytes = Buffer.alloc(512);
    for (let i = 0; i < 512; i++) bytes[i] = i % 256;
    const r = same('local s = io.read("*a")\nio.write(#s, "\\n", s)\n', bytes);
    expect(r.stdout.slice(4)).toBe(bytes.toString('latin1'));
  });

  it('reads stdin in fixed-size pieces with io.stdin:read(n)', () => {
    same('while true do local s = io.stdin:read(4) if not s then break end io.write("[", s, "]") end\nprint()\n', 'abcdefghij\nk');
  });

  it('gives nil for every read of an empty stdin', () => {
    same('print(io.read(), io.read("*n"), io.read(1), io.read(0), io.read("*a"))\n', '');
  });

  it('keeps print and io.write output in program order, with stderr separate', () => {
    same('print("a")\nio.write("b", 1, "\\n")\nio.stderr:write("e1\\n")\nio.stdout:write("c\\n")\nprint(io.stdout:flush())\nio.stderr:write("e2\\n")\n');
  });

  it('exits with the status os.exit gives, after flushing output', () => {
    same('io.write("no newline")\nprint(1)\nio.write("x")\nos.exit(5)\nprint("never")\n');
  });

  it('stops running further chunks after os.exit in -e', () => {
    const r = same('print("script")\n', '', ['-e', 'print("first") os.exit(0)']);
    expect(r.stdout).toBe('first\n');
  });

  it('flushes files left open when the program exits or ends', () => {
    const a = join(dir, 'left-open-exit.txt');
    const b = join(dir, 'left-open-end.txt');
    exec(bin, [script(`local f = io.open(${JSON.stringify(a)}, "w") f:write("kept on exit") os.exit(2)\n`)], '');
    exec(bin, [script(`local f = io.open(${JSON.stringify(b)}, "w") f:write("kept at end")\n`)], '');
    expect(readFileSync(a, 'latin1')).toBe('kept on exit');
    expect(readFileSync(b, 'latin1')).toBe('kept at end');
  });

  it('reports an uncaught io error with its position and status 1', () => {
    same('print("before")\nfor l in io.lines("no-such-input-file") do end\n');
  });

  it('reads the rest of stdin after the program itself came from stdin', () => {
    const input = 'print(io.read())\nprint(io.read("*a"))\n';
    const want = exec('lua5.1', ['-'], input);
    const got = exec(bin, ['-'], input);
    expect(got.stdout).toBe(want.stdout);
    expect(got.status).toBe(want.status);
  });

  it('redirects io.write with io.output and reads back with io.input', () => {
    const f = join(dir, 'redirect.txt');
    same(`io.output(${JSON.stringify(f)})\nio.write(io.read("*a"))\nio.close()\nio.output(io.stdout)\nio.input(${JSON.stringify(f)})\nfor l in io.lines() do print("<" .. l .. ">") end\n`, 'one\ntwo\n');
  });
});
