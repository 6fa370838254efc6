import { FRAME_GUEST, FRAME_SCRATCH } from '@deegen/ir';
import type { Thread } from '@deegen/ir';
import { LuaCoroutine } from './coroutine.js';
import { LuaFunction } from './function.js';
import type { LuaRealm } from './realm.js';
import { LuaTable } from './table.js';
import { LuaUserdata } from './value.js';
import type { LuaValue } from './value.js';

type Collectable = LuaTable | LuaFunction | LuaUserdata | LuaCoroutine;

function isCollectable(v: LuaValue): v is Collectable {
  return typeof v === 'object';
}

/**
 * What a Lua program can observe of garbage collection, on a host whose own collector is
 * invisible: a mark pass from the Lua roots finds the objects a program can still reach; entries
 * of weak tables whose weak keys or values were not reached are removed; unreached userdata with
 * a `__gc` metamethod are finalized (in reverse order of creation, as in Lua 5.1). Memory itself
 * is reclaimed by the host once nothing references it.
 */
export class Collector {
  /** Userdata that may need finalizing (those with a metatable), in creation order. */
  private finalizable: LuaUserdata[] = [];
  /**
   * Userdata a collection that allocation triggered found unreachable, in the order their
   * finalizers run: those run at the thread's next tick (runPending), between instructions.
   */
  private pending: LuaUserdata[] = [];
  /** Whether any table ever had a metatable with `__mode` (else collections change nothing). */
  weakTablesSeen = false;
  /** Allocations counted since the last collection, and the count that triggers the next one. */
  allocations = 0;
  /** Allocations counted before the last collection, all together (memory limits charge them). */
  earlierAllocations = 0;
  threshold = 20000;
  stopped = false;
  pause = 200;
  stepMultiplier = 200;
  /** Values the embedder holds (roots beyond the realm's own). */
  readonly handles = new Set<LuaValue>();

  /** Metatables created by `newproxy(true)`: `newproxy(p)` may only share one of these. */
  private readonly proxyMetatables = new WeakSet<LuaTable>();

  /** Tables and closures created so far (NEWTABLE and CLOSURE count them). */
  get allocationsTotal(): number {
    return this.earlierAllocations + this.allocations;
  }

  restartCount(): void {
    this.earlierAllocations += this.allocations;
    this.allocations = 0;
  }

  trackFinalizable(u: LuaUserdata, proxy = false): void {
    this.finalizable.push(u);
    if (proxy && u.metatable !== undefined) this.proxyMetatables.add(u.metatable);
  }

  isProxyMetatable(mt: LuaTable): boolean {
    return this.proxyMetatables.has(mt);
  }

  /** Whether a collection could change anything a program can observe. */
  get worthwhile(): boolean {
    return this.weakTablesSeen || this.finalizable.length > 0;
  }

  /** Whether finalizers are waiting for the next tick (runPending). */
  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  /** Calls the finalizers that collections triggered by allocation left for later, with `t.call`. */
  runPending(t: Thread): void {
    while (this.pending.length > 0) {
      const u = this.pending.shift()!;
      const gc = u.metatable?.getStr('__gc');
      if (gc instanceof LuaFunction) t.call(gc, [u]);
    }
  }

  /**
   * Runs a full collection. `threads` are the realm's threads that may hold live values (the
   * running one and every coroutine reachable from it is found by marking). Finalizers are called
   * with `t.call`, after those still pending; with `deferFinalizers` (a collection that
   * allocation triggered, inside an instruction) they are left for the thread's next tick
   * instead. Returns how many objects it marked (the work it did).
   */
  collect(realm: LuaRealm, t: Thread, deferFinalizers = false): number {
    const marked = new Set<object>();
    const weak: LuaTable[] = [];
    const work: Collectable[] = [];
    const mark = (v: LuaValue): void => {
      if (isCollectable(v) && !marked.has(v)) {
        marked.add(v);
        work.push(v);
      }
    };
    const markThread = (th: Thread): void => {
      let top = th.nativeTop;
      for (let d = 0; d <= th.depth; d++) {
        const f = th.frames[d];
        mark(f.callee as LuaValue);
        for (const v of f.varargs) mark(v as LuaValue);
        const end = f.base + (f.kind === FRAME_GUEST && f.proto !== null ? f.proto.frameSize + FRAME_SCRATCH : f.top);
        if (end > top) top = end;
      }
      const s = th.stack;
      for (let i = 0; i < top && i < s.length; i++) mark(s[i] as LuaValue);
    };
    const drain = (): void => {
      while (work.length > 0) {
        const o = work.pop()!;
        if (o instanceof LuaTable) {
          const mt = o.metatable;
          mark(mt);
          const mode = mt?.getStr('__mode');
          const weakKeys = typeof mode === 'string' && mode.includes('k');
          const weakValues = typeof mode === 'string' && mode.includes('v');
          if (weakKeys || weakValues) weak.push(o);
          o.forEachEntry((k, v) => {
            if (!weakKeys) mark(k);
            if (!weakValues) mark(v);
          });
        } else if (o instanceof LuaFunction) {
          mark(o.env);
          for (const uv of o.upvals) if (uv.stack === null) mark(uv.value);
        } else if (o instanceof LuaUserdata) {
          mark(o.metatable);
        } else if (o instanceof LuaCoroutine) {
          mark(o.body);
          markThread(o.thread);
        }
      }
    };

    mark(realm.globals);
    mark(realm.registry);
    for (const m of [realm.stringMeta, realm.numberMeta, realm.booleanMeta, realm.nilMeta, realm.functionMeta, realm.threadMeta]) mark(m);
    for (const h of this.handles) mark(h);
    // Userdata waiting for their finalizer are alive until it has run, with what they reference.
    for (const u of this.pending) mark(u);
    markThread(t);
    for (const th of realm.pausedThreads) markThread(th);
    mark(realm.currentCoroutine);
    drain();

    // Finalizers see their object alive again; it and what it references survive this cycle.
    const doomed: LuaUserdata[] = [];
    const kept: LuaUserdata[] = [];
    for (const u of this.finalizable) {
      if (marked.has(u)) kept.push(u);
      else if (u.metatable !== undefined && u.metatable.getStr('__gc') !== undefined) doomed.push(u);
    }
    this.finalizable = kept;
    // As in lua5.1: what a finalizer will see stays alive this cycle, weak entries to it included,
    // but a weak value that is a userdata waiting for its finalizer goes.
    for (const u of doomed) mark(u);
    drain();
    const finalizing = new Set<LuaValue>([...doomed, ...this.pending]);

    for (const w of weak) {
      const mode = w.metatable?.getStr('__mode');
      const weakKeys = typeof mode === 'string' && mode.includes('k');
      const weakValues = typeof mode === 'string' && mode.includes('v');
      w.forEachEntry((k, v) => {
        if ((weakKeys && isCollectable(k) && !marked.has(k)) || (weakValues && isCollectable(v) && (!marked.has(v) || finalizing.has(v)))) {
          w.set(k, undefined);
        }
      });
    }

    this.restartCount();
    this.threshold = Math.max(20000, Math.floor((marked.size * this.pause) / 100));
    for (let i = doomed.length - 1; i >= 0; i--) this.pending.push(doomed[i]);
    if (!deferFinalizers) this.runPending(t);
    return marked.size;
  }
}

/**
 * Called when the allocation count reaches the threshold: collects if that can change anything
 * a program observes (weak tables or finalizers exist), so that a loop allocating until a weak
 * entry disappears ends as it does in lua5.1; otherwise only restarts the count. The finalizers
 * of what it finds unreachable run at the thread's next tick (the language's onTick), at most
 * ENGINE_TICK instructions later, not inside the allocating instruction: so this reads the
 * frame's registers (it marks them) but never writes them nor runs guest code, and compiled code
 * writes its register locals back before it and reloads nothing after (deegen.config.json's
 * stencilReadingCalls). The reference manual leaves when a cycle ends, and with it when
 * finalizers run, to the collector.
 */
export function allocationCollect(realm: LuaRealm, t: Thread): void {
  const gc = realm.gc;
  if (!gc.stopped && gc.worthwhile) gc.collect(realm, t, true);
  else gc.restartCount();
}
