-- Table constructors: positional items, named fields, bracketed keys, separators.
local empty = {}
print("empty", #empty, next(empty))
local list = { "a", "b", "c" }
print("positional", list[1], list[2], list[3], #list)
local rec = { x = 1, y = 2, ["z"] = 3 }
print("named", rec.x, rec.y, rec.z)
local keyed = { [1] = "one", [2] = "two", [10] = "ten", ["with space"] = "ws", [true] = "yes" }
print("bracketed", keyed[1], keyed[2], keyed[10], keyed["with space"], keyed[true])
local mixed = { "p1", k = "named", "p2", [30] = "thirty", "p3" }
print("positional items count around named ones", mixed[1], mixed[2], mixed[3], mixed.k, mixed[30])
local trailingComma = { 1, 2, 3, }
local trailingSemi = { 1; 2; 3; }
print("trailing separators", #trailingComma, #trailingSemi)
local exprs = { 1 + 1, "a" .. "b", (2 * 3), not nil }
print("expressions", exprs[1], exprs[2], exprs[3], exprs[4])
local i = 0
local function nextId() i = i + 1 return i end
local ids = { nextId(), nextId(), nextId() }
print("each item evaluated once", #ids, ids[1] + ids[2] + ids[3], i)
local base = 4
local computed = { [base] = "four", [base * 10 + 10] = "fifty" }
print("computed keys", computed[4], computed[50])
local withNil = { x = nil, y = 1 }
print("nil field absent", withNil.x, withNil.y)
local nested = { inner = { deeper = { value = "deep" } }, list = { { 1 }, { 2 } } }
print("nested", nested.inner.deeper.value, nested.list[2][1])
local fn = { add = function(a, b) return a + b end }
print("function fields", fn.add(2, 3))
local neg = { [-1] = "minus one", [0] = "zero", [1.5] = "one and half" }
print("non-sequence number keys", neg[-1], neg[0], neg[1.5], #neg)
local str = { "1", 1 }
print("types kept", type(str[1]), type(str[2]))
