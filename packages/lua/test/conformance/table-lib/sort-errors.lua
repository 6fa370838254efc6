-- table.sort's argument checks and errors raised while sorting.
print(pcall(table.sort))
print(pcall(table.sort, nil))
print(pcall(table.sort, "abc"))
print(pcall(table.sort, {}, 1))
print(pcall(table.sort, {}, "f"))
print(pcall(table.sort, {}, {}))
print(pcall(table.sort, {3, 2, 1}, nil))
print(pcall(table.sort, {3, 2, 1}, false))

-- holes inside the sequence compare as nil
print(pcall(table.sort, {3, nil, 1, n = 3}))
local holes = {}
holes[1], holes[2], holes[3], holes[4] = 4, 3, 2, 1
holes[2] = nil
print(pcall(table.sort, holes))

-- errors raised by the comparator propagate unchanged
print(pcall(table.sort, {1, 2, 3}, function(a, b) error("stop") end))
local ok, e = pcall(table.sort, {1, 2, 3}, function(a, b) error({code = 7}) end)
print(ok, type(e), e.code)
print(pcall(table.sort, {1, 2, 3}, function(a, b) return a.x < b end))

-- the table keeps the swaps made before the error
local partial = {5, 4, 3, 2, 1}
local count = 0
print(pcall(table.sort, partial, function(a, b)
  count = count + 1
  if count == 4 then error("fourth") end
  return a < b
end))
print("partial", table.concat(partial, " "))

-- sorting from a Lua function: compare errors carry no position (raised inside sort)
local function sorter(t) table.sort(t) end
print(pcall(sorter, {1, "x"}))
print(pcall(sorter, {{}, 1}))
local function badarg() table.sort(1) end
print(pcall(badarg))
local function badcmp() local s = table.sort; s({}, 2) end
print(pcall(badcmp))

-- the comparator can modify the table it sorts
local m = {3, 1, 2}
table.sort(m, function(a, b) m[4] = "extra"; return a < b end)
print("modified", m[1], m[2], m[3], m[4])
