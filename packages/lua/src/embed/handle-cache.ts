import type { LuaValue } from '../runtime/value.js';

/**
 * One JS handle per Lua object (so `lua.get('t') === lua.get('t')`), and the Lua object counts as
 * reachable for Lua's observable collector (weak tables, `__gc`) while JS holds its handle. The
 * cache holds handles weakly: when JS drops one, the host collects it and the object stops being
 * a root (a FinalizationRegistry removes it from `roots`).
 */
export class HandleCache {
  private readonly handles = new WeakMap<object, WeakRef<object>>();
  private readonly registry: FinalizationRegistry<object>;

  constructor(private readonly roots: Set<LuaValue>) {
    this.registry = new FinalizationRegistry((raw) => {
      // A newer handle for the same object may be alive: it keeps the object a root.
      if (this.handles.get(raw)?.deref() === undefined) this.roots.delete(raw as LuaValue);
    });
  }

  handleFor<H extends object>(raw: object, make: () => H): H {
    const existing = this.handles.get(raw)?.deref();
    if (existing !== undefined) return existing as H;
    const handle = make();
    this.handles.set(raw, new WeakRef(handle));
    this.roots.add(raw as LuaValue);
    this.registry.register(handle, raw);
    return handle;
  }
}
