-- Tables are references: nesting, sharing, cycles and tables as keys.
local inner = { value = 1 }
local a = { child = inner }
local b = { child = inner }
inner.value = 2
print("shared child", a.child.value, b.child.value, a.child == b.child)
local function mutate(t) t.changed = true end
local target = {}
mutate(target)
print("function mutates argument", target.changed)
local function replace(t) t = { changed = "new" } return t end
local orig = { changed = "old" }
local result = replace(orig)
print("rebinding parameter does not affect caller", orig.changed, result.changed)
local cycle = {}
cycle.self = cycle
print("cycle", cycle.self == cycle, cycle.self.self.self == cycle)
local grid = {}
for r = 1, 3 do
  grid[r] = {}
  for c = 1, 3 do grid[r][c] = r * 10 + c end
end
print("grid", grid[1][1], grid[2][3], grid[3][2])
local keyA, keyB = {}, {}
local map = { [keyA] = "A", [keyB] = "B" }
print("table keys", map[keyA], map[keyB], map[{}])
local deep = {}
local cur = deep
for i = 1, 100 do cur.next = { depth = i }; cur = cur.next end
local d, node = 0, deep.next
while node do d = node.depth; node = node.next end
print("deep chain", d)
local copy = {}
for k, v in pairs(a) do copy[k] = v end
print("shallow copy shares children", copy.child == a.child, copy ~= a)
local list = { { name = "x" }, { name = "y" } }
list[1], list[2] = list[2], list[1]
print("swap elements", list[1].name, list[2].name)
local t = {}
t.a = {}
t.a.b = {}
t.a.b.c = "leaf"
print("chained assignment", t.a.b.c, t["a"]["b"]["c"])
