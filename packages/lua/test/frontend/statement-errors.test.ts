import { describe, expect, it } from 'vitest';
import { LuaSyntaxError } from '../../src/frontend/errors.js';
import { parseChunk } from '../../src/frontend/parser.js';

function errorOf(src: string): string {
  try {
    parseChunk(src, src);
  } catch (e) {
    expect(e).toBeInstanceOf(LuaSyntaxError);
    return (e as Error).message;
  }
  return 'OK';
}

// An expression statement must be a call or an assignment. Each message below is what lua5.1's
// loadstring returns for the same source.
const CASES: [string, string][] = [
  ['(f)', `[string "(f)"]:1: syntax error near '<eof>'`],
  ['(f)\n', `[string "(f)..."]:2: syntax error near '<eof>'`],
  ['(f) x', `[string "(f) x"]:1: syntax error near 'x'`],
  ['(f) = 1', `[string "(f) = 1"]:1: syntax error near '='`],
  ['(f), a = 1', `[string "(f), a = 1"]:1: syntax error near ','`],
  ['(f())', `[string "(f())"]:1: syntax error near '<eof>'`],
  ['(1)', `[string "(1)"]:1: syntax error near '<eof>'`],
  ['local x; (x)', `[string "local x; (x)"]:1: syntax error near '<eof>'`],
  ['(f).x', `[string "(f).x"]:1: '=' expected near '<eof>'`],
  ['a.b', `[string "a.b"]:1: '=' expected near '<eof>'`],
  ['x', `[string "x"]:1: '=' expected near '<eof>'`],
  ['x y', `[string "x y"]:1: '=' expected near 'y'`],
  ['a..b', `[string "a..b"]:1: '=' expected near '..'`],
  ['f() = 1', `[string "f() = 1"]:1: unexpected symbol near '='`],
  ['f() + 1', `[string "f() + 1"]:1: unexpected symbol near '+'`],
  ['1 = 2', `[string "1 = 2"]:1: unexpected symbol near '1'`],
  ['a, f() = 1', `[string "a, f() = 1"]:1: syntax error near '='`],
  ['x, (y) = 1', `[string "x, (y) = 1"]:1: syntax error near '='`],
  ['a.b:c', `[string "a.b:c"]:1: function arguments expected near '<eof>'`],
];

describe('expression statements', () => {
  it.each(CASES)('%j is rejected with lua5.1 wording', (src, message) => {
    expect(errorOf(src)).toBe(message);
  });

  it('accepts calls on a parenthesised expression', () => {
    for (const src of ['(f)()', '(f):m()', "(f)'s'", '(f){}', '(f).x = 1', '(f)[1] = 2']) expect(errorOf(src)).toBe('OK');
  });
});
