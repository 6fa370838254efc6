import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBoth } from './cli-oracle.js';
import type { RunOptions } from './cli-oracle.js';
import { lua51Available } from './lua51.js';

// The interactive loop fed through a pipe, under lua5.1 -i and deegen-lua -i. A pipe shows the
// prompts and, since the line editor echoes what it reads from a non-terminal, each line after
// its prompt; the banner goes to stderr, errors too (without the program name).
describe.skipIf(!lua51Available())('the interactive loop compared with lua5.1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deegen-repl-'));
  writeFileSync(join(dir, 'script.lua'), 'greeting = "hi from the script"\nprint("script ran", ...)\n');
  writeFileSync(join(dir, 'failing.lua'), 'error("script failed")\n');

  const sessions: [string, string, string[]?, RunOptions?][] = [
    ['statements and =expressions', 'x = 1\n=x, 2\n= nil\n=\n'],
    ['return shows the values', 'return 1, 2, "three"\nreturn\n'],
    ['a statement over several lines', 'for i = 1, 2 do\nprint(i)\nend\n= 1 +\n2\n'],
    ['a long string over several lines', 'x = [[\nabc\n]]\n=x\n--[[ c\n]] print(5)\n'],
    ['a syntax error in the middle of a statement', 'f(\n;\nprint("next")\n'],
    ['a syntax error on a line', 'x = = 1\nprint("next")\n'],
    ['runtime errors, with tracebacks', 'error("boom")\nlocal t = nil; t.x = 1\nprint("still here")\n'],
    ['error values that are not strings', 'error({})\nerror()\nerror(42)\nerror(true)\n'],
    ['errors inside functions', 'function f() error("deep") end\nfunction g() f() end\ng()\n'],
    ['prompts from _PROMPT and _PROMPT2', '_PROMPT = "P "\n_PROMPT2 = 7\nif x then\nend\n_PROMPT = {}\n_PROMPT2 = false\nif x then\nend\n'],
    ['an unfinished statement at the end of input', 'local a =\n'],
    ['input without a final newline', 'print("last")'],
    ['empty lines', '\n\n\n'],
    ['carriage returns end lines too', 'print(1)\r\nprint(2)\n'],
    ['zero bytes in the input are dropped', 'print("a")\0print("b")\n'],
    ['print replaced or broken', 'print = nil\n=1\nprint = function() error("pe") end\n=1\nprint = function() error({}) end\n=2\nprint = function() error(5) end\n=3\n'],
    ['print replaced by a function that works', 'print = function(...) io.write("[", select("#", ...), "]\\n") end\n=1, nil, 3\n'],
    ['os.exit ends the session', 'print(1)\nos.exit(4)\nprint(2)\n'],
    ['os.exit(true) and os.exit() succeed', 'os.exit(true)\n'],
    ['io.read takes what follows from the input', 'x = io.read()\nhello\nprint(x)\nprint(2)\n'],
    ['io.read("*a") takes the rest', 'print(io.read("*a"))\nhello\n'],
    ['locals do not outlive their line', 'local z = 5\n=z\n'],
    ['a finalizer after an error', 'local p = newproxy(true) getmetatable(p).__gc = function() print("gc") end error("x")\nprint("after")\n'],
    ['a finalizer failing after an error ends everything', 'local p = newproxy(true) getmetatable(p).__gc = function() error("gcerr") end error("x")\nprint("after")\n'],
    ['after a script', 'print(greeting, arg[0], arg[1])\n', ['-i', 'script.lua', 'one']],
    ['not after a failing script', 'print("never")\n', ['-i', 'failing.lua']],
    ['not after a missing script', 'print("never")\n', ['-i', 'missing.lua']],
    ['after -e and -v', 'print(y)\n', ['-v', '-e', 'y = 3', '-i']],
    ['with LUA_INIT', 'print(z)\n', ['-i'], { env: { LUA_INIT: 'z = "from init"' } }],
    ['a long line', `print("${'x'.repeat(2000)}")\n`],
  ];

  it.each(sessions)('%s', (_what, input, args = ['-i'], options = {}) => {
    const { theirs, ours } = runBoth(args, { cwd: dir, input, ...options });
    expect(ours).toEqual(theirs);
  });
});
