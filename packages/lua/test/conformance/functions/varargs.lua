-- Variable arguments: select, unpack, and nils inside argument lists.
local function count(...) return select("#", ...) end
print("counts", count(), count(nil), count(nil, nil), count(1, nil), count(nil, 2, nil))
local function nth(n, ...) return select(n, ...) end
print("select from n", nth(1, "a", "b", "c"))
print("select from 2", nth(2, "a", "b", "c"))
print("select past end", nth(4, "a", "b", "c"))
print("select negative", nth(-1, "a", "b", "c"))
print("select negative two", nth(-2, "a", "b", "c"))
print("select zero errors", pcall(select, 0, "a"))
print("select too negative errors", pcall(select, -5, "a"))
print("select with string count", select("#"), select("#", 1, 2))
local function first(...) local a = ... return a end
print("first of varargs", first("x", "y"))
local function two(...) local a, b = ... return a, b end
print("two of varargs", two("x"))
local function pass(...) return ... end
print("pass through", pass(1, nil, 3, nil))
print("pass through count", count(pass(1, nil, 3, nil)))
local function middle(...) return ..., "end" end
print("vararg in middle truncates", middle(1, 2, 3))
local function inTable(...) local t = { ... } return t[1], t[2], t[3] end
print("into table", inTable("p", nil, "r"))
local t = { 1, nil, 3 }
print("unpack with explicit range", unpack(t, 1, 3))
print("unpack count", count(unpack(t, 1, 3)))
print("unpack sub range", unpack({ "a", "b", "c", "d" }, 2, 3))
print("unpack from index", unpack({ "a", "b", "c" }, 2))
print("unpack empty range", count(unpack({ 1, 2 }, 3, 2)))
print("unpack empty table", count(unpack({})))
print("unpack all nils", unpack({}, 1, 3))
local packed = { n = 4, "w", nil, "y", nil }
print("unpack with n", count(unpack(packed, 1, packed.n)), unpack(packed, 1, packed.n))
local function sum(...)
  local s = 0
  for i = 1, select("#", ...) do
    local v = select(i, ...)
    if v then s = s + v end
  end
  return s
end
print("sum skipping nils", sum(1, 2, nil, 4), sum())
local function forward(f, ...) return f(...) end
print("forwarded", forward(count, nil, nil, nil), forward(sum, 5, 5))
local function varTail(...) return select("#", ...), ... end
print("count and values", varTail("a", nil))
