import type { Thread } from '@deegen/ir';
import { Upvalue } from './function.js';
import type { LuaValue } from './value.js';

/**
 * Open upvalues of a thread form a list sorted by decreasing stack index, so closures created in
 * the same scope share one Upvalue per captured register, and closing a scope is a walk from the head.
 */
export function findUpvalue(t: Thread, index: number): Upvalue {
  let prev: Upvalue | null = null;
  let uv = t.openUpvalues as Upvalue | null;
  while (uv !== null && uv.index > index) {
    prev = uv;
    uv = uv.nextOpen;
  }
  if (uv !== null && uv.index === index) return uv;
  const created = new Upvalue(t.stack as LuaValue[], index);
  created.nextOpen = uv;
  if (prev === null) t.openUpvalues = created;
  else prev.nextOpen = created;
  return created;
}

/** Closes every open upvalue of registers at or above absolute stack index `level`. */
export function closeUpvalues(t: Thread, level: number): void {
  let uv = t.openUpvalues as Upvalue | null;
  while (uv !== null && uv.index >= level) {
    uv.value = uv.stack![uv.index];
    uv.stack = null;
    const next = uv.nextOpen;
    uv.nextOpen = null;
    uv = next;
  }
  t.openUpvalues = uv;
}

/** After Thread.renewStack: the open upvalues alias registers of the thread's new array. */
export function repointUpvalues(t: Thread): void {
  const s = t.stack as LuaValue[];
  for (let uv = t.openUpvalues as Upvalue | null; uv !== null; uv = uv.nextOpen) uv.stack = s;
}
