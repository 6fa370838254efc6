-- Lua functions called by builtins (table.sort's comparator, table.foreach's function, gsub's
-- replacement, an __index function reached from gsub's table lookup), hot enough to be compiled:
-- results, errors, errors caught inside the callback, long loops (ticks) inside it, yields
-- refused, and tracebacks from inside.
local function shuffled(n)
  local t, seed = {}, 11
  for i = 1, n do seed = (seed * 3877 + 29573) % 139968; t[i] = seed % 1000 end
  return t
end

local calls = 0
local function lessThan(a, b) calls = calls + 1; return a < b end
for round = 1, 20 do
  local t = shuffled(200)
  table.sort(t, lessThan)
  for i = 2, #t do assert(t[i - 1] <= t[i]) end
end
print("sorted; comparator called", calls > 0)

-- A comparator returning non-booleans: only nil and false are false.
local t = shuffled(50)
table.sort(t, function(a, b) if a < b then return 0 end return nil end)
print("truthy results", t[1] <= t[2], t[49] <= t[50])

-- An error inside the comparator, caught inside it by pcall.
local caught = 0
table.sort(shuffled(100), function(a, b)
  local ok = pcall(function() if a == b then error("tie") end end)
  if not ok then caught = caught + 1 end
  return a < b
end)
print("caught inside", caught > 0)

-- An error out of the comparator ends the sort, with its position.
for i = 1, 3 do
  print(pcall(table.sort, shuffled(30), function(a, b)
    if a > 900 then error("too big: " .. a) end
    return a < b
  end))
end
print(pcall(table.sort, shuffled(30), function(a, b) return a.x < b end))

-- A long loop inside the comparator (many ticks of the engine).
local spins = 0
table.sort(shuffled(40), function(a, b)
  for i = 1, 3000 do spins = spins + 1 end
  return a < b
end)
print("spun", spins % 3000 == 0, spins > 0)

-- A yield from the comparator is refused.
local co = coroutine.create(function()
  table.sort(shuffled(10), function(a, b) coroutine.yield() return a < b end)
end)
print(coroutine.resume(co))

-- A comparator calling functions in turn, some of them builtins.
local function key(x) return math.floor(x / 10) end
local u = shuffled(300)
table.sort(u, function(a, b)
  local ka, kb = key(a), key(b)
  if ka ~= kb then return ka < kb end
  return tostring(a) < tostring(b)
end)
print("by key", u[1], u[300])

-- Invalid order functions.
print(pcall(table.sort, shuffled(64), function(a, b) return true end))

-- table.foreach and foreachi stop at the first non-nil result.
local seen = {}
print(table.foreachi({ 10, 20, 30, 40 }, function(i, v) seen[#seen + 1] = v; if v == 30 then return "stop at " .. i end end))
print(table.concat(seen, " "))
print(table.foreach({ a = 1 }, function(k, v) return k .. v end))

-- gsub with a function and with a table whose __index is a function.
local count = 0
local s = ("abc"):rep(200):gsub("%w", function(c) count = count + 1; if c == "b" then return "B" end end)
print(#s, count, s:sub(1, 9))
local lookups = setmetatable({}, { __index = function(_, k) return k:upper() .. k end })
print(("x y z"):gsub("%w", lookups))
print(pcall(string.gsub, "abc", "%w", function(c) if c == "c" then error("no c") end end))

-- A traceback from inside a comparator.
local where
table.sort({ 3, 1, 2 }, function(a, b)
  where = where or debug.traceback("inside", 1)
  return a < b
end)
print(where)
