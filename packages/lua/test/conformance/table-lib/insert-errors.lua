-- table.insert's argument checks.
local function try(...)
  print(pcall(...))
end

try(table.insert)
try(table.insert, nil, 1)
try(table.insert, "str", 1)
try(table.insert, {})
try(table.insert, {}, 1, 2, 3)
try(table.insert, {}, 1, 2, nil)
try(table.insert, {}, "x", 1)
try(table.insert, {}, {}, 1)
try(table.insert, {}, nil, 1)

-- with a position given as a numeric string
local t = {"a", "b"}
print(pcall(table.insert, t, "1", "c"), t[1], t[2], t[3])

-- positions from the caller
local function add(t, ...)
  table.insert(t, ...)
end
print(pcall(add, {}, 1, 2, 3))
print(pcall(add, 42, 1))
print(pcall(add, {}))

local function aliased()
  local push = table.insert
  push(nil, 1)
end
print(pcall(aliased))

local obj = {insert = table.insert}
print(pcall(function() obj.insert(5, 1) end))
print(pcall(function() obj:insert() end))
