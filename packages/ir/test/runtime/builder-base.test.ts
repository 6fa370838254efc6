import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { BuilderBase } from '../../src/runtime/builder-base.js';
import { writesRegister } from '../../src/runtime/opcode-table.js';
import type { VariantInfo } from '../../src/runtime/opcode-table.js';

class TwoOps extends BuilderBase {
  constructor() {
    super(new Int32Array([-1, 1, 2]));
  }
  /** variant 2: `BR cond target` (a conditional branch, its label second) */
  br(cond: number, target: number): number {
    const at = this.begin(2, 3);
    this.code[at + 1] = cond;
    this.code[at + 2] = target;
    return at;
  }
  /** variant 0: `NOP a`; variant 1: `JMP target` */
  nop(a: number): number {
    const at = this.begin(0, 2);
    this.code[at + 1] = a;
    return at;
  }
  jmp(target: number): number {
    const at = this.begin(1, 2);
    this.code[at + 1] = target;
    return at;
  }
}

describe('the builder base', () => {
  it('threads branches through jumps to the end of the chain, and leaves a jump to itself alone', () => {
    const b = new TwoOps();
    const br = b.br(7, 0); // 0
    const j1 = b.jmp(0); // 3
    const nop = b.nop(1); // 5
    const j2 = b.jmp(0); // 7
    const self = b.jmp(0); // 9
    const toSelf = b.br(8, 0); // 11
    b.setTarget(br, j1);
    b.setTarget(j1, j2);
    b.setTarget(j2, nop);
    b.setTarget(self, self);
    b.setTarget(toSelf, self);
    b.threadJumpsVia(1);
    expect(b.getTarget(br)).toBe(nop);
    expect(b.getTarget(j1)).toBe(nop);
    expect(b.getTarget(j2)).toBe(nop);
    expect(b.getTarget(self)).toBe(self);
    expect(b.getTarget(toSelf)).toBe(self);
    // Operands that are not labels are left as they are.
    expect(b.finish().code[br + 1]).toBe(7);
  });

  it('hands out a pool whose integral numbers are small integers, -0 and fractions as they were', () => {
    // The host's own view of representation, compiled after the flag is set (V8's %IsSmi).
    setFlagsFromString('--allow-natives-syntax');
    const isSmi = new Function('v', 'return %IsSmi(v)') as (v: unknown) => boolean;
    // Numbers as the front end may hand them over: an array of numbers, some fractional, holds
    // raw doubles, and a string joining them makes the host box every one, integers too.
    const values: unknown[] = [1000, 2.5, -0, 1 - 2 ** 31, 2 ** 31, -7];
    values.push('format');
    expect(isSmi(values[0])).toBe(false); // boxed: the test can tell
    const b = new TwoOps();
    for (const v of values) b.constant(v);
    const { consts } = b.finish();
    expect(consts).toHaveLength(values.length);
    for (let i = 0; i < values.length; i++) expect(Object.is(consts[i], values[i])).toBe(true);
    expect(isSmi(consts[0])).toBe(true);
    expect(isSmi(consts[3])).toBe(true);
    expect(isSmi(consts[5])).toBe(true);
    expect(isSmi(consts[1])).toBe(false);
    expect(isSmi(consts[2])).toBe(false); // -0 is no integer to the host
    expect(isSmi(consts[4])).toBe(false); // outside int32
    const holey = new Function('a', 'return %HasHoleyElements(a)') as (a: unknown) => boolean;
    expect(holey(new Array(2).fill(undefined))).toBe(true); // the test can tell
    expect(holey(consts)).toBe(false);
  });

  it('adds each constant once and shares one entry between 0 and -0, the first one added', () => {
    const b = new TwoOps();
    expect(b.constant(-0)).toBe(0);
    expect(b.constant('x')).toBe(1);
    expect(b.constant(0)).toBe(0);
    expect(b.constant('x')).toBe(1);
    expect(b.constant(1)).toBe(2);
    expect(Object.is(b.finish().consts[0], -0)).toBe(true);
  });

  it('records the current line for every word of an instruction and grows the code', () => {
    const b = new TwoOps();
    for (let i = 0; i < 100; i++) {
      b.line = i;
      b.nop(i);
    }
    const { code, lines } = b.finish();
    expect(code.length).toBe(200);
    expect(lines[198]).toBe(99);
    expect(lines[199]).toBe(99);
    expect(code[199]).toBe(99);
  });

  it('hands out the code as a packed array of small integers, negative words included', () => {
    setFlagsFromString('--allow-natives-syntax');
    const smiElements = new Function('a', 'return %HasSmiElements(a) && !%HasHoleyElements(a)') as (a: unknown) => boolean;
    expect(smiElements(new Int32Array(2))).toBe(false); // the test can tell
    const b = new TwoOps();
    for (let i = 0; i < 40; i++) b.nop(i % 2 === 0 ? i : -i);
    const { code } = b.finish();
    expect(Array.isArray(code)).toBe(true);
    expect(code).toHaveLength(80);
    expect(code[3]).toBe(-1);
    expect(smiElements(code)).toBe(true);
    // The inline-cache arrays: one undefined per code word, packed (reads check for no hole).
    const holey = new Function('a', 'return %HasHoleyElements(a)') as (a: unknown) => boolean;
    const { icKeys, icValues } = b.finish();
    expect(icKeys).toHaveLength(80);
    expect(icValues.every((v) => v === undefined)).toBe(true);
    expect(holey(icKeys) || holey(icValues)).toBe(false);
  });

  it('patches a forward label through the variant label offsets', () => {
    const b = new TwoOps();
    const j = b.jmp(-1);
    b.nop(7);
    b.setTarget(j, b.pc);
    expect(b.getTarget(j)).toBe(4);
    expect(() => b.setTarget(2, 0)).toThrow(/no label operand/);
  });
});

describe('register writes from the opcode table', () => {
  const v: VariantInfo = {
    id: 0, name: 'CALL', bytecode: 'CALL', summary: '', result: 'none', length: 3, labelOffset: -1, outOffset: -1,
    operands: [], writes: [{ offset: 1, add: 0, andAbove: true }], annotations: {}, caches: 0,
  };
  const self: VariantInfo = { ...v, name: 'SELF', writes: [{ offset: 1, add: 0, andAbove: false }, { offset: 1, add: 1, andAbove: false }] };
  const code = new Int32Array([0, 4, 0]);

  it('treats an andAbove write as writing every register from its base up', () => {
    expect(writesRegister(v, code, 0, 3)).toBe(false);
    expect(writesRegister(v, code, 0, 4)).toBe(true);
    expect(writesRegister(v, code, 0, 40)).toBe(true);
  });

  it('treats offset writes as exactly those registers', () => {
    expect(writesRegister(self, code, 0, 4)).toBe(true);
    expect(writesRegister(self, code, 0, 5)).toBe(true);
    expect(writesRegister(self, code, 0, 6)).toBe(false);
  });
});
