import { describe, expect, it } from 'vitest';
import { TIERS, harness, later } from './async-harness.js';

/** Awaits in every position a call can take in Lua code, each continuing with the right value. */
describe.each(TIERS)('awaits in every call position (%s tier)', (tier) => {
  function fetching() {
    const h = harness(tier);
    h.define('fetch', (x) => later(1, x));
    h.define('now', (x) => Promise.resolve(x));
    return h;
  }

  it('takes two awaits in one expression, in a loop and in a tail call', async () => {
    const h = fetching();
    const src = `
      local a = fetch(20) + fetch(22) * now(1)
      local s = 0
      for i = 1, 50 do s = s + now(i) end
      local function tail(x) return fetch(x .. "!") end
      return a, s, tail("t"), (fetch("paren"))`;
    expect(await h.lua.runAsync(src)).toEqual([42, 1275, 't!', 'paren']);
  });

  it('awaits inside the iterator function of a generic for, and with a JS function as the iterator', async () => {
    const h = fetching();
    let n = 0;
    h.define('nextOf', (_s, i) => later(1, (i as number) < 3 ? (i as number) + 1 : null));
    h.define('count', () => ++n);
    const src = `
      local function iter(limit, i)
        if i >= limit then return nil end
        return fetch(i + 1)
      end
      local got = {}
      for i in iter, 4, 0 do got[#got + 1] = i end
      for i in nextOf, nil, 0 do got[#got + 1] = -i end
      return table.concat(got, " ")`;
    expect(await h.lua.runAsync(src)).toEqual(['1 2 3 4 -1 -2 -3']);
  });

  it('awaits a JS function used directly as a metamethod', async () => {
    const h = fetching();
    h.define('index', (_t, k) => later(1, `got ${String(k)}`));
    h.define('add', (a, b) => later(1, typeof a === 'number' ? a : (b as number) * 100));
    h.define('lt', () => later(1, true));
    h.define('concat', () => later(1, 'joined'));
    h.define('call', (_self, x) => later(1, (x as number) + 1));
    const src = `
      local mt = { __index = index, __add = add, __lt = lt, __concat = concat, __call = call }
      local o = setmetatable({}, mt)
      local p = setmetatable({}, mt)
      local r = { o.name, o + 3, (o < p), o .. "x", o(41) }
      return table.concat({ r[1], r[2], tostring(r[3]), r[4], r[5] }, ",")`;
    expect(await h.lua.runAsync(src)).toEqual(['got name,300,true,joined,42']);
  });

  it('awaits under xpcall and keeps the handler for errors raised after the wait', async () => {
    const h = fetching();
    const src = `
      local function handler(e) return "handled: " .. e end
      local ok, v = xpcall(function() return fetch(5) * 2 end, handler)
      local ok2, e2 = xpcall(function() local x = fetch(nil) return x.field end, handler)
      return ok, v, ok2, e2`;
    expect(await h.lua.runAsync(src, { chunkName: '=x' })).toEqual([true, 10, false, "handled: x:4: attempt to index local 'x' (a nil value)"]);
  });

  it('keeps the values of locals that a closure and a compiled loop share across waits', async () => {
    const h = fetching();
    const src = `
      local acc = 0
      local function add(n) acc = acc + n end
      for i = 1, 20 do
        local before = acc
        add(fetch(i))
        assert(acc == before + i)
      end
      return acc`;
    expect(await h.lua.runAsync(src)).toEqual([210]);
  });

  it('fires the call and return hooks of an awaited function around its wait', async () => {
    const h = fetching();
    const src = `
      local events = {}
      debug.sethook(function(ev)
        local info = debug.getinfo(2, "n")
        if info and info.name == "fetch" then events[#events + 1] = ev end
      end, "cr")
      local v = fetch(5) + fetch(6)
      debug.sethook()
      return v, table.concat(events, ",")`;
    expect(await h.lua.runAsync(src)).toEqual([11, 'call,return,call,return']);
  });

  it('awaits in the other metamethods the VM calls and in a module loader run by require', async () => {
    const h = fetching();
    const src = `
      local mt = {
        __eq = function(a, b) return fetch(true) end,
        __le = function(a, b) return fetch(false) end,
        __unm = function(a) return fetch(-7) end,
        __newindex = function(t, k, v) rawset(t, k, fetch(v * 2)) end,
      }
      local a, b = setmetatable({}, mt), setmetatable({}, mt)
      local u = newproxy(true)
      getmetatable(u).__len = function() return fetch(99) end
      a.x = 21
      package.preload.mod = function(name) return fetch("loaded " .. name) end
      return a == b, a <= b, -a, rawget(a, "x"), #u, require("mod")`;
    expect(await h.lua.runAsync(src)).toEqual([true, false, -7, 42, 99, 'loaded mod']);
  });
});
