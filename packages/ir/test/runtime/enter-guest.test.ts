import { describe, expect, it } from 'vitest';
import { ENTER_GUEST_INLINE } from '../../src/generator/emit-stencils.js';
import { Frame, FRAME_NATIVE } from '../../src/runtime/frame.js';

/** A frame whose every field holds something a previous activation could have left. */
function used(): Frame {
  const f = new Frame();
  f.kind = FRAME_NATIVE;
  f.callee = { stale: true } as never;
  f.proto = { stale: true } as never;
  f.base = 99;
  f.pc = 42;
  f.cont = 7;
  f.tailCalls = 3;
  f.hookPc = 12;
  f.argc = 9;
  f.top = 5;
  f.varargs = ['left', 'over'];
  return f;
}

/** Every field of the frame, as plain data, and the stack. */
function entryState(f: Frame, stack: unknown[]) {
  return { ...Object.fromEntries(Object.entries(f)), varargs: [...f.varargs], stack: [...stack] };
}

describe("stitched calls' inlined frame entry", () => {
  // The stencil text runs with the names compiledCall gives it.
  const inline = new Function('$cg', '$cf', '$cp', '$ab', '$cn', '$stack', ENTER_GUEST_INLINE) as (
    ...args: unknown[]
  ) => void;

  for (const [argc, numParams] of [
    [0, 0],
    [1, 3],
    [3, 3],
    [4, 2],
  ]) {
    it(`leaves a reused frame as Frame.enterGuest does (${argc} arguments, ${numParams} parameters)`, () => {
      const fn = { name: 'callee' };
      const proto = { numParams, frameSize: 8 };
      const a = used();
      const sa: unknown[] = Array.from({ length: 12 }, (_, i) => `v${i}`);
      a.enterGuest(fn as never, proto as never, 2, argc, sa);
      const b = used();
      const sb: unknown[] = Array.from({ length: 12 }, (_, i) => `v${i}`);
      inline(b, fn, proto, 2, argc, sb);
      expect(entryState(b, sb)).toEqual(entryState(a, sa));
      expect(b.varargs.length).toBe(0);
    });
  }
});
