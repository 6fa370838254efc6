import { Thread } from '@deegen/ir';
import type { LuaFunction } from './function.js';
import { SIZE, memoryMeter } from './memory-meter.js';

export type CoroutineStatus = 'suspended' | 'running' | 'normal' | 'dead';

/**
 * A Lua coroutine (`type(co) == "thread"`): its own Thread — register stack and frames — over the
 * same realm. Yielding pushes a boundary frame so the thread's engine returns to `resume`; nothing
 * of the coroutine lives on the JS stack while it is suspended, so it may yield from any depth of
 * Lua calls, pcall, metamethods and iterators.
 */
export class LuaCoroutine {
  /** Recognised by typeName/tostring as a thread. */
  readonly isLuaThread = true;
  status: CoroutineStatus = 'suspended';
  started = false;
  /** Where the values of the latest yield are on the coroutine's stack. */
  transferBase = 0;
  transferCount = 0;

  constructor(
    readonly thread: Thread,
    readonly body: LuaFunction,
  ) {
    memoryMeter.allocated += SIZE.coroutine;
  }
}
