-- table.maxn, table.getn and table.setn.
print("maxn empty", table.maxn({}))
print("maxn seq", table.maxn({1, 2, 3}))
print("maxn holes", table.maxn({[1] = 1, [10] = 10, [5] = 5}))
print("maxn float", table.maxn({[2.5] = true, [1] = true}))
print("maxn negative", table.maxn({[-3] = 1, [-1] = 2}))
print("maxn mixed", table.maxn({1, 2, x = 9, [100] = "h", ["200"] = 1}))
print("maxn huge", table.maxn({[math.huge] = 1, [3] = 1}))
print("maxn zero key", table.maxn({[0] = 1}))
local t = {}
for i = 1, 50 do t[i * 3] = i end
print("maxn spread", table.maxn(t))
t[150] = nil
print("maxn after delete", table.maxn(t))
print("maxn booleans", table.maxn({[true] = 1, [false] = 2}))

print("getn", table.getn({}), table.getn({1, 2, 3}), table.getn({n = 5}))
local g = {}
for i = 1, 100 do g[i] = i end
print("getn 100", table.getn(g))
g[100] = nil
print("getn 99", table.getn(g))

print(pcall(table.maxn))
print(pcall(table.maxn, 5))
print(pcall(table.getn))
print(pcall(table.getn, "s"))

-- setn no longer exists in Lua 5.1.5 beyond its name
print(pcall(table.setn, {}, 3))
print(pcall(table.setn, {}))
print(pcall(table.setn, nil, 3))
local function caller() return table.setn({1}, 1) end
print(pcall(caller))
