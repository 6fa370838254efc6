import { FRAME_BOUNDARY, FRAME_GUEST } from '@deegen/ir';
import type { Frame, Thread } from '@deegen/ir';
import type { ProtoData } from '../compiler/index.js';
import { RUNTIME_ID_SIZE, chunkId } from '../frontend/chunk-id.js';
import { opcodeTable } from '../generated/opcodes.gen.js';
import { calledName } from './variable-names.js';

/** The line a guest frame is executing (its saved pc). */
export function currentLine(f: Frame): number {
  const p = f.proto as ProtoData | null;
  if (p === null) return -1;
  return p.lines[Math.min(f.pc, p.lines.length - 1)] ?? -1;
}

/** `chunk:line:` for guest frames, '' for builtins (lua5.1's luaL_where). */
export function whereOf(f: Frame | undefined): string {
  if (f === undefined || f.kind !== FRAME_GUEST) return '';
  const p = f.proto as ProtoData;
  return `${chunkId(p.source, RUNTIME_ID_SIZE)}:${currentLine(f)}: `;
}

/**
 * One level of the Lua call stack as lua5.1 counts them: Lua functions, builtins (including
 * those called directly, which have no frame here) and tail-call markers.
 */
export interface StackLevel {
  readonly kind: 'lua' | 'C' | 'tail';
  /** The guest frame of a Lua level. */
  readonly frame?: Frame;
  /** The name under which the caller called this function, if the caller was Lua code. */
  readonly name?: string;
  /** For a builtin level: the builtin (when known) and the frame of its caller. */
  readonly fn?: unknown;
  readonly caller?: Frame;
}

function nameFrom(caller: Frame | undefined): string | undefined {
  if (caller === undefined || caller.kind !== FRAME_GUEST) return undefined;
  return calledName(opcodeTable, caller.proto as ProtoData, caller.pc)?.name;
}

/**
 * The thread's levels, innermost first: level 0 is the running builtin, if any, so a builtin
 * asking for "level 1" (the function that called it, as lua5.1 numbers them) reads index 1 when
 * a builtin runs. The host's entry point is not included.
 */
export function stackLevels(t: Thread): StackLevel[] {
  const out: StackLevel[] = [];
  if (t.currentNative !== null) out.push({ kind: 'C', name: nameFrom(t.frame), fn: t.currentNative, caller: t.frame });
  for (let d = t.depth; d > 0; d--) {
    const f = t.frames[d];
    const caller = t.frames[d - 1];
    if (f.kind === FRAME_BOUNDARY) {
      if (f.callee !== null) out.push({ kind: 'C', name: nameFrom(caller), fn: f.callee, caller });
      continue;
    }
    if (f.kind !== FRAME_GUEST) {
      out.push({ kind: 'C', name: nameFrom(caller), fn: f.callee, caller });
      continue;
    }
    out.push({ kind: 'lua', frame: f, name: f.tailCalls > 0 ? undefined : nameFrom(caller) });
    // Each tail call that replaced this frame's function is a level of its own, as in lua5.1.
    for (let i = 0; i < f.tailCalls; i++) out.push({ kind: 'tail' });
  }
  return out;
}

/** The frame at `level` as a builtin counts it (1: the function that called the builtin). */
export function frameAtLevel(t: Thread, level: number): Frame | undefined {
  const levels = stackLevels(t);
  const index = t.currentNative !== null ? level : level - 1;
  return levels[index]?.frame;
}

function describe(l: StackLevel): string {
  if (l.kind === 'tail') return '(tail call): ?';
  if (l.kind === 'C') return l.name !== undefined ? `[C]: in function '${l.name}'` : '[C]: ?';
  const f = l.frame!;
  const p = f.proto as ProtoData;
  const where = `${chunkId(p.source, RUNTIME_ID_SIZE)}:${currentLine(f)}:`;
  if (l.name !== undefined) return `${where} in function '${l.name}'`;
  if (p.lineDefined === 0) return `${where} in main chunk`;
  return `${where} in function <${chunkId(p.source, RUNTIME_ID_SIZE)}:${p.lineDefined}>`;
}

/** lua5.1 shows the first levels and the last ones of deep stacks, with `...` between. */
const FIRST_LEVELS = 10;
const LAST_LEVELS = 11;

/**
 * A Lua 5.1 traceback, innermost first, starting at `levels[skip]`; with `withHost`, the host's
 * entry point is shown as the last level (`[C]: ?`), as the standalone lua5.1 shows its own
 * (a coroutine's stack has no such level).
 */
export function traceback(t: Thread, message?: string, skip = 0, withHost = true): string {
  const levels = stackLevels(t).slice(skip).map(describe);
  if (withHost) levels.push('[C]: ?');
  const lines: string[] = [];
  if (message !== undefined) lines.push(message);
  lines.push('stack traceback:');
  if (levels.length > FIRST_LEVELS + LAST_LEVELS) {
    for (let i = 0; i < FIRST_LEVELS; i++) lines.push(`\t${levels[i]}`);
    lines.push('\t...');
    for (let i = levels.length - LAST_LEVELS + 1; i < levels.length; i++) lines.push(`\t${levels[i]}`);
  } else {
    for (const l of levels) lines.push(`\t${l}`);
  }
  return lines.join('\n');
}
