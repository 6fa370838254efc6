import { describe, expect, it } from 'vitest';
import { HOLE_BRANCH, HOLE_CONSTANT, HOLE_NEXT, HOLE_PC, HOLE_REGISTER, HOLE_RELOAD, HOLE_RELOAD_FROM, HOLE_SPILL, HOLE_SPILL_RETURN, canCompile, compileStitched, numberLiteral, stencilCompiler, stitchSource, stitchedSize } from '../src/index.js';
import type { StencilSet } from '../src/index.js';

// A two-instruction language, written by hand for the stitcher alone (real stencils come from
// `pnpm gen`): op 0 = ADDK reg, k (reg += K[k]); op 1 = LOOP reg, n, target (reg < n: goto target);
// op 2 = DONE (leaves the frame, like a return). Registers live in $stack, as in generated code.
const set: StencilSet = {
  bindingNames: ['record'],
  stencils: [
    { name: 'ADDK', length: 3, uses: [], holes: [1, 1, 2, HOLE_NEXT, HOLE_PC], parts: ['$stack[$base + ', '] = $stack[$base + ', '] + $k[', '];\n$pc = ', ';\nbreak i', ';'] },
    {
      name: 'LOOP',
      length: 4,
      uses: [],
      holes: [1, 2, 3, HOLE_NEXT, HOLE_PC],
      parts: ['if ($stack[$base + ', '] < ', ') { $pc = ', '; if (--$ticks < 0) { $frame.pc = $pc; $t.ticked = true; return; } continue dispatch; }\n$pc = ', ';\nbreak i', ';'],
    },
    { name: 'DONE', length: 1, uses: [0], holes: [HOLE_PC], parts: ['record(', '); $frame.pc = -1; return;'] },
  ],
};

function frameFor(code: Int32Array, consts: unknown[], stack: unknown[], pc = 0) {
  const frame = { base: 0, pc, callee: null, proto: { consts, icKeys: [], icValues: [], code } };
  return { frame, stack, ticked: false };
}

describe('the stitcher', () => {
  const code = new Int32Array([0, 0, 0, /* 3: */ 1, 0, 10, 0, /* 7: */ 2]);

  it('fills every hole with a number from the code and lays out one case per instruction', () => {
    const src = stitchSource(set, code, { tick: 100 });
    expect(src).toContain('case 0: i0: {');
    expect(src).toContain('case 3: i3: {');
    expect(src).toContain('case 7: i7: {');
    expect(src).toContain('$stack[$base + 0] = $stack[$base + 0] + $k[0];');
    expect(src).toContain('if ($stack[$base + 0] < 10) { $pc = 0;');
    expect(src).not.toMatch(/undefined|NaN/);
  });

  it('unpacks only the bindings its stencils name', () => {
    const withDone = stitchSource({ ...set, bindingNames: ['record', 'unused'] }, code, { tick: 1 });
    expect(withDone).toMatch(/^var \{ record \} = \$rt;/);
    const withoutDone = stitchSource(set, new Int32Array([0, 0, 0]), { tick: 1 });
    expect(withoutDone).toMatch(/^var \{  \} = \$rt;/);
  });

  it('compiles to a function that runs the frame from its pc, as an interpreter would', () => {
    const seen: number[] = [];
    const run = compileStitched(stitchSource(set, code, { tick: 100 }), { record: (pc: number) => seen.push(pc) });
    const t = frameFor(code, [3], [0]);
    run(t as never);
    expect(t.stack[0]).toBe(12);
    expect(seen).toEqual([7]);
    // Entering in the middle (on-stack replacement is an ordinary call at the frame's pc).
    const u = frameFor(code, [3], [5], 3);
    run(u as never);
    expect(u.stack[0]).toBe(11);
  });

  it('returns to its caller when its ticks run out, with the pc saved to resume from', () => {
    const run = compileStitched(stitchSource(set, code, { tick: 2 }), { record: () => {} });
    const t = frameFor(code, [1], [0]);
    run(t as never);
    expect(t.ticked).toBe(true);
    expect(t.stack[0]).toBe(3);
    expect(t.frame.pc).toBe(0);
  });

  it('puts only numbers into the source: constants stay in the pool, whatever they hold', () => {
    const evil = "'); process.exit(1); ('";
    const src = stitchSource(set, code, { tick: 100 });
    const t = frameFor(code, [evil], ['']);
    const run = compileStitched(src, { record: () => {} });
    expect(() => run(t as never)).not.toThrow();
    expect(src).not.toContain('process');
  });

  describe('constants (HOLE_CONSTANT)', () => {
    // ADDK with its constant as a constant hole, as `pnpm gen` writes `$k[<operand>]`.
    const addk = { ...set.stencils[0], holes: [1, 1, HOLE_CONSTANT + 2, HOLE_NEXT, HOLE_PC], parts: ['$stack[$base + ', '] = $stack[$base + ', '] + ', ';\n$pc = ', ';\nbreak i', ';'] };
    const withConstants: StencilSet = { ...set, stencils: [addk, set.stencils[1], set.stencils[2]] };
    const three = new Int32Array([0, 0, 0, 0, 0, 1, 0, 0, 2, /* 9: */ 2]);

    it('writes the numbers of a pool it is given as literals, and reads everything else from the pool', () => {
      const consts = [-1.5, 'x', 2];
      const src = stitchSource(withConstants, three, { tick: 100, constants: consts });
      expect(src).toContain('$stack[$base + 0] = $stack[$base + 0] + (-1.5);');
      expect(src).toContain('$stack[$base + 0] = $stack[$base + 0] + $k[1];');
      expect(src).toContain('$stack[$base + 0] = $stack[$base + 0] + 2;');
      const run = compileStitched(src, { record: () => {} });
      const t = frameFor(three, consts, [10]);
      run(t as never);
      expect(t.stack[0]).toBe('8.5x2');
    });

    it('reads every constant from the pool without one', () => {
      const src = stitchSource(withConstants, three, { tick: 100 });
      expect(src).toContain('+ $k[0];');
      expect(src).toContain('+ $k[2];');
    });

    it('gives each number a literal that reads back as the same number', () => {
      const values = [0, -0, 1, -1, 0.1, -2.5e-300, 5e-324, 1e21, -1e21, 2 ** 53 + 2, Number.MAX_VALUE, Infinity, -Infinity, NaN];
      for (const v of values) {
        const text = numberLiteral(v);
        expect(text).toMatch(/^[-+0-9.e()/]+$/);
        expect(Object.is(new Function(`return 3-${text};`)(), 3 - v)).toBe(true);
        expect(Object.is(new Function(`return ${text};`)(), v)).toBe(true);
      }
    });
  });

  it('leaves the failing instruction pc in the frame when compiled code throws', () => {
    const thrower: StencilSet = {
      bindingNames: [],
      stencils: [set.stencils[0], set.stencils[1], { name: 'FAIL', length: 1, uses: [], holes: [], parts: ['throw new Error("boom");'] }],
    };
    const run = compileStitched(stitchSource(thrower, code, { tick: 100 }), {});
    const t = frameFor(code, [1], [0]);
    expect(() => run(t as never)).toThrow('boom');
    expect(t.frame.pc).toBe(7);
    expect(t.stack[0]).toBe(10);
  });

  // The same language with its register as a local (HOLE_REGISTER + 100 k + c: operand k, offset
  // c), as promote-registers.ts makes stencils; DONE writes the locals back (HOLE_SPILL) before
  // `record` looks at the array, and reloads them (HOLE_RELOAD) after, since record may change it.
  const reg = (k: number, c = 0): number => HOLE_REGISTER + 100 * k + c;
  const local: StencilSet = {
    bindingNames: ['record'],
    stencils: [
      { name: 'ADDK', length: 3, uses: [], holes: [reg(1), reg(1), 2, HOLE_NEXT, HOLE_PC], parts: ['', ' = ', ' + $k[', '];\n$pc = ', ';\nbreak i', ';'] },
      {
        name: 'LOOP',
        length: 4,
        uses: [],
        holes: [reg(1), 2, 3, HOLE_NEXT, HOLE_PC],
        parts: ['if (', ' < ', ') { $pc = ', '; if (--$ticks < 0) break $tick; continue dispatch; }\n$pc = ', ';\nbreak i', ';'],
      },
      { name: 'DONE', length: 1, uses: [0], holes: [HOLE_SPILL, HOLE_PC, HOLE_RELOAD], parts: ['', ' record(', ', $stack); ', ' $frame.pc = -1; break $leave;'] },
    ],
  };

  it('keeps registers in JS locals, read at entry and written back wherever the frame is observed', () => {
    const src = stitchSource(local, code, { tick: 100, registers: 1 });
    expect(src).toContain('let $R0 = $stack[$base + 0];');
    expect(src).toContain('$R0 = $R0 + $k[0];');
    let observed: unknown;
    const run = compileStitched(src, { record: (_pc: number, stack: unknown[]) => { observed = stack[0]; stack[0] = 100; } });
    const t = frameFor(code, [3], [0]);
    run(t as never);
    expect(observed).toBe(12); // written back before record ran
    expect(t.stack[0]).toBe(100); // record's change reloaded, then written back on leaving
    // At the end of a tick the locals are written back too.
    const u = frameFor(code, [1], [0]);
    compileStitched(stitchSource(local, code, { tick: 2, registers: 1 }), { record: () => {} })(u as never);
    expect(u.ticked).toBe(true);
    expect(u.stack[0]).toBe(3);
  });

  it('tells the thread how many instructions its tick stands for, when the language estimates it', () => {
    const t = { ...frameFor(code, [1], [0]), tickCost: 0 };
    compileStitched(stitchSource(local, code, { tick: 2, tickCost: 2 * 7, registers: 1 }), { record: () => {} })(t as never);
    expect(t.ticked).toBe(true);
    expect(t.tickCost).toBe(14);
    const u = { ...frameFor(code, [1], [0]), tickCost: 0 };
    compileStitched(stitchSource(local, code, { tick: 2, registers: 1 }), { record: () => {} })(u as never);
    expect(u.tickCost).toBe(0);
  });

  it('writes back only the registers a return hands over', () => {
    const partial: StencilSet = {
      bindingNames: [],
      stencils: [{ name: 'RET', length: 3, uses: [], holes: [reg(1, 4), HOLE_SPILL_RETURN + 100 * 1 + 2], parts: ['', ' = 0;', ' ret();'] }],
    };
    // RET 1, 2 (registers 1 and 2), then RET 3, -1 (3 on, to the last local).
    const src = stitchSource(partial, new Int32Array([0, 1, 2, 0, 3, -1]), { tick: 100, registers: 8 });
    expect(src).toContain('$R5 = 0;$S[$B+1]=$R1;$S[$B+2]=$R2; ret();');
    expect(src).toContain('$R7 = 0;$S[$B+3]=$R3;$S[$B+4]=$R4;$S[$B+5]=$R5;$S[$B+6]=$R6;$S[$B+7]=$R7; ret();');
  });

  // Write-backs of only the locals that changed, from each stencil's `flow`: SETK a, k (R(a) :=
  // K(k)), INC a, OBSERVE (record looks at the array; clean after, as it reloads), LOOP a, n, target
  // (R(a) < n: goto target), DONE.
  const flowed: StencilSet = {
    bindingNames: ['record'],
    stencils: [
      { name: 'SETK', length: 3, uses: [], holes: [reg(1), 2, HOLE_NEXT, HOLE_PC], parts: ['', ' = $k[', '];\n$pc = ', ';\nbreak i', ';'], flow: { writes: [reg(1)], targets: [], clean: false, falls: true } },
      { name: 'INC', length: 2, uses: [], holes: [reg(1), reg(1), HOLE_NEXT, HOLE_PC], parts: ['', ' = ', ' + 1;\n$pc = ', ';\nbreak i', ';'], flow: { writes: [reg(1)], targets: [], clean: false, falls: true } },
      { name: 'OBSERVE', length: 1, uses: [0], holes: [HOLE_SPILL, HOLE_PC, HOLE_RELOAD, HOLE_NEXT, HOLE_PC], parts: ['', ' record(', ', $stack); ', ' $pc = ', ';\nbreak i', ';'], flow: { writes: [], targets: [], clean: true, falls: true } },
      {
        name: 'LOOP',
        length: 4,
        uses: [],
        holes: [reg(1), 2, 3, HOLE_NEXT, HOLE_PC],
        parts: ['if (', ' < ', ') { $pc = ', '; if (--$ticks < 0) break $tick; continue dispatch; }\n$pc = ', ';\nbreak i', ';'],
        flow: { writes: [], targets: [3], clean: false, falls: true },
      },
      { name: 'DONE', length: 1, uses: [], holes: [], parts: ['break $leave;'], flow: { writes: [], targets: [], clean: false, falls: false } },
    ],
  };
  // 0: SETK 0, 0; 3: OBSERVE; 4: SETK 1, 0; 7: INC 2; 9: OBSERVE; 10: INC 3; 12: LOOP 3, 3, 9; 16: DONE
  const flowCode = new Int32Array([0, 0, 0, 2, 0, 1, 0, 1, 2, 2, 1, 3, 3, 3, 3, 9, 4]);

  it('writes back only the locals written since the last reload, along fall-through and branches', () => {
    const src = stitchSource(flowed, flowCode, { tick: 100, registers: 4 });
    const at = (pc: number): string => src.slice(src.indexOf(`case ${pc}: i${pc}: {`), src.indexOf('record(', src.indexOf(`case ${pc}: i${pc}: {`)));
    expect(at(3)).toContain('$S[$B+0]=$R0; ');
    expect(at(3)).not.toMatch(/\$S\[\$B\+[123]\]/);
    // At 9: R1 and R2 from the straight line, R3 from the loop's back edge; R0 was written back at 3.
    expect(at(9)).toContain('$S[$B+1]=$R1;$S[$B+2]=$R2;$S[$B+3]=$R3; ');
    expect(at(9)).not.toContain('$S[$B+0]');
    const seen: unknown[][] = [];
    const run = compileStitched(src, { record: (_pc: number, stack: unknown[]) => seen.push(stack.slice(0, 4)) });
    const t = frameFor(flowCode, [5], [0, 0, 0, 0]);
    run(t as never);
    expect(seen).toEqual([[5, 0, 0, 0], [5, 5, 1, 0], [5, 5, 1, 1], [5, 5, 1, 2]]);
    expect(t.stack).toEqual([5, 5, 1, 3]);
    // A stencil set without flow writes everything back, as before.
    const plain = stitchSource({ ...flowed, stencils: flowed.stencils.map(({ flow: _, ...s }) => s) }, flowCode, { tick: 100, registers: 4 });
    expect(plain).toContain('$S[$B+0]=$R0;$S[$B+1]=$R1;$S[$B+2]=$R2;$S[$B+3]=$R3; record(3');
  });

  // The structured layout. Registers in locals, branches as HOLE_BRANCH holes, every stencil
  // with its flow: SETK a, k; ADD a, b (R(a) += R(b)); LT a, n, target (R(a) < n: goto target);
  // JMP target; NOTE (a guest call in miniature: writes back, lets `record` look and change the
  // array, reloads; compiled code may be entered again after it); DONE.
  const br = (k: number): number => HOLE_BRANCH + k;
  const structured: StencilSet = {
    bindingNames: ['record'],
    stencils: [
      { name: 'SETK', length: 3, uses: [], holes: [reg(1), 2, HOLE_NEXT, HOLE_PC], parts: ['', ' = $k[', '];\n$pc = ', ';\nbreak i', ';'], flow: { writes: [reg(1)], targets: [], clean: false, falls: true } },
      { name: 'ADD', length: 3, uses: [], holes: [reg(1), reg(1), reg(2), HOLE_NEXT, HOLE_PC], parts: ['', ' = ', ' + ', ';\n$pc = ', ';\nbreak i', ';'], flow: { writes: [reg(1)], targets: [], clean: false, falls: true } },
      { name: 'LT', length: 4, uses: [], holes: [reg(1), 2, br(3), HOLE_NEXT, HOLE_PC], parts: ['if (', ' < ', ') {\n', '\n}\n$pc = ', ';\nbreak i', ';'], flow: { writes: [], targets: [3], clean: false, falls: true } },
      { name: 'JMP', length: 2, uses: [], holes: [br(1)], parts: ['', ''], flow: { writes: [], targets: [1], clean: false, falls: false } },
      { name: 'NOTE', length: 1, uses: [0], holes: [HOLE_SPILL, HOLE_PC, HOLE_RELOAD, HOLE_NEXT, HOLE_PC], parts: ['', ' record(', ', $stack); ', ' $pc = ', ';\nbreak i', ';'], flow: { writes: [], targets: [], clean: true, falls: true, calls: true } },
      { name: 'DONE', length: 1, uses: [], holes: [], parts: ['$frame.pc = -1; break $leave;'], flow: { writes: [], targets: [], clean: false, falls: false } },
    ],
  };
  const [SETK, ADD, LT, JMP, NOTE, DONE] = [0, 1, 2, 3, 4, 5];
  /** The same instructions run one at a time on the array, as the interpreter would (Thread.stepInterpreted). */
  const interpret = (code: Int32Array, consts: number[], stack: number[], frame: { pc: number }, record: (pc: number, stack: number[]) => void): boolean => {
    const pc = frame.pc;
    switch (code[pc]) {
      case SETK: stack[code[pc + 1]] = consts[code[pc + 2]]; frame.pc = pc + 3; return false;
      case ADD: stack[code[pc + 1]] += stack[code[pc + 2]]; frame.pc = pc + 3; return false;
      case LT: frame.pc = stack[code[pc + 1]] < code[pc + 2] ? code[pc + 3] : pc + 4; return false;
      case JMP: frame.pc = code[pc + 1]; return false;
      case NOTE: record(pc, stack); frame.pc = pc + 1; return false;
      default: frame.pc = -1; return true;
    }
  };
  // 0: R0 = 0; 3: R1 = 0; 6: R2 = 1; 9: JMP 18; 11: R1 += R2; 14: NOTE; 15: R0 += R1; 18: R1 < 5: goto 11; 22: DONE
  const loopCode = new Int32Array([SETK, 0, 0, SETK, 1, 0, SETK, 2, 1, JMP, 18, ADD, 1, 2, NOTE, ADD, 0, 1, LT, 1, 5, 11, DONE]);
  const threadFor = (code: Int32Array, stack: number[], pc: number, consts: number[], record: (pc: number, stack: number[]) => void, stepped: number[]) => {
    const t = {
      ...frameFor(code, consts, stack, pc),
      stepInterpreted(frame: { pc: number }): boolean {
        stepped.push(frame.pc);
        return interpret(code, consts, stack, frame, record);
      },
    };
    return t;
  };

  it('lays out reducible code as labelled blocks and loops, entered at pc 0, loop heads and after calls', () => {
    const src = stitchSource(structured, loopCode, { tick: 100, registers: 3 });
    expect(src).not.toContain('continue dispatch');
    expect(src).toContain('L18: for (;;) {');
    // The rotated loop: entered by a forward branch to its test, which branches back to the body;
    // the way in writes back what the code before the loop wrote, so the call inside the loop
    // (NOTE) writes back only what the loop writes (R0, R1), not R2.
    expect(src).toContain('$pc = 18;\n$S[$B+0]=$R0;$S[$B+1]=$R1;$S[$B+2]=$R2;break B18;');
    expect(src).toMatch(/\$S\[\$B\+0\]=\$R0;\$S\[\$B\+1\]=\$R1; record\(14/);
    expect(src).toMatch(/\$pc = 11;\nbreak B11;/);
    // The way back to the head counts a tick; the fall-through of the body's last block too.
    expect(src).toContain('$pc = 18;\nif (--$ticks < 0)\nbreak $tick;\ncontinue L18;');
    expect(src.match(/^case \d+: \$en = -?\d+; break;$/gm)).toEqual(['case 0: $en = -1; break;', 'case 18: $en = 1; break;', 'case 15: $en = 2; break;']);
    const notes: number[] = [];
    const run = compileStitched(src, { record: (_pc: number, stack: number[]) => notes.push(stack[0]) });
    const stepped: number[] = [];
    const t = threadFor(loopCode, [0, 0, 0], 0, [0, 1], () => {}, stepped);
    run(t as never);
    expect(t.stack).toEqual([15, 5, 1]);
    expect(notes).toEqual([0, 1, 3, 6, 10]);
    expect(stepped).toEqual([]);
  });

  it('reloads after a call only the registers from the call base on and the shared ones (HOLE_RELOAD_FROM)', () => {
    // CALLR a: a call in miniature whose callee may write registers from R(a) on, and registers
    // closures captured; `record` plays the callee and writes R0, R1 and R2.
    const calls: StencilSet = {
      bindingNames: ['record'],
      stencils: [
        ...structured.stencils,
        {
          name: 'CALLR',
          length: 2,
          uses: [0],
          holes: [HOLE_SPILL, HOLE_PC, HOLE_RELOAD_FROM + 10000 + 100 * 1 + 0, HOLE_NEXT, HOLE_PC],
          parts: ['', ' record(', ', $stack); ', ' $pc = ', ';\nbreak i', ';'],
          flow: { writes: [], targets: [], clean: true, falls: true, calls: true },
        },
      ],
    };
    const CALLR = structured.stencils.length;
    // R0 = 1; R1 = 1; R2 = 1; CALLR 2; R0 += R1; R0 += R2; DONE
    const callCode = new Int32Array([SETK, 0, 0, SETK, 1, 0, SETK, 2, 0, CALLR, 2, ADD, 0, 1, ADD, 0, 2, DONE]);
    const record = (_pc: number, stack: number[]): void => {
      stack[0] = 100;
      stack[1] = 10;
      stack[2] = 1000;
    };
    const run = (shared: number[] | undefined): number[] => {
      const src = stitchSource(calls, callCode, { tick: 100, registers: 3, shared });
      const t = threadFor(callCode, [0, 0, 0], 0, [1], record, []);
      compileStitched(src, { record })(t as never);
      return t.stack as number[];
    };
    const src = stitchSource(calls, callCode, { tick: 100, registers: 3, shared: [0] });
    expect(src).toMatch(/record\(9, \$stack\); \$R0=\$S\[\$B\+0\];\$R2=\$S\[\$B\+2\]; \$pc = 11;/);
    // R1 is below the call base and not shared: the callee's write to it is not seen (by
    // contract, nothing writes such a register during a call), and the local goes back at the end.
    expect(run([0])).toEqual([1101, 1, 1000]);
    expect(run([])).toEqual([1002, 1, 1000]);
    // Without the shared set, every register counts as shared.
    expect(run(undefined)).toEqual([1110, 10, 1000]);
  });

  it('enters structured code at any pc, running instructions in the interpreter until an entry', () => {
    const src = stitchSource(structured, loopCode, { tick: 100, registers: 3 });
    // The interpreter's run, with the state at each instruction it reaches (the first time).
    const states = new Map<number, number[]>();
    const stack = [0, 0, 0];
    const frame = { pc: 0 };
    while (frame.pc >= 0) {
      if (!states.has(frame.pc)) states.set(frame.pc, stack.slice());
      interpret(loopCode, [0, 1], stack, frame, () => {});
    }
    expect(states.size).toBe(9);
    for (const [pc, state] of states) {
      const stepped: number[] = [];
      const t = threadFor(loopCode, state.slice(), pc, [0, 1], () => {}, stepped);
      compileStitched(src, { record: () => {} })(t as never);
      expect([pc, t.stack]).toEqual([pc, stack]);
      // Entries run compiled at once; other pcs step to the next entry (a loop head or a call's continuation).
      if ([0, 15, 18].includes(pc)) expect(stepped).toEqual([]);
      else expect(stepped.length).toBeGreaterThan(0);
      expect(stepped.every((p) => ![0, 15, 18].includes(p))).toBe(true);
    }
  });

  it('hands an entry elsewhere to its resume function, and steps only when that declines', () => {
    const src = stitchSource(structured, loopCode, { tick: 100, registers: 3 });
    const resumed: number[] = [];
    const t = threadFor(loopCode, [0, 0, 1], 11, [0, 1], () => {}, []);
    // The resume function (a dispatch-layout twin, in stencilCompiler) runs the frame on from its pc.
    const twin = compileStitched(stitchSource(structured, loopCode, { tick: 100, registers: 3, layout: 'dispatch' }), { record: () => {} });
    compileStitched(src, { record: () => {} }, (u: never) => {
      resumed.push((u as { frame: { pc: number } }).frame.pc);
      twin(u);
      return true;
    })(t as never);
    expect(resumed).toEqual([11]);
    expect(t.stack).toEqual([15, 5, 1]);
    // An error thrown in the resumed code keeps the pc that code saved.
    const u = threadFor(loopCode, [0, 0, 1], 11, [0, 1], () => {}, []);
    const run = compileStitched(src, { record: () => {} }, (v: never) => {
      (v as { frame: { pc: number } }).frame.pc = 15;
      throw new Error('in the twin');
    });
    expect(() => run(u as never)).toThrow('in the twin');
    expect(u.frame.pc).toBe(15);
    // Declined: the interpreter steps to the next entry (a call's continuation at 15).
    const stepped: number[] = [];
    const w = threadFor(loopCode, [0, 0, 1], 11, [0, 1], () => {}, stepped);
    compileStitched(src, { record: () => {} }, () => false)(w as never);
    expect(stepped).toEqual([11, 14]);
    expect(w.stack).toEqual([15, 5, 1]);
  });

  it('ends a tick only on the way back to a loop head, and resumes there', () => {
    const src = stitchSource(structured, loopCode, { tick: 2, loopTickCost: 40, tickCost: 10, registers: 3 });
    const run = compileStitched(src, { record: () => {} });
    const t = { ...threadFor(loopCode, [0, 0, 0], 0, [0, 1], () => {}, []), tickCost: 0 };
    let ticks = 0;
    for (;;) {
      t.ticked = false;
      run(t as never);
      if (!t.ticked) break;
      ticks++;
      expect(t.frame.pc).toBe(18);
      expect(t.tickCost).toBe(40);
    }
    expect(ticks).toBe(1);
    expect(t.stack).toEqual([15, 5, 1]);
  });

  describe('typed entries', () => {
    // ADD as `pnpm gen` describes it: the register it writes may be a number (flow.numbers).
    const numeric: StencilSet = {
      ...structured,
      stencils: structured.stencils.map((s) => (s.name === 'ADD' ? { ...s, flow: { ...s.flow!, numbers: [reg(1)] } } : s)),
    };
    const hop = (src: string): string => /B18: \{ if \(\(\(\$en - 1\) >>> 0\) <= 1\) \{ (.*)break B18; \}/.exec(src)?.[1] ?? '';

    it('converts, on the way into a loop, the registers the loop may write numbers to', () => {
      const src = stitchSource(numeric, loopCode, { tick: 100, registers: 3 });
      // R0 and R1 (written by ADD in the loop), not R2 (only read there).
      expect(hop(src)).toBe("$R0=typeof $R0==='number'?+$R0:$untyped($R0);$R1=typeof $R1==='number'?+$R1:$untyped($R1);");
      expect(src).toContain('function $untyped(v) { return v; }');
      // Not without the hint, nor when asked not to.
      expect(hop(stitchSource(structured, loopCode, { tick: 100, registers: 3 }))).toBe('');
      expect(stitchSource(numeric, loopCode, { tick: 100, registers: 3, typedEntries: false })).not.toContain('$untyped');
    });

    it('leaves every value as it is: entries with non-numbers in those registers run as the interpreter does', () => {
      const src = stitchSource(numeric, loopCode, { tick: 100, registers: 3 });
      const run = compileStitched(src, { record: () => {} });
      // A string that reads as a number stays a string (`+` would make R0 += R1 an addition);
      // -0 and NaN stay what they are.
      for (const [pc, state] of [
        [18, ['7', 0, 1]],
        [15, ['7', '1', 1]],
        [18, [-0, 5, 1]],
        [18, [NaN, 0, 1]],
        [18, [null, 4, 1]],
      ] as [number, unknown[]][]) {
        const want = state.slice() as number[];
        const frame = { pc };
        while (frame.pc >= 0) interpret(loopCode, [0, 1], want, frame, () => {});
        const t = threadFor(loopCode, state.slice() as number[], pc, [0, 1], () => {}, []);
        for (let i = 0; i < 3; i++) run(t as never);
        expect([pc, state, t.stack]).toEqual([pc, state, want]);
        expect(Object.is(t.stack[0], want[0])).toBe(true);
      }
    });

    it('are the first thing dropped from a function over the size limit', () => {
      const typed = stitchedSize(stitchSource(numeric, loopCode, { tick: 100, registers: 3, id: 0 }));
      const plain = stitchedSize(stitchSource(numeric, loopCode, { tick: 100, registers: 3, id: 0, typedEntries: false }));
      expect(typed).toBeGreaterThan(plain);
      for (const [maxSize, converted] of [[typed, true], [plain, false]] as const) {
        const dumps: string[] = [];
        const stats = { words: 0, stitchMs: 0, compileMs: 0, tooLarge: 0, structured: 0, twins: 0, split: 0, parts: 0, notes: [] };
        const compile = stencilCompiler(numeric, { record: () => {} }, { tick: 100, maxSize, dump: (_p, source) => dumps.push(source) });
        const run = compile({ code: loopCode, frameSize: 3 } as never, stats as never);
        expect(run).not.toBeNull();
        expect([maxSize, dumps[0].includes('$untyped')]).toEqual([maxSize, converted]);
        const t = threadFor(loopCode, [0, 0, 0], 0, [0, 1], () => {}, []);
        run!(t as never);
        expect(t.stack).toEqual([15, 5, 1]);
      }
    });
  });

  it('compiles a function too large whole in parts, its loops apart, handing control between them and the interpreter', () => {
    // R0 counts the inner loop's iterations (3 per outer one, 4 outer ones).
    // 0: R0 = 0; 3: R1 = 0; 6: R3 = 1; 9: JMP 29; 11: R2 = 0; 14: JMP 22; 16: R0 += R3; 19: R2 += R3;
    // 22: R2 < 3: goto 16; 26: R1 += R3; 29: R1 < 4: goto 11; 33: NOTE; 34: DONE
    const nested = new Int32Array([SETK, 0, 0, SETK, 1, 0, SETK, 3, 1, JMP, 29, SETK, 2, 0, JMP, 22, ADD, 0, 3, ADD, 2, 3, LT, 2, 3, 16, ADD, 1, 3, LT, 1, 4, 11, NOTE, DONE]);
    const whole = stitchedSize(stitchSource(structured, nested, { tick: 100, registers: 4, id: 0 }));
    const splits = new Set<string>();
    for (let maxSize = whole; maxSize > 1000; maxSize -= 150) {
      const stats = { words: 0, stitchMs: 0, compileMs: 0, tooLarge: 0, structured: 0, twins: 0, split: 0, parts: 0, notes: [] };
      const notes: number[][] = [];
      const compile = stencilCompiler(structured, { record: (_pc: number, stack: number[]) => notes.push(stack.slice(0, 4)) }, { tick: 100, maxSize, split: true });
      const run = compile({ code: nested, frameSize: 4 } as never, stats as never);
      if (run === null) break;
      splits.add(`${stats.split}/${stats.parts}/${stats.notes.map((n: { interpretedWords: number }) => n.interpretedWords).join()}`);
      // The interpreter's loop: compiled code where there is some, one instruction at a time elsewhere.
      const stepped: number[] = [];
      const t = { ...threadFor(nested, [0, 0, 0, 0], 0, [0, 1], () => {}, stepped), tickCost: 0 };
      let interpreted = 0;
      while (t.frame.pc >= 0) {
        t.ticked = false;
        if (run(t as never) === false) {
          interpreted++;
          interpret(nested, [0, 1], t.stack as number[], t.frame, (_pc, stack) => notes.push(stack.slice(0, 4)));
        }
      }
      expect([maxSize, t.stack, notes]).toEqual([maxSize, [12, 4, 3, 1], [[12, 4, 3, 1]]]);
      if (stats.split === 0) expect(interpreted).toBe(0);
    }
    // Whole; the outer loop apart (the inner one in it); both loops apart; and the code around
    // them left to the interpreter, as the limit falls.
    expect(splits.size).toBeGreaterThanOrEqual(3);
    expect([...splits][0]).toBe('0/0/');
  });

  it('names each compiled function $compiled<n>, numbered in order of compilation, and dumps it under that name', () => {
    const dumps: string[] = [];
    const compile = stencilCompiler(set, { record: () => {} }, { tick: 100, dump: (_p, source) => dumps.push(source) });
    const stats = { words: 0, stitchMs: 0, compileMs: 0, tooLarge: 0, structured: 0, twins: 0, split: 0, parts: 0, notes: [] };
    const first = compile({ code, frameSize: 1 } as never, stats as never);
    const second = compile({ code, frameSize: 1 } as never, stats as never);
    expect([first?.name, second?.name]).toEqual(['$compiled0', '$compiled1']);
    expect(dumps.map((d) => /return function (\$compiled\d*)\(/.exec(d)?.[1])).toEqual(['$compiled0', '$compiled1']);
    // Without an id (stitchSource alone), the plain name.
    expect(stitchSource(set, code, { tick: 100 })).toContain('return function $compiled($t) {');
  });

  it('keeps the dispatch loop for irreducible code, and when asked', () => {
    // 0: R2 = 1; 3: R0 < 1: goto 12; 7: R1 += R2; 10: JMP 12; 12: R1 += R2; 15: R1 < 10: goto 7; 19: DONE
    // (the cycle 7 -> 12 -> 7 is entered at both ends).
    const code = new Int32Array([SETK, 2, 0, LT, 0, 1, 12, ADD, 1, 2, JMP, 12, ADD, 1, 2, LT, 1, 10, 7, DONE]);
    const src = stitchSource(structured, code, { tick: 100, registers: 3 });
    expect(src).toContain('continue dispatch');
    expect(src).toContain('case 12: i12: {');
    const t = threadFor(code, [0, 0, 0], 0, [1], () => {}, []);
    compileStitched(src, { record: () => {} })(t as never);
    expect(t.stack).toEqual([0, 11, 1]);
    const forced = stitchSource(structured, loopCode, { tick: 100, registers: 3, layout: 'dispatch' });
    expect(forced).toContain('case 18: i18: {');
    const u = threadFor(loopCode, [0, 0, 0], 0, [0, 1], () => {}, []);
    compileStitched(forced, { record: () => {} })(u as never);
    expect(u.stack).toEqual([15, 5, 1]);
  });

  it('leaves registers in the array without a register count', () => {
    const src = stitchSource(local, code, { tick: 100 });
    expect(src).not.toContain('$R0');
    expect(src).toContain('$stack[$base + 0] = $stack[$base + 0] + $k[0];');
  });

  it('says whether the host can compile', () => {
    expect(canCompile()).toBe(true);
  });
});

describe('the size limit', () => {
  it('counts the characters of a stitched source, its register write-backs and reloads twice', () => {
    expect(stitchedSize('let x = 1;')).toBe(10);
    // Two moves of 13 characters, counted at 14 each on top of the text.
    const moves = '$S[$B+0]=$R0;$R1=$S[$B+1];';
    expect(stitchedSize(`f();${moves}g();`)).toBe(8 + moves.length + 28);
  });
});
