import { FRAME_GUEST, HOOK_CALL, HOOK_INSTRUCTION, HOOK_RETURN } from '@deegen/ir';
import type { Engine, Thread } from '@deegen/ir';
import type { ProtoData } from '../compiler/index.js';
import type { LuaFunction } from './function.js';
import type { LuaRealm } from './realm.js';

/** A thread's `debug.sethook` settings (lua5.1 keeps them per thread; coroutines inherit them). */
export class HookState {
  fn: LuaFunction | undefined = undefined;
  mask = '';
  count = 0;
  countdown = 0;
  /** Hooks do not fire while a hook runs. */
  running = false;
}

/** The two engines a thread may run on: the plain one, and the instrumented one for line/count hooks. */
export interface EnginePair {
  readonly plain: Engine;
  readonly instrumented: Engine;
}

export function hookStateOf(realm: LuaRealm, t: Thread): HookState {
  let st = realm.hookStates.get(t);
  if (st === undefined) realm.hookStates.set(t, (st = new HookState()));
  return st;
}

/** Applies hook settings to a thread: its hook mask, and the engine that can deliver them. */
export function setHook(realm: LuaRealm, t: Thread, fn: LuaFunction | undefined, mask: string, count: number): void {
  const st = hookStateOf(realm, t);
  st.fn = fn;
  st.mask = fn === undefined ? '' : mask;
  st.count = fn === undefined ? 0 : count;
  st.countdown = st.count;
  let bits = 0;
  if (fn !== undefined) {
    if (mask.includes('c')) bits |= HOOK_CALL;
    if (mask.includes('r')) bits |= HOOK_RETURN;
    if (mask.includes('l') || count > 0) bits |= HOOK_INSTRUCTION;
  }
  // Statistics count every instruction, so a thread that collects them stays instrumented.
  if (realm.stats !== undefined) bits |= HOOK_INSTRUCTION;
  t.hookMask = bits;
  t.engine = (bits & HOOK_INSTRUCTION) !== 0 ? realm.engines.instrumented : realm.engines.plain;
}

function fire(t: Thread, st: HookState, event: string, line?: number): void {
  st.running = true;
  try {
    t.call(st.fn!, line === undefined ? [event] : [event, line]);
  } finally {
    st.running = false;
  }
}

function lineAt(p: ProtoData, pc: number): number {
  return p.lines[Math.min(pc, p.lines.length - 1)];
}

export function onCallHook(realm: LuaRealm, t: Thread): void {
  const st = realm.hookStates.get(t);
  if (st === undefined || st.running || st.fn === undefined) return;
  fire(t, st, 'call');
}

export function onReturnHook(realm: LuaRealm, t: Thread): void {
  const st = realm.hookStates.get(t);
  if (st === undefined || st.running || st.fn === undefined) return;
  fire(t, st, 'return');
  // lua5.1 reports each tail call that replaced the returning function.
  const f = t.frame;
  if (t.currentNative === null && f.kind === FRAME_GUEST) for (let i = 0; i < f.tailCalls; i++) fire(t, st, 'tail return');
}

/** Count and line events, before the instruction at `t.frame.pc` runs (lua5.1's traceexec). */
export function onInstructionHook(realm: LuaRealm, t: Thread): void {
  if (realm.stats !== undefined) {
    const f = t.frame;
    realm.stats.executions[(f.proto as ProtoData).code[f.pc]]++;
  }
  const st = realm.hookStates.get(t);
  if (st === undefined || st.running || st.fn === undefined) return;
  if (st.count > 0 && --st.countdown === 0) {
    st.countdown = st.count;
    fire(t, st, 'count');
  }
  if (!st.mask.includes('l')) return;
  const f = t.frame;
  const p = f.proto as ProtoData;
  const pc = f.pc;
  const prev = f.hookPc;
  f.hookPc = pc;
  // A new function, a jump back (even to the same line), or a new line.
  if (pc === 0 || prev < 0 || pc <= prev || lineAt(p, pc) !== lineAt(p, prev)) fire(t, st, 'line', lineAt(p, pc));
}
