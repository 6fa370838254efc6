-- Messages for indexing non-tables name the variable when Lua 5.1 can tell what it is.
local t = {}
local function try(f) print(select(2, pcall(f))) end
try(function() local v; return v.x end)
try(function() local v = 5; return v.x end)
try(function() local v = true; v.x = 1 end)
try(function() return undefinedGlobal.x end)
try(function() undefinedGlobal.x = 1 end)
try(function() return t.missing.x end)
try(function() t.missing.x = 1 end)
try(function() return t.a.b.c end)
try(function() return t[1].x end)
try(function() local k = "key" return t[k].x end)
local up
try(function() return up.x end)
try(function() return up[1] end)
try(function() return (nil).x end)
try(function() local function f() end return f().x end)
try(function() local function f() return 1 end return f().x end)
try(function() local fn = print return fn.x end)
try(function() return t.x.y.z end)
local nested = { inner = {} }
try(function() return nested.inner.deep.value end)
try(function() local a = { b = false } return a.b.c end)
