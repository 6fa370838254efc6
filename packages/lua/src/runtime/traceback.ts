import { FRAME_BOUNDARY, FRAME_GUEST } from '@deegen/ir';
import type { Frame, Thread } from '@deegen/ir';
import type { ProtoData } from '../compiler/index.js';
import { chunkId } from '../frontend/chunk-id.js';
import type { LuaFunction } from './function.js';

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
  return `${chunkId(p.source)}:${currentLine(f)}: `;
}

/**
 * The frame at `level` as Lua 5.1 counts levels from a builtin: 1 is the function that called the
 * running builtin (the top frame, since builtins called directly have no frame of their own).
 */
export function frameAtLevel(t: Thread, level: number): Frame | undefined {
  let d = t.depth;
  for (let l = 1; d > 0; d--) {
    const f = t.frames[d];
    if (f.kind === FRAME_BOUNDARY) continue;
    if (l === level) return f;
    l++;
  }
  return undefined;
}

function describe(f: Frame): string {
  if (f.kind !== FRAME_GUEST) {
    const fn = f.callee as LuaFunction | null;
    return fn !== null && fn.name ? `[C]: in function '${fn.name}'` : '[C]: ?';
  }
  const p = f.proto as ProtoData;
  const where = `${chunkId(p.source)}:${currentLine(f)}:`;
  if (p.lineDefined === 0) return `${where} in main chunk`;
  return `${where} in function <${chunkId(p.source)}:${p.lineDefined}>`;
}

/** A Lua 5.1 style traceback of the thread's frames, innermost first. */
export function traceback(t: Thread, message?: string): string {
  const lines: string[] = [];
  if (message !== undefined) lines.push(message);
  lines.push('stack traceback:');
  const native = t.currentNative as LuaFunction | null;
  if (native !== null && native.name) lines.push(`\t[C]: in function '${native.name}'`);
  for (let d = t.depth; d > 0; d--) {
    const f = t.frames[d];
    if (f.kind === FRAME_BOUNDARY) continue;
    lines.push(`\t${describe(f)}`);
  }
  lines.push('\t[C]: ?');
  return lines.join('\n');
}
