import { builtin } from '../../src/lib/builtins.js';
import { awaitThenable, isThenable } from '../../src/runtime/await.js';
import { LuaState } from '../../src/state.js';
import type { LuaValue } from '../../src/runtime/value.js';

/** The three ways a state runs Lua: interpreter, everything compiled, tier-up at the first visit. */
export const TIERS = ['interp', 'baseline', 'auto'] as const;
export type Tier = (typeof TIERS)[number];

export interface Harness {
  readonly lua: LuaState;
  /** What the Lua code printed. */
  out(): string;
  /** Defines global `name` as a JS-backed Lua function: a returned thenable is awaited. */
  define(name: string, impl: (...args: LuaValue[]) => unknown): void;
}

/**
 * A state in `tier` whose JS functions are plain builtins (what the embedding API's wrapper does
 * for a JS function: call it, and hand a returned thenable to awaitThenable).
 */
export function harness(tier: Tier): Harness {
  let out = '';
  const lua = new LuaState({ tier, jitThreshold: 1, grant: 'all', write: (s) => (out += s) });
  return {
    lua,
    out: () => out,
    define(name, impl) {
      const fn = builtin(lua.realm, name, (t, base, argc) => {
        const args: LuaValue[] = [];
        for (let i = 0; i < argc; i++) args.push(t.stack[base + i] as LuaValue);
        const r = impl(...args);
        if (isThenable(r)) return awaitThenable(t, base, r);
        t.stack[base] = r as LuaValue;
        return 1;
      });
      lua.realm.globals.setStr(name, fn);
    },
  };
}

/** A promise that resolves to `value` after a real timer of `ms`. */
export function later<T>(ms: number, value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}
