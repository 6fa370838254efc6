import type { BytecodeDefinition } from '../dsl/bytecode.js';
import { setReferenceContext } from '../dsl/reference-context.js';
import type { Completion, Continuation } from '../dsl/terminals.js';
import { FRAME_GUEST } from './frame.js';
import type { OpcodeTable, VariantInfo } from './opcode-table.js';
import type { GuestCallable } from './proto.js';
import { ENGINE_TICK, HOOK_INSTRUCTION } from './thread.js';
import type { Engine, Thread } from './thread.js';

/**
 * Reference mode: runs the semantics functions directly as TypeScript, decoding operands from the
 * opcode table. It shares frames, calls and errors with the generated interpreter, so the two can
 * be compared program by program; it is slow on purpose (no specialisation, a record per terminal).
 */
export function createReferenceEngine(
  table: OpcodeTable,
  definitions: Readonly<Record<string, BytecodeDefinition>>,
): Engine {
  const defs = table.variants.map((v) => {
    const d = definitions[v.bytecode];
    if (d === undefined) throw new Error(`no semantics for bytecode ${v.bytecode}`);
    return d;
  });
  // Continuations waiting in each frame of each thread, by depth (the generated interpreter uses ids).
  const waitingByThread = new WeakMap<Thread, (Continuation | undefined)[]>();
  const waitingOf = (t: Thread): (Continuation | undefined)[] => {
    let w = waitingByThread.get(t);
    if (w === undefined) waitingByThread.set(t, (w = []));
    return w;
  };

  function decode(t: Thread, v: VariantInfo, pc: number): unknown[] {
    const f = t.frame;
    const code = f.proto!.code;
    const params: unknown[] = [];
    for (const o of v.operands) {
      const w = code[pc + o.offset];
      switch (o.kind) {
        case 'slot':
          params.push(t.stack[f.base + w]);
          break;
        case 'constant':
          params.push(f.proto!.consts[w]);
          break;
        case 'literal':
          params.push(o.fixed ?? w);
          break;
        case 'range':
          params.push(w);
          break;
        default:
          break;
      }
    }
    return params;
  }

  return function referenceExecute(t: Thread): void {
    const tick = { left: ENGINE_TICK };
    for (;;) {
      try {
        if (step(t, tick)) return;
      } catch (e) {
        setReferenceContext(null);
        if (t.handleError(e)) return;
      }
    }
  };

  /**
   * Runs until the engine's boundary is reached or its tick ends (true: return to Thread.run, as
   * the generated engines do every ENGINE_TICK instructions), or an exception escapes. The frame
   * always holds its pc here, so the engine may stop before any instruction.
   */
  function step(t: Thread, tick: { left: number }): boolean {
    for (;;) {
      const f = t.frame;
      // A boundary on top (a coroutine that yielded at once, or a finished run): nothing to do.
      if (f.kind !== FRAME_GUEST) return true;
      if (--tick.left < 0) {
        t.ticked = true;
        return true;
      }
      const code = f.proto!.code;
      if (t.pendingCont < 0 && (t.hookMask & HOOK_INSTRUCTION) !== 0) {
        t.hooks.onInstruction?.(t);
        if (t.frame !== f) continue;
      }
      const pc = f.pc;
      const v = table.variants[code[pc]];
      const params = decode(t, v, pc);
      setReferenceContext({ t, frame: f });
      let c: Completion;
      if (t.pendingCont >= 0) {
        t.pendingCont = -1;
        const waiting = waitingOf(t);
        const cont = waiting[t.depth]!;
        waiting[t.depth] = undefined;
        c = cont(...params) as unknown as Completion;
      } else {
        c = defs[v.id].impl(...params) as unknown as Completion;
      }
      setReferenceContext(null);
      if (complete(t, v, pc, c)) return true;
    }
  }

  /** Acts on a completion; true when the boundary was reached. */
  function complete(t: Thread, v: VariantInfo, pc: number, c: Completion): boolean {
    const f = t.frame;
    const code = f.proto!.code;
    switch (c.kind) {
      case 'ret':
        if (v.result === 'value') t.stack[f.base + code[pc + v.outOffset]] = c.value;
        f.pc = pc + v.length;
        return false;
      case 'branch':
        f.pc = code[pc + v.labelOffset];
        return false;
      case 'call':
      case 'callInPlace': {
        let argBase: number;
        let argc: number;
        if (c.kind === 'call') {
          argBase = f.base + f.proto!.frameSize;
          argc = c.args.length;
          for (let i = 0; i < argc; i++) t.stack[argBase + i] = c.args[i];
        } else {
          argBase = f.base + c.argSlot;
          argc = c.argc;
        }
        f.pc = pc;
        waitingOf(t)[t.depth] = c.cont;
        if (!t.invoke(c.fn as GuestCallable, argBase, argc, 0)) t.pendingCont = 0;
        return false;
      }
      case 'tailCall':
        f.pc = pc;
        return t.tailInvoke(c.fn as GuestCallable, f.base + c.argSlot, c.argc);
      case 'guestReturn':
        return t.doReturn(f.base + c.first, c.count);
    }
  }
}
