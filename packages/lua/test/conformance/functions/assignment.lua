-- Multiple assignment: all expressions are evaluated before any assignment, then values are adjusted.
local a, b, c = 1, 2
print("missing values are nil", a, b, c)
local d, e = 1, 2, 3
print("extra values discarded", d, e)
a, b = b, a
print("swap", a, b)
local x, y, z = "x", "y", "z"
x, y, z = y, z, x
print("rotate", x, y, z)
local i = 3
local arr = {}
i, arr[i] = i + 1, 20
print("index evaluated before assignment", i, arr[3], arr[4])
local function three() return 1, 2, 3 end
local p, q, r, s = three()
print("call expands at end", p, q, r, s)
local p2, q2, r2 = three(), 10
print("call truncated when not last", p2, q2, r2)
local p3, q3, r3 = 0, three()
print("call after value", p3, q3, r3)
local p4, q4 = (three())
print("parentheses truncate", p4, q4)
local t = {}
t.a, t.b, t["c"] = "A", "B", "C"
print("field targets", t.a, t.b, t.c)
local g1, g2
g1, g2 = nil
print("assign single nil", g1, g2)
local n1, n2 = 5, 6
n1, n2 = n2
print("second target gets nil", n1, n2)
local evalOrder = {}
local function mark(tag, v) evalOrder[#evalOrder + 1] = tag return v end
local u, v2 = mark("first", 1), mark("second", 2)
print("values", u, v2, "evaluated", #evalOrder)
globalOne, globalTwo = "g1", "g2"
print("global targets", globalOne, globalTwo)
local obj = { list = { 1, 2, 3 } }
obj.list[1], obj.list[3] = obj.list[3], obj.list[1]
print("swap inside nested table", obj.list[1], obj.list[2], obj.list[3])
local function none() end
local m1, m2 = none()
print("empty call gives nils", m1, m2)
local k1, k2, k3 = none(), none()
print("first truncated to one nil", k1, k2, k3)
