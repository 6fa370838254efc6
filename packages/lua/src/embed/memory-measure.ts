import type { Thread } from '@deegen/ir';
import type { ProtoData } from '../compiler/proto.js';
import { LuaCoroutine } from '../runtime/coroutine.js';
import { LuaFunction } from '../runtime/function.js';
import { SIZE } from '../runtime/memory-meter.js';
import type { LuaRealm } from '../runtime/realm.js';
import { Shape } from '../runtime/shape.js';
import { LuaTable } from '../runtime/table.js';
import { LuaUserdata } from '../runtime/value.js';

/**
 * The memory a Lua state's program can still reach, in bytes, by the size model of
 * runtime/memory-meter.ts: a mark pass from the state's roots (globals, registry, the metatables
 * of types, values the embedder holds, the given threads' stacks and frames), summing every
 * table (its array, string-key slots and hash part as allocated, not as filled), function,
 * upvalue, function prototype (code, constants and debug information), coroutine (its stack and
 * frames) and userdata once, and every string once per place that holds it. A JS host cannot
 * tell a shared string from a copy, so a string stored in many places is counted in each: the
 * model errs towards more memory, never less. Weak references count as strong ones.
 */
export function measureHeap(realm: LuaRealm, threads: readonly Thread[]): number {
  const seen = new Set<object>();
  const work: object[] = [];
  let bytes = 0;

  const value = (v: unknown): void => {
    if (typeof v === 'string') bytes += SIZE.string + v.length;
    else if (typeof v === 'object' && v !== null && !seen.has(v)) {
      seen.add(v);
      work.push(v);
    }
  };
  const thread = (t: Thread): void => {
    const s = t.stack;
    bytes += s.length * 8 + t.frames.length * SIZE.frame;
    for (let i = 0; i < s.length; i++) value(s[i]);
    // Frames above the current depth are kept for reuse and still hold their last callee.
    for (const f of t.frames) {
      value(f.callee);
      for (const v of f.varargs) value(v);
    }
  };
  const proto = (p: ProtoData): void => {
    if (seen.has(p)) return;
    seen.add(p);
    bytes += 256 + p.code.length * 20 + p.lines.length * 4 + p.locals.length * 48 + p.upvals.length * 32 + p.consts.length * 8;
    for (const k of p.consts) value(k);
    for (const child of p.protos) proto(child);
  };

  value(realm.globals);
  value(realm.registry);
  for (const m of [realm.stringMeta, realm.numberMeta, realm.booleanMeta, realm.nilMeta, realm.functionMeta, realm.threadMeta]) value(m);
  for (const h of realm.gc.handles) value(h);
  value(realm.currentCoroutine);
  for (const t of threads) {
    if (seen.has(t)) continue;
    seen.add(t);
    thread(t);
  }

  while (work.length > 0) {
    const o = work.pop()!;
    if (o instanceof LuaTable) {
      bytes += SIZE.table + o.array.length * SIZE.slot + o.slots.length * SIZE.slot + o.hashSlots * SIZE.hashEntry;
      value(o.metatable);
      value(o.shape);
      o.forEachEntry((k, v) => {
        value(k);
        value(v);
      });
    } else if (o instanceof LuaFunction) {
      bytes += SIZE.function + o.upvals.length * SIZE.upvalue;
      value(o.env);
      for (const uv of o.upvals) if (uv.stack === null) value(uv.value);
      if (o.proto !== null) proto(o.proto as ProtoData);
    } else if (o instanceof LuaCoroutine) {
      bytes += SIZE.coroutine;
      value(o.body);
      if (!seen.has(o.thread)) {
        seen.add(o.thread);
        thread(o.thread);
      }
    } else if (o instanceof LuaUserdata) {
      bytes += SIZE.userdata;
      value(o.metatable);
    } else if (o instanceof Shape) {
      // Its key list and key-to-slot map, shared by the tables that have it.
      bytes += 64 + o.keys.length * 40;
    }
  }
  return bytes;
}
