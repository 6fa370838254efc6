import { indexMeta, newIndexMeta } from '../runtime/meta-access.js';
import type { LuaTable as RawTable } from '../runtime/table.js';
import type { LuaValue } from '../runtime/value.js';
import type { Bridge } from './bridge.js';
import { tableToPlain } from './plain.js';

let internals: (t: LuaTable) => { bridge: Bridge; raw: RawTable };

/**
 * A Lua table seen from JS: a live handle (changes on either side are seen by the other), not a
 * copy. Keys and values map as everywhere in the API (docs/embedding.md): `t.get('name')`
 * reads the Lua key "name", `t.get(1)` the first element. Each Lua table has one handle at a
 * time, so handles compare with `===`.
 */
export class LuaTable {
  readonly #bridge: Bridge;
  readonly #raw: RawTable;

  static {
    internals = (t) => ({ bridge: t.#bridge, raw: t.#raw });
  }

  /** @internal Handles are made by the state (`lua.newTable()`, values coming out of Lua). */
  constructor(bridge: Bridge, raw: RawTable) {
    this.#bridge = bridge;
    this.#raw = raw;
  }

  /** `t[key]` as Lua reads it: `__index` applies when the key is absent. */
  get(key: unknown): unknown {
    const b = this.#bridge;
    const k = b.toLua(key);
    return b.protect(() => b.fromLua(indexMeta(b.thread, this.#raw, k)));
  }

  /** `t[key] = value` as Lua assigns it: `__newindex` applies when the key is absent. */
  set(key: unknown, value: unknown): void {
    const b = this.#bridge;
    const k = b.toLua(key);
    const v = b.toLua(value);
    b.protect(() => newIndexMeta(b.thread, this.#raw, k, v));
  }

  /** `rawget(t, key)`: no metamethods. */
  rawGet(key: unknown): unknown {
    const b = this.#bridge;
    return b.fromLua(this.#raw.get(b.toLua(key)));
  }

  /** `rawset(t, key, value)`: no metamethods. */
  rawSet(key: unknown, value: unknown): void {
    const b = this.#bridge;
    const k = b.toLua(key);
    const v = b.toLua(value);
    b.protect(() => this.#raw.set(k, v));
  }

  /** `#t`: a border of the table's sequence (Lua 5.1 ignores `__len` for tables). */
  get length(): number {
    return this.#raw.length();
  }

  /** `[key, value]` pairs in the order of Lua's `next` (what `pairs` visits). */
  *entries(): IterableIterator<[unknown, unknown]> {
    const b = this.#bridge;
    const out: LuaValue[] = [undefined, undefined];
    let key: LuaValue = undefined;
    for (;;) {
      // Lua's rule: during a traversal existing fields may be changed or cleared, not added.
      const more = b.protect(() => this.#raw.next(key, out));
      if (!more) return;
      key = out[0];
      yield [b.fromLua(out[0]), b.fromLua(out[1])];
    }
  }

  [Symbol.iterator](): IterableIterator<[unknown, unknown]> {
    return this.entries();
  }

  *keys(): IterableIterator<unknown> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): IterableIterator<unknown> {
    for (const [, v] of this.entries()) yield v;
  }

  /**
   * A deep copy as a null-prototype object: number and string keys become property names
   * (other keys are left out), nested tables become arrays (keys exactly 1..n) or objects.
   */
  toObject(): Record<string, unknown> {
    const b = this.#bridge;
    return tableToPlain(this.#raw, 'object', (v) => b.fromLua(v)) as Record<string, unknown>;
  }

  /** A deep copy of `t[1] .. t[#t]` as an array (nested tables as in `toObject`). */
  toArray(): unknown[] {
    const b = this.#bridge;
    return tableToPlain(this.#raw, 'array', (v) => b.fromLua(v)) as unknown[];
  }
}

/** The state and Lua table behind a handle. */
export function tableInternals(t: LuaTable): { bridge: Bridge; raw: RawTable } {
  return internals(t);
}
