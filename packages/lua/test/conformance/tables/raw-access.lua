-- rawget, rawset and rawequal bypass metamethods.
local log = {}
local mt = {
  __index = function(t, k) log[#log + 1] = "index " .. tostring(k) return "default" end,
  __newindex = function(t, k, v) log[#log + 1] = "newindex " .. tostring(k) rawset(t, k, v * 2) end,
  __eq = function() return true end,
}
local t = setmetatable({}, mt)
print("normal read uses __index", t.a)
print("rawget sees nothing", rawget(t, "a"))
t.b = 5
print("normal write went through __newindex", rawget(t, "b"))
rawset(t, "c", 7)
print("rawset stores directly", rawget(t, "c"), t.c)
print("existing key does not call __newindex")
t.c = 8
print("overwritten", t.c)
print("log:", log[1], log[2], log[3], #log)
local u = setmetatable({}, mt)
print("== with __eq", t == u, "rawequal", rawequal(t, u), rawequal(t, t))
print("rawset returns the table", rawset(t, "d", 1) == t)
print("rawget missing", rawget(t, "zzz"))
print("rawget numeric", rawget({ 10, 20 }, 2))
print("rawget on non-table", pcall(rawget, "str", 1))
print("rawset on non-table", pcall(rawset, 1, 1, 1))
print("rawset nil key", pcall(rawset, {}, nil, 1))
print("rawequal different types", rawequal(1, "1"), rawequal({}, {}))
print("rawget with no key", pcall(rawget, {}))
local protected = setmetatable({}, { __newindex = function() error("read only") end })
rawset(protected, "k", "v")
print("rawset bypasses read-only", protected.k)
print("normal write blocked", pcall(function() protected.other = 1 end))
