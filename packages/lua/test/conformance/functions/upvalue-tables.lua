-- Reads of a table held in an upvalue: with a literal, local or upvalue key the compiler reads
-- the upvalue and the table in one instruction; with any other key the upvalue is read before
-- the key is evaluated, as lua5.1 does, even when evaluating the key replaces the upvalue.
local a = {10, 20, 30, x = 'field', [true] = 'yes', [2.5] = 'float'}
local k, up = 3, 2

local function reads(i)
  local key = true
  return a[i], a[2], a[k], a[up], a[key], a[2.5], a.x, a['x'], a[false], a[99]
end
print(reads(1))
print(reads(3))

-- In a loop, where compiled code runs it too.
local function sum(n)
  local s = 0
  for i = 1, n do s = s + a[i % 3 + 1] end
  return s
end
print(sum(1000))

-- A key whose evaluation replaces the upvalue: the old table is indexed.
local function replace() a = {100, 200}; return 1 end
local function early() return a[replace()] end
print(early(), a[1])

-- A key computed by arithmetic with a metamethod that replaces the upvalue.
local mt = {__add = function(x, y) a = {'new'}; return 1 end}
local obj = setmetatable({}, mt)
local function arith() return a[obj + 1] end
a = {'old'}
print(arith(), a[1])

-- __index on the upvalue's table, a function and a table.
a = setmetatable({}, {__index = function(t, key) return 'idx:' .. tostring(key) end})
print(reads(7))
a = setmetatable({}, {__index = {1, 2, 3, [true] = 'inherited'}})
print(reads(1))

-- Not a table: errors name the upvalue (strings index their metatable).
a = 'str'
print(pcall(reads, 1))
print(pcall(function() return type(a.len) end))
for _, v in ipairs({false, 42}) do
  a = v
  print(pcall(reads, 1))
end
a = nil
print(pcall(function() return a[1] end))
print(pcall(function() local i = 1; return a[i] end))
print(pcall(function() return a[k] end))

-- Nested closures: an upvalue of an upvalue.
local grid = {{1, 2}, {3, 4}}
local function outer()
  return function(r, c) return grid[r][c] + grid[c][r] end
end
print(outer()(1, 2), outer()(2, 2))

-- A value read by GETTABUP is named as a field, as lua5.1 names it.
local t, j = {}, 1
print(pcall(function() t[1]() end))
print(pcall(function() return t[j] + 1 end))
print(pcall(function() return #t[j] end))
