-- table.concat rejects elements that are not strings or numbers, naming the index.
local function try(...)
  local ok, err = pcall(...)
  print(ok, err)
end

try(table.concat, {1, 2, nil, 4}, ",", 1, 4)
try(table.concat, {1, true})
try(table.concat, {"a", {}, "c"})
try(table.concat, {"a", "b"}, "", 1, 3)
try(table.concat, {"a", print})
try(table.concat, {}, "", 0, 0)
try(table.concat, {}, "", -5, -5)

-- bad arguments: the separator is checked first
try(table.concat, nil, {})
try(table.concat, nil)
try(table.concat, "abc")
try(table.concat, {}, true)
try(table.concat, {}, "", "x")
try(table.concat, {}, "", 1, {})
try(table.concat)

-- called from Lua code, the error carries the caller's position
local function wrapped(t)
  return table.concat(t, ",")
end
print(pcall(wrapped, {1, 2, false}))

local function named()
  local join = table.concat
  return join(nil)
end
print(pcall(named))

-- the first bad index is the one reported
print(pcall(table.concat, {"a", nil, false, "d"}, "", 1, 4))
print(pcall(table.concat, {"a", "b"}, "", 2, 5))
