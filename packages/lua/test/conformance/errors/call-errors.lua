-- Messages for calling non-functions.
local t = { notFn = 1 }
local function try(f) print(select(2, pcall(f))) end
try(function() undefinedFunction() end)
try(function() local f; f() end)
try(function() local f = "text"; f() end)
try(function() local f = {}; f() end)
try(function() t.missing() end)
try(function() t.notFn() end)
try(function() t:missingMethod() end)
try(function() t:notFn() end)
try(function() t[1]() end)
local up = 3
try(function() up() end)
try(function() (nil)() end)
try(function() local function g() end g()() end)
try(function() local x = true; x(1, 2) end)
try(function() t.a.b() end)
try(function() for x in nil do end end)
try(function() local iter = {} for x in iter do end end)
local obj = { inner = {} }
try(function() obj.inner:run() end)
try(function() return undefinedFunction() end)
try(function() local r = undefinedFunction() return r end)
