import { describe, expect, it } from 'vitest';
import { cached, lowerCached } from '../src/index.js';

describe('cached', () => {
  it('evaluates its body outside generated code (reference mode)', () => {
    let calls = 0;
    expect(cached('k', () => ++calls)).toBe(1);
    expect(cached('k', () => ++calls)).toBe(2);
  });

  it('lowers to a compare with the key cached for the instruction, evaluating the key once', () => {
    const code = lowerCached('slot', 'number', 'obj.shape', 'obj.shape.slotOf(name)', '$pc');
    expect(code).toBe(
      'const $icKey_slot = obj.shape; let slot: number; if ($ick[$pc] === $icKey_slot) slot = $icv[$pc]; ' +
        'else { slot = obj.shape.slotOf(name); $ick[$pc] = $icKey_slot; $icv[$pc] = slot; }',
    );
  });

  it('lowers to code that caches per site and recomputes only on a new key', () => {
    const code = lowerCached('v', 'number', 'key', 'compute(key)', 'site');
    const run = new Function('$ick', '$icv', 'site', 'key', 'compute', `${code.replace(': number', '')} return v;`);
    const ick: unknown[] = [undefined, undefined];
    const icv: unknown[] = [undefined, undefined];
    let computed = 0;
    const compute = (k: string) => (computed++, k.length);
    expect(run(ick, icv, 0, 'abc', compute)).toBe(3);
    expect(run(ick, icv, 0, 'abc', compute)).toBe(3);
    expect(computed).toBe(1);
    expect(run(ick, icv, 0, 'abcdef', compute)).toBe(6);
    expect(run(ick, icv, 1, 'abc', compute)).toBe(3);
    expect(computed).toBe(3);
  });
});
