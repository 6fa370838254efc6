import { FRAME_GUEST, GuestStackOverflow } from '@deegen/ir';
import type { LanguageHooks, Thread } from '@deegen/ir';
import type { ProtoData } from '../compiler/index.js';
import { LuaSyntaxError } from '../frontend/errors.js';
import { opcodeTable } from '../generated/opcodes.gen.js';
import { LuaError, LuaRuntimeError } from './errors.js';
import { traceback, whereOf } from './traceback.js';
import { LuaLimitError } from '../embed/limit-error.js';
import { LuaExit } from './realm.js';
import type { LuaRealm } from './realm.js';
import { onCallHook, onInstructionHook, onReturnHook } from './debug-hooks.js';
import { METER_REBASE, memoryMeter, rebaseMeter } from './memory-meter.js';
import { isUncatchable } from './uncatchable.js';
import { closeUpvalues, repointUpvalues } from './upvalues.js';
import { operandName, variableName } from './variable-names.js';
import type { VariableName } from './variable-names.js';

/** The message of a runtime error, with the culprit named after the variable that held it. */
function describe(t: Thread, e: LuaRuntimeError): string {
  const c = e.culprit;
  const f = t.frame;
  if (c === undefined || f.kind !== FRAME_GUEST || t.currentNative !== null) return e.message;
  const p = f.proto as ProtoData;
  let name: VariableName | undefined;
  if (c.register !== undefined) name = variableName(opcodeTable, p, f.pc, c.register);
  else if (c.operand !== undefined) name = operandName(opcodeTable, p, f.pc, c.operand);
  if (name === undefined) return e.message;
  return `attempt to ${c.operation} ${name.kind} '${name.name}' (a ${c.type} value)`;
}

/**
 * How the generic runtime's errors become Lua errors: runtime errors get the position lua5.1
 * would give them (see LuaRuntimeError); host stack exhaustion and the call-depth limit become
 * "stack overflow"; an escaped host exception is a bug, but it still reaches the program as a
 * Lua error rather than a JS one.
 */
export const luaHooks: LanguageHooks = {
  toGuestError(t: Thread, thrown: unknown): unknown {
    if (thrown instanceof LuaError) return thrown;
    // os.exit and the limits of a run end the run: they are not Lua errors (see `catchable`).
    if (thrown instanceof LuaExit || thrown instanceof LuaLimitError) return thrown;
    if (thrown instanceof LuaRuntimeError) {
      const positioned = thrown.atCaller || t.currentNative === null;
      return new LuaError((positioned ? whereOf(t.frame) : '') + describe(t, thrown));
    }
    if (thrown instanceof GuestStackOverflow) {
      return new LuaError(whereOf(t.frame) + (thrown.nested ? 'C stack overflow' : 'stack overflow'));
    }
    if (thrown instanceof RangeError && /call stack/i.test(thrown.message)) {
      return new LuaError(`${whereOf(t.frame)}stack overflow`);
    }
    // The host refused to build a string or array that long: lua5.1's allocation failure.
    if (thrown instanceof RangeError && /invalid (string|array) length/i.test(thrown.message)) {
      return new LuaError('not enough memory');
    }
    if (thrown instanceof LuaSyntaxError) return new LuaError(thrown.message);
    const message = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
    return new LuaError(`${whereOf(t.frame)}internal error: ${message}`);
  },
  onUncaught(t: Thread, error: unknown): void {
    if (!(error instanceof LuaError || error instanceof LuaLimitError)) return;
    if (error.traceback === undefined) error.traceback = traceback(t);
  },
  catchable(error: unknown): boolean {
    return !isUncatchable(error);
  },
  onTick(t: Thread): void {
    if (memoryMeter.allocated >= METER_REBASE) rebaseMeter();
    const realm = t.realm as LuaRealm;
    const limits = realm.limits;
    if (limits !== null) limits.tick(t);
    // Finalizers that a collection triggered by allocation left for now (runtime/gc.ts).
    if (realm.gc.hasPending) realm.gc.runPending(t);
  },
  onNestedRun(t: Thread): void {
    const limits = (t.realm as LuaRealm).limits;
    if (limits !== null) limits.nestedRun(t);
  },
  onStackRenewed(t: Thread): void {
    if (t.openUpvalues !== null) repointUpvalues(t);
  },
  onUnwind(t: Thread, base: number): void {
    if (t.openUpvalues !== null) closeUpvalues(t, base);
  },
  onCall(t: Thread): void {
    onCallHook(t.realm as LuaRealm, t);
  },
  onReturn(t: Thread): void {
    onReturnHook(t.realm as LuaRealm, t);
  },
  onInstruction(t: Thread): void {
    onInstructionHook(t.realm as LuaRealm, t);
  },
  throwError(_t: Thread, value: unknown): never {
    if (typeof value === 'string') throw new LuaRuntimeError(value);
    throw value;
  },
};
