import { formatNumber } from '../runtime/number-format.js';
import type { LuaValue } from '../runtime/value.js';
import { arrayToByteString, decodeLenient } from './bytes.js';
import { LuaOpaque } from './opaque.js';
import { LuaTable } from './lua-table.js';

/** The Lua type of a value as it is on the JS side, for messages about non-string error values. */
function luaTypeOf(v: unknown): string {
  if (v === undefined || v === null) return 'nil';
  if (typeof v === 'boolean' || typeof v === 'number' || typeof v === 'string') return typeof v;
  if (v instanceof Uint8Array) return 'string';
  if (typeof v === 'function') return 'function';
  if (v instanceof LuaTable) return 'table';
  if (v instanceof LuaOpaque) return v.type;
  return 'userdata';
}

/** The text of an error value: strings as text, numbers as Lua prints them, others by type. */
function messageOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) return decodeLenient(arrayToByteString(value));
  if (typeof value === 'number') return formatNumber(value);
  return `(error object is a ${luaTypeOf(value)} value)`;
}

/** The Lua value each error raised by the VM carried (and its state), so it re-enters Lua unchanged. */
const rawValues = new WeakMap<LuaError, { owner: object; raw: LuaValue }>();

/**
 * A Lua error as the embedder sees it: thrown by `run`, `call` and everything else that runs Lua
 * code. `message` is the Lua message (`[string "..."]:1: boom`), `value` the Lua error value
 * mapped to JS (what `pcall` would have returned), `traceback` Lua's stack traceback when the
 * error came out of running code (also shown in `stack`, before the JS frames).
 *
 * Thrown from a JS function that Lua called, a LuaError raises its `value` as the Lua error.
 */
export class LuaError extends Error {
  readonly value: unknown;
  readonly traceback: string | undefined;

  constructor(value: unknown, options: { traceback?: string } = {}) {
    super(messageOf(value));
    this.value = value;
    this.traceback = options.traceback;
    const tb = options.traceback;
    if (tb !== undefined) {
      // V8 starts `stack` with "LuaError: message"; other engines give frames only.
      const stack = this.stack ?? '';
      const header = `${this.name}: ${this.message}`;
      this.stack = stack.startsWith(header) ? `${header}\n${tb}${stack.slice(header.length)}` : `${header}\n${tb}\n${stack}`;
    }
  }
}
LuaError.prototype.name = 'LuaError';

/** A LuaError for an error the VM of `owner` raised: `raw` is its Lua value, `value` that value mapped. */
export function errorFromVm(owner: object, raw: LuaValue, value: unknown, traceback: string | undefined): LuaError {
  const e = new LuaError(value, { traceback: traceback === undefined ? undefined : decodeLenient(traceback) });
  rawValues.set(e, { owner, raw });
  return e;
}

/** The Lua value a LuaError raised by the VM of `owner` carried; not `found` for others (made in JS, other states). */
export function rawErrorValue(e: LuaError, owner: object): { found: boolean; raw: LuaValue } {
  const r = rawValues.get(e);
  return r !== undefined && r.owner === owner ? { found: true, raw: r.raw } : { found: false, raw: undefined };
}
