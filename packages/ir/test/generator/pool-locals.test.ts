import { describe, expect, it } from 'vitest';
import { poolLocals } from '../../src/generator/pool-locals.js';

/** Runs stencil text (as pooled) in a function with `var` pool declarations, returning `out`. */
function run(text: string, temps: number, input: Record<string, unknown> = {}): unknown {
  const pool = temps > 0 ? `var ${Array.from({ length: temps }, (_, i) => `$v${i}`).join(', ')};` : '';
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function('input', `${pool}\nlet out = [];\n${text}\nreturn out;`)(input);
}

describe('poolLocals', () => {
  it('turns declarations into pool variables, the k-th name declared into $v<k>', () => {
    const { text, temps } = poolLocals('const a = input.x;\nlet b = a + 1;\nout.push(a, b);', 'T');
    expect(temps).toBe(2);
    expect(text).toBe('$v0 = input.x;\n$v1 = $v0 + 1;\nout.push($v0, $v1);');
    expect(run(text, temps, { x: 4 })).toEqual([4, 5]);
  });

  it('leaves property names, object keys and labels alone, and expands shorthand properties', () => {
    const body = 'const slot = input.slot;\nconst o = { slot, k: slot };\nslot: { out.push(o.slot, o.k); break slot; }';
    const { text, temps } = poolLocals(body, 'T');
    expect(text).toContain('input.slot');
    expect(text).toContain('{ slot: $v0, k: $v0 }');
    expect(text).toContain('break slot;');
    expect(run(text, temps, { slot: 7 })).toEqual([7, 7]);
  });

  it('gives an uninitialised declaration undefined each time it runs', () => {
    const body = 'for (let i = 0; i < 3; i++) {\nlet seen;\nif (i === 0) seen = 1;\nout.push(seen);\n}';
    const { text, temps } = poolLocals(body, 'T');
    expect(run(text, temps)).toEqual([1, undefined, undefined]);
  });

  it('shares a variable between sibling blocks and separates a shadowing one', () => {
    // A call's continuation re-declares its operands in a block nested in the handler's.
    const body = [
      'let base = 2;',
      '{ const r = base * 10; out.push(r); }',
      '{ const r = base * 100; out.push(r); }',
      '{ let base = 3; out.push(base); }',
      'out.push(base);',
    ].join('\n');
    const { text, temps } = poolLocals(body, 'T');
    expect(temps).toBe(3);
    expect(run(text, temps)).toEqual([20, 200, 3, 2]);
  });

  it('refuses what it cannot keep the meaning of', () => {
    expect(() => poolLocals('const f = () => 1;', 'T')).toThrow(/nested function/);
    expect(() => poolLocals('const { a } = input;', 'T')).toThrow(/destructuring/);
    expect(() => poolLocals('var a = 1;', 'T')).toThrow(/var declaration/);
    expect(() => poolLocals('{ const a = 1; }\nout.push(a);', 'T')).toThrow(/outside the blocks/);
  });

  it('keeps hole markers as they are', () => {
    const { text } = poolLocals('const $a0 = $$R1_0;\nif ($a0 > 0) break $$LABEL;\n$$H2 = $a0;', 'T');
    expect(text).toBe('$v0 = $$R1_0;\nif ($v0 > 0) break $$LABEL;\n$$H2 = $v0;');
  });
});
