import { describe, expect, it } from 'vitest';
import { promoteRegisters } from '../../src/generator/promote-registers.js';

// Stencil bodies as emit-stencils.ts hands them over: operand holes $$H<k>, the instruction's pc
// $$PC, the next instruction's $$NEXT, exits `break $$LABEL` and `continue dispatch`.
const promote = (body: string, safe: string[] = []): string => promoteRegisters(body, 'TEST', { safe: new Set(safe) }).text;

describe('registers in locals (promote-registers)', () => {
  it('turns constant register accesses of a fast path into register holes', () => {
    const out = promote(
      [
        'let base = $$H1;',
        'const a = $stack[$base + (base + 2)];',
        'if (typeof a === "number") {',
        '$stack[$base + $$H2] = a + 1;',
        '$pc = $$NEXT;',
        'break $$LABEL;',
        '}',
        '$pc = $$NEXT;',
        'break $$LABEL;',
      ].join('\n'),
    );
    expect(out).toContain('const a = $$R1_2;');
    expect(out).toContain('$$R2_0 = a + 1;');
    expect(out).not.toContain('$stack');
    expect(out).not.toMatch(/\$\$SPILL|\$\$RELOAD/);
  });

  it('accepts registers a stencil writes when its bytecode declares them, and fails on others', () => {
    const body = ['let base = $$H1;', '$stack[$base + (base + 1)] = 1;', '$stack[$base + $$H2] = 2;', '$pc = $$NEXT;', 'break $$LABEL;'].join('\n');
    const out = { offset: 2, add: 0, andAbove: false };
    expect(() => promoteRegisters(body, 'TEST', {}, [out, { offset: 1, add: 1, andAbove: false }])).not.toThrow();
    expect(() => promoteRegisters(body, 'TEST', {}, [out, { offset: 1, add: 0, andAbove: true }])).not.toThrow();
    expect(() => promoteRegisters(body, 'TEST', {}, [out, { offset: 1, add: 2, andAbove: true }])).toThrow(
      'TEST: writes register (operand word 1) + 1, which its bytecode does not declare (out or writes)',
    );
    expect(() => promoteRegisters(body, 'TEST', {}, [{ offset: 1, add: 1, andAbove: false }])).toThrow('operand word 2');
  });

  it('tells which registers some path writes a number to (a hint for typed entries)', () => {
    const numbers = (body: string[]): string[] =>
      promoteRegisters([...body, '$pc = $$NEXT;', 'break $$LABEL;'].join('\n'), 'TEST', {}).numbers.map(([k, c]) => `${k}+${c}`).sort();
    // Arithmetic, directly or through a variable bound only to arithmetic; a slow path's result
    // on another path does not take the hint away.
    expect(numbers(['const a = $stack[$base + $$H2];', 'if (typeof a === "number") { $stack[$base + $$H1] = a * 2; } else { $stack[$base + $$H1] = slow(a); }'])).toEqual(['1+0']);
    expect(numbers(['const a = $stack[$base + $$H2] + 1;', '($stack[$base + $$H1] = a);', '($stack[$base + ($$H1 + 3)] = -a);'])).toEqual(['1+0', '1+3']);
    expect(numbers(['$stack[$base + $$H1] = Math.floor($stack[$base + $$H2]);', '$stack[$base + $$H2] = 0;'])).toEqual(['1+0', '2+0']);
    // Moves, reads from tables, calls and comparisons are not numbers; nor is a variable also bound to one.
    expect(numbers(['$stack[$base + $$H1] = $stack[$base + $$H2];', '$stack[$base + $$H3] = t.get(k);'])).toEqual([]);
    expect(numbers(['$stack[$base + $$H1] = f(1);', '$stack[$base + $$H2] = !x;', '$stack[$base + $$H3] = a < b;'])).toEqual([]);
    expect(numbers(['let v = 1;', 'if (c) v = f();', '$stack[$base + $$H1] = v;'])).toEqual([]);
  });

  it('writes the locals back before an escape and reloads them after it', () => {
    const out = promote(
      ['$stack[$base + $$H1] = 1;', '$t.storeReturns($base + $$H2, 2);', 'const v = $stack[$base + $$H2];', '$pc = $$NEXT;', 'break $$LABEL;'].join('\n'),
    );
    // storeReturns writes registers from its first on: only those are read again.
    expect(out).toMatch(/\$\$R1_0 = 1;\s*\$\$SPILL; \$t\.storeReturns\(\$base \+ \$\$H2, 2\);\s*\$\$RELOADFROM2_0_0; const v = \$\$R2_0;/);
  });

  it('reloads after a guest call only the registers from the callee base on, and the shared ones', () => {
    // A call as emit-stencils.ts writes it (compiledCall, shortened), then its continuation
    // storing the result at the call's base register.
    const call = [
      'let base = $$H1;',
      'const $ab = $base + (base + 1);',
      '{',
      'const $cj = f.jit;',
      "if (typeof $cj === 'function') {",
      '$stack[$ab + 0] = undefined;',
      '$cj($t);',
      'if ($t.afterCompiledCall($frame, 1))',
      'return;',
      '} else if ($t.invoke(f, $ab, 1, 1) && !$t.runCompiledCallee($frame, 1))',
      'return;',
      '}',
      '$stack[$base + base] = $t.retCount > 0 ? $stack[$t.retBase] : undefined;',
    ];
    const out = promote([...call, '$pc = $$NEXT;', 'break $$LABEL;'].join('\n'));
    expect(out).toMatch(/\$\$RELOADFROM1_0_1; break \$\$LABEL;/);
    expect(out).not.toContain('$$RELOAD;');
    // Anything else that escapes makes every reload of the stencil whole again.
    for (const other of ['f($t);', '$t.ensureStack(10);', '$stack[$base + $$H2 + i] = 1;', '$t.storeReturns($base + $$H2, 1);', 'g($frame);']) {
      const mixed = promote([...call, other, '$pc = $$NEXT;', 'break $$LABEL;'].join('\n'));
      expect(mixed, other).toMatch(/\$\$RELOAD; break \$\$LABEL;/);
      expect(mixed, other).not.toContain('RELOADFROM');
    }
    // Arguments placed past the frame (the DSL's `call` with a list): the result register only.
    const past = promote(
      ['const $ab = $base + $frame.proto.frameSize;', '$stack[$ab + 0] = 1;', 'if ($t.invoke(f, $ab, 1, 1)) return;', '$stack[$base + $$H1] = $stack[$t.retBase];', '$pc = $$NEXT;', 'break $$LABEL;'].join('\n'),
    );
    expect(past).toMatch(/\$\$RELOADFROM1_0_1; break \$\$LABEL;/);
    // Reading the array only: nothing to reload.
    const reads = promote(['for (let i = 0; i < 3; i++) g($stack[$base + ($$H1 + i)]);', '$pc = $$NEXT;', 'break $$LABEL;'].join('\n'));
    expect(reads).toMatch(/\$\$RELOADFROM0_0_0; break \$\$LABEL;/);
  });

  it('shares one reload between consecutive escapes and keeps register accesses inside them on the array', () => {
    const out = promote(['$t.ensureStack(10);', '$stack[$base + $$H1] = $stack[$t.retBase];', 'f($t);', '$pc = $$NEXT;', 'break $$LABEL;'].join('\n'));
    expect(out.match(/\$\$SPILL;/g)).toHaveLength(1);
    expect(out.match(/\$\$RELOAD;/g)).toHaveLength(1);
    expect(out).toContain('$stack[$base + $$H1] = $stack[$t.retBase];');
    expect(out).toMatch(/\$\$RELOAD; break \$\$LABEL;/);
  });

  it('leaves through the shared write-back when control returns with dirty locals', () => {
    const out = promote(['$stack[$base + $$H1] = 2;', 'if (x) return;', '$pc = $$NEXT;', 'break $$LABEL;'].join('\n'));
    expect(out).toContain('break $leave;');
    expect(out).not.toMatch(/\breturn;/);
  });

  it('hands an outlined path with nothing changed before it to the interpreter (bail)', () => {
    const out = promote(
      [
        'const $a0 = $stack[$base + $$H2];',
        "if (typeof $a0 === 'number') {",
        '$stack[$base + $$H1] = -$a0;',
        '$pc = $$NEXT;',
        'break $$LABEL;',
        '}',
        '{',
        'const $r = UNM$$generic($t, $frame, $$PC, $a0);',
        'if ($r === $RELOAD) return;',
        '$stack[$base + $$H1] = $r;',
        '$pc = $$NEXT;',
        'break $$LABEL;',
        '}',
      ].join('\n'),
    );
    expect(out).toContain('break $bail;');
    expect(out).not.toContain('UNM$$generic');
  });

  it('does not bail after a change that a re-run would repeat', () => {
    const out = promote(
      ['obj.count++;', '{', 'const $r = X$slowPath($t, $frame, $$PC, obj);', 'if ($r === $RELOAD) return;', '$pc = $$NEXT;', 'break $$LABEL;', '}'].join('\n'),
    );
    expect(out).not.toContain('$bail');
    expect(out).toMatch(/\$\$SPILL; const \$r = X\$slowPath/);
  });

  it('still bails after a call the language declares pure (stencilPureCalls), not after another', () => {
    const body = [
      'const $a0 = $stack[$base + $$H2];',
      'const meta = metaOf($t, $a0);',
      'if (meta !== undefined) {',
      '$stack[$base + $$H1] = meta;',
      '$pc = $$NEXT;',
      'break $$LABEL;',
      '}',
      '{',
      'const $r = X$slowPath($t, $frame, $$PC, $a0);',
      'if ($r === $RELOAD) return;',
      '$pc = $$NEXT;',
      'break $$LABEL;',
      '}',
    ].join('\n');
    const pure = promoteRegisters(body, 'TEST', { safe: new Set(['metaOf']), pure: new Set(['metaOf']) }).text;
    expect(pure).toContain('break $bail;');
    expect(pure).not.toContain('X$slowPath');
    const unknown = promoteRegisters(body, 'TEST', { safe: new Set(['metaOf']) }).text;
    expect(unknown).not.toContain('$bail');
    expect(unknown).toContain('X$slowPath');
  });

  it('calls a register-safe outlined path with the registers in locals, flagged for errors', () => {
    const out = promote(
      [
        'const $a0 = $stack[$base + $$H2];',
        'obj.count++;',
        '{',
        'const $r = X$slowPath($t, $frame, $$PC, $a0);',
        'if ($r === $RELOAD) return;',
        '$stack[$base + $$H1] = $r;',
        '$pc = $$NEXT;',
        'break $$LABEL;',
        '}',
      ].join('\n'),
      ['X$slowPath'],
    );
    expect(out).toContain('$safe = 1; const $r = X$slowPath($t, $frame, $$PC, $a0); $safe = 0;');
    expect(out).toContain('$$R1_0 = $r;');
    expect(out).not.toMatch(/\$\$SPILL|\$\$RELOAD/);
  });

  it('reloads before a loop that can leave the instruction after an escape', () => {
    const out = promote(['f($t);', 'for (let i = 0; i < 3; i++) { if (g(i)) break $$LABEL; }', '$pc = $$NEXT;', 'break $$LABEL;'].join('\n'));
    expect(out).toMatch(/\$\$SPILL; f\(\$t\);\s*\$\$RELOAD; for \(/);
  });

  it('writes back only the returned registers at a return', () => {
    const ret = promote(
      ['let first = $$H1;', 'let count = $$H2;', 'if ($t.doReturn($base + (first), count >= 0 ? count : $frame.top - first)) return;', 'return;'].join('\n'),
    );
    expect(ret).toContain('$$SPILLRET1_2; if ($t.doReturn(');
  });

  it('counts a language-declared safe helper that takes the thread as no escape', () => {
    const plain = promote(['const r = realmOf($t);', '$stack[$base + $$H1] = r.x;', '$pc = $$NEXT;', 'break $$LABEL;'].join('\n'));
    const safe = promote(['const r = realmOf($t);', '$stack[$base + $$H1] = r.x;', '$pc = $$NEXT;', 'break $$LABEL;'].join('\n'), ['realmOf']);
    expect(plain).toContain('$$SPILL;');
    expect(safe).not.toMatch(/\$\$SPILL|\$\$RELOAD/);
  });

  it('writes back before a language-declared reading helper and does not reload after it', () => {
    const body = ['const t = $t;', '$stack[$base + $$H1] = 1;', 'if (t.open !== null) closeUp(t, $base);', 'ret($stack[$base + $$H1]);', '$pc = $$NEXT;', 'break $$LABEL;'].join('\n');
    const escape = promoteRegisters(body, 'TEST').text;
    const reading = promoteRegisters(body, 'TEST', { reading: new Set(['closeUp']) }).text;
    expect(escape).toMatch(/\$\$SPILL; closeUp\(t, \$base\); \$\$RELOAD;/);
    expect(reading).toMatch(/\$\$SPILL; closeUp\(t, \$base\);/);
    expect(reading).not.toContain('$$RELOAD');
  });

  it('reports the registers a stencil writes as locals, whether it leaves them clean and whether it falls through', () => {
    const fast = promoteRegisters(['let a = $$H1;', '$stack[$base + (a + 1)] = $stack[$base + $$H2];', '$pc = $$NEXT;', 'break $$LABEL;'].join('\n'), 'TEST');
    expect(fast.writes).toEqual([[1, 1]]);
    expect(fast.clean).toBe(false);
    expect(fast.falls).toBe(true);
    // An escape reloads the locals before every way on: clean, although it writes registers through the array.
    const call = promoteRegisters(['$stack[$base + $$H1] = 0;', 'g($stack);', '$pc = $$NEXT;', 'break $$LABEL;'].join('\n'), 'TEST');
    expect(call.writes).toEqual([[1, 0]]);
    expect(call.clean).toBe(true);
    // Only a taken branch: no fall-through.
    const jump = promoteRegisters(['$pc = $$H1;', 'if (--$ticks < 0) break $tick;', 'continue dispatch;'].join('\n'), 'TEST');
    expect(jump.falls).toBe(false);
    expect(jump.writes).toEqual([]);
    // A branch whose slow path may fall through in the interpreter, left to it by a bail: compiled
    // code never falls through (the structured layout relies on it).
    const prep = promoteRegisters(
      [
        'const v = $stack[$base + $$H1];',
        "if (typeof v === 'number') {",
        '$pc = $$H2;',
        'if (--$ticks < 0) break $tick;',
        'continue dispatch;',
        '}',
        '{',
        'const $r = PREP$slowPath($t, $frame, $$PC, v);',
        'if ($r === $RELOAD) return;',
        '$pc = $$NEXT;',
        'break $$LABEL;',
        '}',
      ].join('\n'),
      'TEST',
    );
    expect(prep.text).toContain('break $bail;');
    expect(prep.falls).toBe(false);
  });
});
