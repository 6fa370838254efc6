import { expect } from 'vitest';
import { LuaState } from '../../src/state.js';
import type { LuaStateOptions } from '../../src/state.js';
import { LuaLimitError } from '../../src/embed/limit-error.js';
import type { LuaLimitKind } from '../../src/embed/limit-error.js';

/** The tiers every limit is tried in: `auto` with a threshold of 1 mixes compiled and interpreted frames. */
export const TIERS = [
  { tier: 'interp' },
  { tier: 'baseline' },
  { tier: 'auto', jitThreshold: 1 },
] as const satisfies readonly LuaStateOptions[];

export function newState(options: LuaStateOptions = {}): { state: LuaState; out: () => string } {
  let out = '';
  const state = new LuaState({ ...options, write: (s) => (out += s) });
  return { state, out: () => out };
}

export function run(state: LuaState, source: string): unknown[] {
  return state.run(source, { chunkName: '=test' });
}

/** Runs `source` and returns the LuaLimitError it must end with. */
export function limitOf(state: LuaState, source: string, kind: LuaLimitKind): LuaLimitError {
  let caught: unknown;
  try {
    run(state, source);
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(LuaLimitError);
  expect((caught as LuaLimitError).kind).toBe(kind);
  return caught as LuaLimitError;
}

/** The state still runs code, sees the globals the stopped run left, and has an empty stack of frames. */
export function expectUsable(state: LuaState): void {
  expect(run(state, 'return 1 + 1')).toEqual([2]);
  expect(state.thread.depth).toBe(0);
  expect(state.thread.nesting).toBe(0);
  expect(state.realm.currentCoroutine).toBeUndefined();
}
