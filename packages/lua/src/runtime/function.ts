import type { NativeFunction } from '@deegen/ir';
import type { ProtoData } from '../compiler/index.js';
import type { LuaTable } from './table.js';
import type { LuaValue } from './value.js';

/**
 * A captured variable. While open it aliases a register of a live frame (`stack[index]`);
 * closing copies the value into `value` and drops the stack reference.
 */
export class Upvalue {
  value: LuaValue = undefined;
  /** Next open upvalue of the same thread, in decreasing `index` order. */
  nextOpen: Upvalue | null = null;
  constructor(
    public stack: LuaValue[] | null,
    public index: number,
  ) {}

  get(): LuaValue {
    return this.stack !== null ? this.stack[this.index] : this.value;
  }

  set(v: LuaValue): void {
    if (this.stack !== null) this.stack[this.index] = v;
    else this.value = v;
  }
}

/**
 * Every Lua function value, Lua closure or builtin, is one class so that call sites stay
 * monomorphic: a closure has `proto` and `upvals`, a builtin has `native`.
 */
export class LuaFunction {
  constructor(
    readonly proto: ProtoData | null,
    readonly native: NativeFunction | null,
    readonly upvals: Upvalue[],
    /** The function environment (Lua 5.1 `getfenv`/`setfenv`): globals are looked up here. */
    public env: LuaTable,
    /** For builtins, the name used in messages such as "bad argument #1 to 'insert'". */
    readonly name: string,
  ) {}
}
