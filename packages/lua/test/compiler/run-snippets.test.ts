import { describe, expect, it } from 'vitest';
import { LuaState } from '../../src/index.js';

/** Compile and run `source` on the generated interpreter; returns what it printed. */
function run(source: string): string {
  let out = '';
  const state = new LuaState({ engine: 'interp', write: (s) => (out += s) });
  state.run(source, { chunkName: '=snippet' });
  return out;
}

// Expected outputs were taken from lua5.1 running the same snippets.
describe('compiled code run end to end', () => {
  it('truncates an and/or to one value wherever a list would take all values', () => {
    const src = [
      'local function multi() return "a", "b" end',
      'print(multi() and multi())',
      'print(nil or multi())',
      'print((function() return multi() or multi() end)())',
      'local t = { multi() and multi() }',
      'print(#t, t[1], t[2])',
    ].join('\n');
    expect(run(src)).toBe('a\na\na\n1\ta\tnil\n');
  });

  it('stores an and/or ending in a call into a table slot', () => {
    const src = [
      'local parts = {}',
      'for i = 1, 3 do parts[i] = i == 1 and tostring(i) or tostring(i * 10) end',
      'print(parts[1], parts[2], parts[3])',
    ].join('\n');
    expect(run(src)).toBe('1\t20\t30\n');
  });

  it('puts positional items in order around named ones', () => {
    const src = 'local m = { "p1", k = "named", "p2", [30] = "thirty", "p3" }\nprint(m[1], m[2], m[3], m.k, m[30])';
    expect(run(src)).toBe('p1\tp2\tp3\tnamed\tthirty\n');
  });

  it('keeps more than one batch of positional items in order around named ones', () => {
    const items: string[] = [];
    for (let i = 1; i <= 80; i++) {
      items.push(`"v${i}"`);
      if (i % 7 === 0) items.push(`h${i} = ${i}`);
    }
    const src = `local big = { ${items.join(', ')} }\nprint(#big, big[1], big[50], big[51], big[80], big.h77)`;
    expect(run(src)).toBe('80\tv1\tv50\tv51\tv80\t77\n');
  });
});
