-- In Lua 5.1 the # operator on a table ignores __len; only the raw length is used.
local called = false
local t = setmetatable({ 1, 2, 3 }, { __len = function() called = true return 99 end })
print("length of table with __len", #t, "called", called)
local empty = setmetatable({}, { __len = function() return 42 end })
print("empty table with __len", #empty)
local viaIndex = setmetatable({}, { __index = function(_, k) if k <= 5 then return k end end })
print("__index does not affect #", #viaIndex, viaIndex[3])
local mt = { __len = function() return -1 end }
local list = setmetatable({}, mt)
for i = 1, 10 do list[i] = i end
print("after filling", #list)
print("metatable still holds __len", type(getmetatable(list).__len))
print("calling __len explicitly", getmetatable(list).__len(list))
local strWithMt = "abc"
print("string length", #strWithMt)
