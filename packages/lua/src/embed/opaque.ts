/**
 * A Lua value JS cannot look into: a coroutine (`type` "thread") or a userdata that did not come
 * from JS (`newproxy`, io files). Passed back to the state it came from, it is the same Lua value
 * again.
 */
export class LuaOpaque {
  /** @internal Made by the state. */
  constructor(readonly type: 'thread' | 'userdata') {}
}
