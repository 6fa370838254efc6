-- Function definition forms: global, local, fields, nested fields and methods.
function globalFn(a) return "global " .. a end
print(globalFn("call"))
local function localFn(a) return "local " .. a end
print(localFn("call"))
local anon = function(a) return "anonymous " .. a end
print(anon("call"))
local obj = { inner = { deeper = {} } }
function obj.field(a) return "field " .. a end
function obj.inner.deeper.fn(a) return "deep field " .. a end
function obj:method(a) return "method " .. a .. " self ok " .. tostring(self == obj) end
print(obj.field("call"))
print(obj.inner.deeper.fn("call"))
print(obj:method("call"))
print(obj.method(obj, "explicit self"))
lib = {}
function lib.helper() return "global table field" end
print(lib.helper())
local function noReturn() end
print("no return gives nothing", noReturn(), select("#", noReturn()))
local function emptyReturn() return end
print("empty return", select("#", emptyReturn()))
local function nilReturn() return nil end
print("explicit nil return", select("#", nilReturn()))
local function params(a, b, c) return a, b, c end
print("fewer args", params(1))
print("more args", params(1, 2, 3, 4, 5))
local f = function(...) return select("#", ...) end
print("vararg count", f(), f(nil), f(1, nil, nil))
local function redefine() return 1 end
local first = redefine
local function redefine() return 2 end
print("redefinition makes new local", first(), redefine())
print("functions are values", type(localFn), localFn == localFn)
local fns = { function() return "a" end, function() return "b" end }
print("in table", fns[1](), fns[2]())
print("immediately invoked", (function(v) return v * 2 end)(21))
