import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { disassemble } from '@deegen/ir';
import { BytecodeBuilder } from '../fixtures/calc/expected/builder.gen.js';
import { Op, opcodeTable } from '../fixtures/calc/expected/opcodes.gen.js';
import { Box } from '../fixtures/calc/runtime.js';

describe('the calc fixture', () => {
  it('uses every operand kind, terminal and intrinsic of the DSL in its semantics', () => {
    const dir = fileURLToPath(new URL('../fixtures/calc/semantics/', import.meta.url));
    const text = readdirSync(dir)
      .map((f) => readFileSync(dir + f, 'utf8'))
      .join('\n');
    const constructs = [
      ...['slot', 'constant', 'slotOrConstant', 'literal', 'range', 'out', 'label'],
      ...['ret', 'branch', 'throwError', 'call', 'callInPlace', 'tailCall', 'guestReturn', 'slowPath'],
      ...['getSlot', 'setSlot', 'getTop', 'setTop', 'argCount', 'varargs', 'setVarargs', 'currentFunction'],
      ...['thread', 'frameBase', 'returnValue', 'returnCount', 'storeReturns'],
    ];
    const unused = constructs.filter((c) => !new RegExp(`\\b${c}(<[^>]*>)?\\(`).test(text));
    expect(unused).toEqual([]);
    expect(new Set(opcodeTable.variants.map((v) => v.result))).toEqual(new Set(['none', 'value', 'branch']));
  });
});

describe('the generated calc builder', () => {
  it('picks the variant from the operands: -1-k is constant k, a specialised literal picks its own variant', () => {
    const b = new BytecodeBuilder();
    const k = b.constant('x');
    const add = b.ADD(0, 1, -1 - k);
    const eq = b.EQ(-1 - k, 2, 1, 0);
    const step = b.STEP(3, -1, 0);
    const { code } = b.finish();
    expect([code[add], code[add + 1], code[add + 2], code[add + 3]]).toEqual([Op.ADD_SK, 0, 1, k]);
    expect([code[eq], code[eq + 1], code[eq + 2], code[eq + 3]]).toEqual([Op.EQ_KS_1, k, 2, 1]);
    expect([code[step], code[step + 2]]).toEqual([Op.STEP_m1, -1]);
  });

  it('patches and reads label operands wherever the variant keeps them', () => {
    const b = new BytecodeBuilder();
    const jmp = b.JMP(0);
    const eq = b.EQ(0, 1, 0, 0);
    const lt = b.LT(0, 1, 0);
    b.setTarget(jmp, 11);
    b.setTarget(eq, 22);
    b.setTarget(lt, 33);
    expect([b.getTarget(jmp), b.getTarget(eq), b.getTarget(lt)]).toEqual([11, 22, 33]);
    const { code } = b.finish();
    expect([code[jmp + 1], code[eq + 4], code[lt + 3]]).toEqual([11, 22, 33]);
    const move = b.MOVE(0, 1);
    expect(() => b.setTarget(move, 0)).toThrow(`instruction at ${move} has no label operand`);
  });

  it('uses the generic variant for a literal value that has no specialised variant', () => {
    const b = new BytecodeBuilder();
    const step = b.STEP(0, 2, 0);
    const eq = b.EQ(0, 1, 2, 0);
    const { code } = b.finish();
    expect(opcodeTable.variants[code[step]].name).toBe('STEP');
    expect(opcodeTable.variants[code[eq]].name).toBe('EQ_SS');
  });

  it('writes code that the disassembler reads back with variant names, registers, constants and labels', () => {
    const b = new BytecodeBuilder();
    b.line = 7;
    const kBox = b.constant(new Box(3));
    const kName = b.constant('n');
    b.LOADK(0, kName);
    const eq = b.EQ(0, -1 - kBox, 0, 0);
    b.line = 8;
    b.CALLV(1, 0, -1 - kName);
    b.setTarget(eq, b.pc);
    b.RETURN(1, -1);
    const { code, consts, lines } = b.finish();
    const show = (v: unknown) => (v instanceof Box ? `box ${v.value}` : JSON.stringify(v));
    expect(disassemble(opcodeTable, code, consts, lines, show)).toBe(
      ['0\t[7]\tLOADK\tR0 K1("n")', '3\t[7]\tEQ_SK_0\tR0 K0(box 3) 0 ->12', '8\t[8]\tCALLV_K\tR1 R0 K1("n")', '12\t[8]\tRETURN\t1 -1'].join(
        '\n',
      ),
    );
  });
});
