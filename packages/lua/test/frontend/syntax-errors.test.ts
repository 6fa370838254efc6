import { describe, expect, it } from 'vitest';
import { LuaSyntaxError } from '../../src/frontend/errors.js';
import { parseChunk } from '../../src/frontend/parser.js';

/** The message of the error parsing `src` raises (chunk name as lua5.1's loadstring would get it). */
function errorOf(src: string, chunkName = src.startsWith('x') ? '=x' : src): string {
  try {
    parseChunk(src, chunkName);
  } catch (e) {
    expect(e).toBeInstanceOf(LuaSyntaxError);
    return (e as Error).message;
  }
  return 'OK';
}

// Each expected message was produced by lua5.1's loadstring on the same source.
const CASES: [string, string][] = [
  ["x = = 1", "x:1: unexpected symbol near '='"],
  ["x = [[ a [[ b ]] c ]] y", "x:1: nesting of [[...]] is deprecated near '['"],
  ["x = 'abc", "x:1: unfinished string near '<eof>'"],
  ["x = 'abc\n'", "x:1: unfinished string near ''abc'"],
  ["x = 'ab\\300'", "x:1: escape sequence too large near ''ab'"],
  ["x = 3x", "x:1: malformed number near '3x'"],
  ["x = 0x", "x:1: malformed number near '0x'"],
  ["x = 1e", "x:1: malformed number near '1e'"],
  ["x = 1..2", "x:1: malformed number near '1..2'"],
  ["x = [=a", "x:1: invalid long string delimiter near '[='"],
  ["x = [==[ abc", "x:1: unfinished long string near '<eof>'"],
  ["--[==[ abc", "[string \"--[==[ abc\"]:1: unfinished long comment near '<eof>'"],
  ["x = ~ 1", "x:1: unexpected symbol near '~'"],
  ["x = \u0001", "x:1: unexpected symbol near 'char(1)'"],
  ["x = \xc8", "x:1: unexpected symbol near '\xc8'"],
  ["local 1", "[string \"local 1\"]:1: '<name>' expected near '1'"],
  ["f() = 1", "[string \"f() = 1\"]:1: unexpected symbol near '='"],
  ["x = 1 y", "x:1: '=' expected near '<eof>'"],
  ["a.b:c = 1", "[string \"a.b:c = 1\"]:1: function arguments expected near '='"],
  ["for i = 1 do end", "[string \"for i = 1 do end\"]:1: ',' expected near 'do'"],
  ["for a,b = 1,2 do end", "[string \"for a,b = 1,2 do end\"]:1: 'in' expected near '='"],
  ["return return", "[string \"return return\"]:1: unexpected symbol near 'return'"],
  ["break", "[string \"break\"]:1: no loop to break near '<eof>'"],
  ["function f() return ... end", "[string \"function f() return ... end\"]:1: cannot use '...' outside a vararg function near '...'"],
  ["x = 'a\\qb' + +", "x:1: unexpected symbol near '+'"],
  ["(f)\n(g)", "[string \"(f)...\"]:2: ambiguous syntax (function call x new statement) near '('"],
  ["x = 'a\\tb' 1", "x:1: unexpected symbol near '1'"],
  ["x = [[\nab]] 1", "x:2: unexpected symbol near '1'"],
  ["if x then else elseif", "[string \"if x then else elseif\"]:1: 'end' expected near 'elseif'"],
  ["local function f() end end", "[string \"local function f() end end\"]:1: '<eof>' expected near 'end'"],
  ["x = }", "x:1: unexpected symbol near '}'"],
  ["f(", "[string \"f(\"]:1: unexpected symbol near '<eof>'"],
  ["x = function(a, 1) end", "x:1: <name> or '...' expected near '1'"],
  ["x = {1 2}", "x:1: '}' expected near '2'"],
  ["local t = {x 1}", "[string \"local t = {x 1}\"]:1: '}' expected near '1'"],
  ["x = [==[ [==[ ]==] y", "x:1: '=' expected near '<eof>'"],
  ["x = \n\r\n\n\r\r\r\n\n = 1", "x:7: unexpected symbol near '='"],
  ["x = 'a\\\n\\\r\nb' = 1", "x:3: unexpected symbol near '='"],
  ["x = 'a\u0000b' = 1", "x:1: unexpected symbol near '='"],
  ["while true do\n x = 1\n", "[string \"while true do...\"]:3: 'end' expected (to close 'while' at line 1) near '<eof>'"],
  ["if x then\n\n", "[string \"if x then...\"]:3: 'end' expected (to close 'if' at line 1) near '<eof>'"],
  ["function f()\n\n\n", "[string \"function f()...\"]:4: 'end' expected (to close 'function' at line 1) near '<eof>'"],
  ["repeat\n x = 1\n", "[string \"repeat...\"]:3: 'until' expected (to close 'repeat' at line 1) near '<eof>'"],
  ["for i=1,2 do\n", "[string \"for i=1,2 do...\"]:2: 'end' expected (to close 'for' at line 1) near '<eof>'"],
  ["do\n", "[string \"do...\"]:2: 'end' expected (to close 'do' at line 1) near '<eof>'"],
  ["x = (1\n\n", "x:3: ')' expected (to close '(' at line 1) near '<eof>'"],
  ["x = {1,\n2\n", "x:3: '}' expected (to close '{' at line 1) near '<eof>'"],
  ["f(1,\n2\n", "[string \"f(1,...\"]:3: ')' expected (to close '(' at line 1) near '<eof>'"],
  ["(a) = 1", "[string \"(a) = 1\"]:1: syntax error near '='"],
  ["x, (a) = 1", "x:1: syntax error near '='"],
  ["x, f() = 1", "x:1: syntax error near '='"],
  ["a, b", "[string \"a, b\"]:1: '=' expected near '<eof>'"],
  ["a.b", "[string \"a.b\"]:1: '=' expected near '<eof>'"],
  ["a[1] b", "[string \"a[1] b\"]:1: '=' expected near 'b'"],
  ["local x <const> = 1", "[string \"local x <const> = 1\"]:1: unexpected symbol near '<'"],
  ["x = 1 + ", "x:1: unexpected symbol near '<eof>'"],
  ["x = not", "x:1: unexpected symbol near '<eof>'"],
  ["return 1; 2", "[string \"return 1; 2\"]:1: '<eof>' expected near '2'"],
  ["break; x = 1", "[string \"break; x = 1\"]:1: no loop to break near ';'"],
  ["while 1 do break x = 1 end", "[string \"while 1 do break x = 1 end\"]:1: 'end' expected near 'x'"],
  ["for x in do end", "[string \"for x in do end\"]:1: unexpected symbol near 'do'"],
  ["for 1 = 1,2 do end", "[string \"for 1 = 1,2 do end\"]:1: '<name>' expected near '1'"],
  ["for x = 1, 2, 3, 4 do end", "[string \"for x = 1, 2, 3, 4 do end\"]:1: 'do' expected near ','"],
  ["function a:b:c() end", "[string \"function a:b:c() end\"]:1: '(' expected near ':'"],
  ["function a.b() end x", "[string \"function a.b() end x\"]:1: '=' expected near '<eof>'"],
  ["local function a.b() end", "[string \"local function a.b() end\"]:1: '(' expected near '.'"],
  ["x = {[1] 2}", "x:1: '=' expected near '2'"],
  ["x = {[1] = }", "x:1: unexpected symbol near '}'"],
  ["x = a.1", "x:1: unexpected symbol near '.1'"],
  ["x = a:b", "x:1: function arguments expected near '<eof>'"],
  ["x = a:b.c()", "x:1: function arguments expected near '.'"],
  ["f{}{}\"\"[[x]] .x", "[string \"f{}{}\"\"[[x]] .x\"]:1: '=' expected near '<eof>'"],
  ["x = \"abc\\\nd\" y", "x:2: '=' expected near '<eof>'"],
  ["function f(...) return function() return ... end end", "[string \"function f(...) return function() return ... end end\"]:1: cannot use '...' outside a vararg function near '...'"],
  ["local a, = 1", "[string \"local a, = 1\"]:1: '<name>' expected near '='"],
  ["x = 0x1p-4", "x:1: malformed number near '0x1p'"],
  ["x = 1.5e+10 y", "x:1: '=' expected near '<eof>'"],
  ["x = 1.5e+ y", "x:1: malformed number near '1.5e+'"],
  ["x = .5.5", "x:1: malformed number near '.5.5'"],
  ["x = 5..", "x:1: malformed number near '5..'"],
  ["goto x", "[string \"goto x\"]:1: '=' expected near 'x'"],
  ["x = @", "x:1: unexpected symbol near '@'"],
  ["x = $", "x:1: unexpected symbol near '$'"],
  ["x = `", "x:1: unexpected symbol near '`'"],
  ["x = 'a\\255\\256'", "x:1: escape sequence too large near ''a\xff'"],
  ["x = 5 ~ 3", "x:1: unexpected symbol near '~'"],
  ["if x then elseif y end", "[string \"if x then elseif y end\"]:1: 'then' expected near 'end'"],
  ["x = function() end()", "x:1: unexpected symbol near ')'"],
  ["local x = 1\nlocal function f() x() end\nx = x ==", "[string \"local x = 1...\"]:3: unexpected symbol near '<eof>'"],
  ["t = {f = function() end end}", "[string \"t = {f = function() end end}\"]:1: '}' expected near 'end'"],
  ["--[[ comment ]] x = = 1", "[string \"--[[ comment ]] x = = 1\"]:1: unexpected symbol near '='"],
  ["--[[ comment\n\n]] x = = 1", "[string \"--[[ comment...\"]:3: unexpected symbol near '='"],
  ["-- comment\n = 1", "[string \"-- comment...\"]:2: unexpected symbol near '='"],
  ["x = [==[\n\n]==] = 1", "x:3: unexpected symbol near '='"],
  ["a.b.c.d:e 1", "[string \"a.b.c.d:e 1\"]:1: function arguments expected near '1'"],
  ["local a = function() return end x", "[string \"local a = function() return end x\"]:1: '=' expected near '<eof>'"],
  ["return (1,2)", "[string \"return (1,2)\"]:1: ')' expected near ','"],
];

describe('syntax errors', () => {
  it.each(CASES)('%j is reported exactly as lua5.1 reports it', (src, message) => {
    expect(errorOf(src)).toBe(message);
  });

  it('reports "too many syntax levels" past lua5.1 file-loader depth', () => {
    const nest = (n: number) => 'do '.repeat(n) + 'end '.repeat(n);
    expect(errorOf(nest(198), '@t.lua')).toBe('OK');
    expect(errorOf(nest(199), '@t.lua')).toBe('t.lua:1: chunk has too many syntax levels');
    const parens = (n: number) => 'x = ' + '('.repeat(n) + '1' + ')'.repeat(n);
    expect(errorOf(parens(197), '@t.lua')).toBe('OK');
    expect(errorOf(parens(198), '@t.lua')).toBe('t.lua:1: chunk has too many syntax levels');
  });

  it('limits a function to 200 locals', () => {
    const locals = (n: number) => Array.from({ length: n }, (_, i) => `local a${i}\n`).join('');
    expect(errorOf(locals(200), '=t')).toBe('OK');
    expect(errorOf(locals(201), '=t')).toBe('t:202: main function has more than 200 local variables');
    expect(errorOf('local function f()\n' + locals(201) + ' end', '=t')).toBe(
      't:203: function at line 1 has more than 200 local variables',
    );
    expect(errorOf('local a, b, c' + ', x'.repeat(200), '=t')).toBe('t:1: main function has more than 200 local variables');
  });

  it('limits a function to 60 upvalues', () => {
    const src = (n: number) =>
      Array.from({ length: n }, (_, i) => `local a${i}\n`).join('') +
      'function f()\n' + Array.from({ length: n }, (_, i) => `a${i} = 1\n`).join('') + ' end';
    expect(errorOf(src(60), '=t')).toBe('OK');
    expect(errorOf(src(61), '=t')).toBe('t:123: function at line 62 has more than 60 upvalues');
  });

  it('skips a first line starting with # and keeps line numbers', () => {
    expect(errorOf('#!/usr/bin/lua\nx = = 1', '@s.lua')).toBe("s.lua:2: unexpected symbol near '='");
  });
});
