import { disassemble } from '@deegen/ir';
import { describe, expect, it } from 'vitest';
import { compileProgram } from '../src/index.js';
import { opcodeTable } from '../src/generated/opcodes.gen.js';
import { TFloat } from '../src/runtime/float.js';
import type { TernProto } from '../src/runtime/function.js';

function listing(p: TernProto): string {
  const show = (v: unknown) => (v instanceof TFloat ? `${v.v}f` : typeof v === 'string' ? JSON.stringify(v) : String(v));
  return disassemble(opcodeTable, p.code, p.consts, p.lines, show)
    .split('\n')
    .map((l) => l.split('\t').slice(2).join(' '))
    .join('\n');
}

describe('the Tern compiler', () => {
  it('reads plain locals in place and takes literals as constant operands', () => {
    const main = compileProgram('fn f(a) { let b = a + 1; return b * 2.5; }');
    expect(listing(main.protos[0])).toBe(['ADD_SK R1 R0 K0(1)', 'MUL_SK R2 R1 K1(2.5f)', 'RETURN 2', 'LOADNIL R1', 'RETURN 1'].join('\n'));
  });

  it('keeps captured variables in cells and closures reach them through captures', () => {
    const main = compileProgram('fn f(n) { return fn () { n = n + 1; return n; }; }');
    const outer = main.protos[0];
    expect(listing(outer).split('\n')[0]).toBe('NEWCELL R0 R0');
    expect(outer.protos[0].captures).toEqual([{ fromLocal: true, index: 0 }]);
    expect(listing(outer.protos[0]).split('\n').slice(0, 3)).toEqual(['GETCAPTURE R1 0', 'ADD_SK R0 R1 K0(1)', 'SETCAPTURE_S 0 R0']);
  });

  it('makes top-level declarations globals and leaves other names to run time', () => {
    const main = compileProgram('let x = 1;\nfn g() { return y; }');
    expect(listing(main)).toContain('DEFGLOBAL_K K0("x") K1(1)');
    expect(listing(main.protos[0])).toContain('GETGLOBAL R0 K0("y")');
  });

  it('records the source line of every instruction', () => {
    const main = compileProgram('let a = 1;\n\nprint(a);');
    const call = opcodeTable.variants.findIndex((v) => v.name === 'CALL');
    const at = Array.from(main.code).findIndex((w, i) => w === call && i > 0);
    expect(main.lines[at]).toBe(3);
  });

  it('rejects syntax errors with the line they are on', () => {
    expect(() => compileProgram('let a = 1;\nlet = 2;')).toThrow('line 2: syntax error: expected a name');
    expect(() => compileProgram('print("open);')).toThrow('line 1: syntax error: unfinished string');
  });
});
