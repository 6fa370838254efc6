-- __eq is tried only when comparing two different tables whose __eq metamethods are the same.
local calls = 0
local function eqByValue(a, b) calls = calls + 1 return a.v == b.v end
local mtA = { __eq = eqByValue }
local mtB = { __eq = eqByValue }
local a1 = setmetatable({ v = 1 }, mtA)
local a2 = setmetatable({ v = 1 }, mtA)
local a3 = setmetatable({ v = 2 }, mtA)
print("same metatable equal", a1 == a2, calls)
print("same metatable unequal", a1 == a3, calls)
print("not-equal negates", a1 ~= a2, a1 ~= a3, calls)
calls = 0
print("same table skips __eq", a1 == a1, calls)
local b1 = setmetatable({ v = 1 }, mtB)
print("different metatables, same function", a1 == b1, calls)
local other = setmetatable({ v = 1 }, { __eq = function() return true end })
print("different __eq functions", a1 == other, calls)
local plain = { v = 1 }
print("one side without metatable", a1 == plain, plain == a1, calls)
print("table vs number never calls", a1 == 1, 1 == a1, a1 == "1", calls)
print("table vs nil", a1 == nil, calls)
local truthy = setmetatable({}, { __eq = function() return "yes" end })
local truthy2 = setmetatable({}, getmetatable(truthy))
print("result converted to boolean", truthy == truthy2)
local falsy = setmetatable({}, { __eq = function() return nil end })
local falsy2 = setmetatable({}, getmetatable(falsy))
print("nil result is false", falsy == falsy2, falsy ~= falsy2)
print("rawequal ignores __eq", rawequal(a1, a2))
local keyed = {}
keyed[a1] = "a1"
print("table keys use identity", keyed[a2], keyed[a1])
local args = {}
local order = setmetatable({ name = "L" }, { __eq = function(x, y) args[1] = x.name args[2] = y.name return false end })
local order2 = setmetatable({ name = "R" }, getmetatable(order))
local _ = order == order2
print("operands in order", args[1], args[2])
_ = order2 == order
print("swapped operands", args[1], args[2])
