import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { LuaState } from '../../src/state.js';
import { LuaFunction } from '../../src/runtime/function.js';

// V8's own view of an array's element kind (natives, compiled after the flag is set). Reads of a
// holey array check each element for the hole; the interpreter reads these arrays at most
// instructions, so they are built packed (docs/architecture.md, "Bytecode layout").
setFlagsFromString('--allow-natives-syntax');
const holey = new Function('a', 'return %HasHoleyElements(a)') as (a: unknown) => boolean;
const smiElements = new Function('a', 'return %HasSmiElements(a)') as (a: unknown) => boolean;

describe('the representation of what the interpreter reads', () => {
  it('can tell a holey array', () => {
    expect(holey(new Array(3).fill(undefined))).toBe(true);
    expect(holey([undefined, undefined])).toBe(false);
  });

  it('gives a closure a packed array of upvalues, and its prototype packed code, constants and caches', () => {
    const state = new LuaState({ tier: 'interp' });
    const [fn] = state.run(`
      local a, b, c = 1, 2.5, 'x'
      return function(t) t.k = a + b .. c; return t.k end
    `);
    const f = (state as unknown as { bridge: { toLua(v: unknown): unknown } }).bridge.toLua(fn) as LuaFunction;
    expect(f).toBeInstanceOf(LuaFunction);
    expect(f.upvals).toHaveLength(3);
    expect(holey(f.upvals)).toBe(false);
    const p = f.proto!;
    expect(Array.isArray(p.code) && smiElements(p.code) && !holey(p.code)).toBe(true);
    expect(holey(p.consts)).toBe(false);
    expect(holey(p.icKeys) || holey(p.icValues)).toBe(false);
    expect(state.call(fn as never, state.run('return {}')[0] as never)).toEqual(['3.5x']);
  });
});
