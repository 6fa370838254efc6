import { describe, expect, it } from 'vitest';
import { ScriptRunner } from '../src/cli/run-script.js';

/**
 * Deliberate differences from lua5.1 (which raises "attempt to yield across metamethod/C-call
 * boundary" in these cases), as LuaJIT allows: a coroutine may yield through pcall, metamethods
 * and the iterators of a generic for, because none of them holds JS stack in this VM.
 */
function run(source: string, engine: 'interp' | 'reference'): string {
  let out = '';
  let err = '';
  const r = new ScriptRunner({ engine, progName: 'lua', stdout: (s) => (out += s), stderr: (s) => (err += s) });
  const status = r.run(source, '=test');
  if (status !== 0) throw new Error(err);
  return out;
}

describe.each(['interp', 'reference'] as const)('coroutine extensions beyond lua5.1 (%s engine)', (engine) => {
  it('yields 100 Lua calls deep through pcall and __index, and resumes to the right values', () => {
    const src = `
      local proxy = setmetatable({}, { __index = function(t, k) return coroutine.yield(k) end })
      local function descend(n)
        if n == 0 then return proxy.leaf end
        local ok, v = pcall(descend, n - 1)
        assert(ok, v)
        return v + 1
      end
      local co = coroutine.create(function() return descend(100) end)
      print(coroutine.resume(co))
      print(coroutine.status(co))
      print(coroutine.resume(co, 1))
      print(coroutine.status(co))`;
    expect(run(src, engine)).toBe('true\tleaf\nsuspended\ntrue\t101\ndead\n');
  });

  it('yields from an arithmetic metamethod and from __newindex', () => {
    const src = `
      local mt = {}
      mt.__add = function(a, b) return coroutine.yield("add") end
      mt.__newindex = function(t, k, v) rawset(t, k, coroutine.yield("set " .. k)) end
      local obj = setmetatable({}, mt)
      local co = coroutine.wrap(function() local s = obj + 1; obj.x = s; return obj.x end)
      print(co(), co(41), co(99))`;
    expect(run(src, engine)).toBe('add\tset x\t99\n');
  });

  it('yields from the iterator of a generic for', () => {
    const src = `
      local function iter(_, i)
        if i >= 3 then return nil end
        coroutine.yield("tick " .. i)
        return i + 1
      end
      local co = coroutine.wrap(function() for i in iter, nil, 0 do end return "loop over" end)
      print(co(), co(), co(), co())`;
    expect(run(src, engine)).toBe('tick 0\ttick 1\ttick 2\tloop over\n');
  });

  it('delivers errors raised after a yield inside pcall to that pcall', () => {
    const src = `
      local co = coroutine.wrap(function()
        local ok, e = pcall(function() coroutine.yield("paused") error("after resume", 0) end)
        return tostring(ok) .. " " .. e
      end)
      print(co())
      print(co())`;
    expect(run(src, engine)).toBe('paused\nfalse after resume\n');
  });

  it('still refuses to yield across a builtin that re-enters the interpreter', () => {
    const src = `
      local t = setmetatable({}, { __tostring = function() coroutine.yield() return "x" end })
      local co = coroutine.create(function() return tostring(t) end)
      print(coroutine.resume(co))`;
    expect(run(src, engine)).toBe('false\tattempt to yield across metamethod/C-call boundary\n');
  });
});
