import { describe, expect, it } from 'vitest';
import { Lexer } from '../../src/frontend/lexer.js';
import { T, tokenName } from '../../src/frontend/tokens.js';

/** Tokens of `src` as readable strings: names/strings/numbers with their values, the rest by name. */
function tokens(src: string): string[] {
  const lex = new Lexer(src, '=t');
  const out: string[] = [];
  for (;;) {
    lex.next();
    if (lex.tok === T.Eos) return out;
    if (lex.tok === T.Name) out.push(`name:${lex.str}`);
    else if (lex.tok === T.String) out.push(`str:${JSON.stringify(lex.str)}`);
    else if (lex.tok === T.Number) out.push(`num:${Object.is(lex.num, -0) ? '-0' : lex.num}`);
    else out.push(tokenName(lex.tok));
  }
}

function lines(src: string): number[] {
  const lex = new Lexer(src, '=t');
  const out: number[] = [];
  for (lex.next(); lex.tok !== T.Eos; lex.next()) out.push(lex.line);
  return out;
}

describe('lexer', () => {
  it('reads every reserved word', () => {
    const words =
      'and break do else elseif end false for function if in local nil not or repeat return then true until while';
    expect(tokens(words)).toEqual(words.split(' '));
  });

  it('reads every symbol', () => {
    expect(tokens('+ - * / % ^ # == ~= <= >= < > = ( ) { } [ ] ; : , . .. ...')).toEqual(
      '+ - * / % ^ # == ~= <= >= < > = ( ) { } [ ] ; : , . .. ...'.split(' '),
    );
  });

  it('reads names with underscores and digits', () => {
    expect(tokens('_a1 b_2 andx')).toEqual(['name:_a1', 'name:b_2', 'name:andx']);
  });

  it('converts numerals as lua5.1 does', () => {
    expect(tokens('3 3.0 3.1416 314.16e-2 0.31416E1 0xff 0x56 .5 3. 1e2 0X1e 0x1p4')).toEqual([
      'num:3', 'num:3', 'num:3.1416', 'num:3.1416', 'num:3.1416', 'num:255', 'num:86', 'num:0.5', 'num:3',
      'num:100', 'num:30', 'num:16',
    ]);
    expect(tokens('0xffffffffffffffffff')).toEqual([`num:${0xffffffffffffffffff}`]);
  });

  it('reads a minus sign as an operator, not part of the numeral', () => {
    expect(tokens('-1')).toEqual(['-', 'num:1']);
  });

  it('decodes every string escape', () => {
    expect(tokens(String.raw`"\a\b\f\n\r\t\v\\\"\'" '\q'`)).toEqual([
      'str:"\\u0007\\b\\f\\n\\r\\t\\u000b\\\\\\"\'"',
      'str:"q"',
    ]);
    expect(tokens(String.raw`"\65\066\0677\0\255"`)).toEqual([`str:${JSON.stringify('AB' + 'C7' + '\0\xff')}`]);
    expect(tokens('"a\\\nb" "c\\\r\nd"')).toEqual(['str:"a\\nb"', 'str:"c\\nd"']);
  });

  it('keeps bytes above 127 in strings unchanged', () => {
    expect(tokens('"\xe9\xff"')).toEqual([`str:${JSON.stringify('\xe9\xff')}`]);
  });

  it('reads long strings of every level, skipping a first newline', () => {
    expect(tokens('[[abc]] [==[a]]b]=]c]==] [[\nx\r\ny]]')).toEqual([
      'str:"abc"', 'str:"a]]b]=]c"', 'str:"x\\ny"',
    ]);
    expect(tokens('[=[\n\n]=]')).toEqual(['str:"\\n"']);
  });

  it('skips short and long comments', () => {
    expect(tokens('a -- comment\nb --[[ long\ncomment ]] c --[==[ ]] ]==] d --[ not long\ne')).toEqual([
      'name:a', 'name:b', 'name:c', 'name:d', 'name:e',
    ]);
  });

  it('counts \\n, \\r, \\r\\n and \\n\\r as one line each', () => {
    expect(lines('a\nb\rc\r\nd\n\re\n\nf')).toEqual([1, 2, 3, 4, 5, 7]);
    expect(lines('a [[x\ny\r\nz]] b --[[\n\n]] c')).toEqual([1, 3, 3, 5]);
  });

  it('skips a first line starting with #', () => {
    expect(tokens('#!/usr/bin/env lua\nx')).toEqual(['name:x']);
    expect(lines('#!/usr/bin/env lua\nx')).toEqual([2]);
  });

  it('reads other bytes as single-character tokens', () => {
    expect(tokens('@ $')).toEqual(['@', '$']);
    expect(tokenName(1)).toBe('char(1)');
  });
});
