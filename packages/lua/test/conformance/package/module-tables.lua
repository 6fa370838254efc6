-- module() finds or builds the tables along a dotted name.
local print, table, getfenv, rawget, rawset, module = print, table, getfenv, rawget, rawset, module

existing = { keep = "me" }
local function make(name)
  module(name)
  return getfenv(1)
end

local m = make("existing.child.leaf")
print(existing.keep, existing.child.leaf == m, m._PACKAGE)

-- A module name that is already a table in the globals uses that table.
local e = make("existing")
print(e == existing, e._NAME, e.keep)

-- package.loaded wins over the globals.
package.loaded.preset = { from = "loaded" }
local p = make("preset")
print(p.from, p._NAME, rawget(_G, "preset"))

-- Globals with a __newindex see the new tables being stored.
local stored = {}
setmetatable(_G, { __newindex = function(t, k, v) stored[#stored + 1] = k; rawset(t, k, v) end })
make("fresh.one")
setmetatable(_G, nil)
print(table.concat(stored, ","), fresh.one._NAME)

-- _NAME already set: nothing is reinitialised.
local pre = { _NAME = "custom" }
package.loaded.named = pre
local n = make("named")
print(n == pre, n._NAME, n._M, n._PACKAGE)
