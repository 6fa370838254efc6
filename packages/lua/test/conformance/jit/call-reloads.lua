-- After a call, compiled code reads back only the registers the call can write: those from the
-- call's base on, and locals that closures captured. Everything else that writes a caller's
-- registers during a call (the debug library) must still be seen. Each function loops long
-- enough to be compiled in the JIT modes; locals below the call base are used after each call.

local function setlocal_by_name(level, name, value)
  local i = 1
  while true do
    local n = debug.getlocal(level + 1, i)
    if n == nil then return false end
    if n == name then debug.setlocal(level + 1, i, value) return true end
    i = i + 1
  end
end

-- 1. A captured local written by the closure the loop calls, and one by debug.setupvalue.
local function captured(n)
  local a, b, total = 1, 2, 0
  local function bump(k) a = a + k return k end
  local function peek() return a end
  for i = 1, n do
    local r = bump(i)
    total = total + a + b + r
    debug.setupvalue(peek, 1, a * 2)
    total = total + a
  end
  return a, b, total
end
print("captured", captured(300))

-- 2. debug.setlocal on the caller (level 2) from a Lua callee.
local function poker(name, v) setlocal_by_name(2, name, v) return 7 end
local function poked(n)
  local x, y, acc = 0, 0, 0
  for i = 1, n do
    local r = poker("x", i * 3)
    acc = acc + x + y + r
    if i % 50 == 0 then poker("y", y + 1) end
  end
  return x, y, acc
end
print("poked", poked(400))

-- 3. debug.setlocal at level 1: the builtin itself is the callee.
local function self_poke(n)
  local s, acc = 0, 0
  for i = 1, n do
    debug.setlocal(1, 2, i)
    acc = acc + s
  end
  return s, acc
end
print("self", self_poke(300))

-- 4. From a comparator that table.sort calls: the sorting function's local.
local function sorter(n)
  local seen, total = 0, 0
  for i = 1, n do
    local t = { 3, 1, 2 }
    table.sort(t, function(p, q)
      setlocal_by_name(3, "seen", i)
      return p < q
    end)
    total = total + seen + t[1]
  end
  return seen, total
end
print("sorter", sorter(200))

-- 5. Two levels up, through a compiled middle function.
local function deep_poke(v) setlocal_by_name(3, "z", v) return 1 end
local function middle(v) local r = deep_poke(v) return r + 1 end
local function outer(n)
  local z, acc = 0, 0
  for i = 1, n do
    local r = middle(i)
    acc = acc + z + r
  end
  return z, acc
end
print("deep", outer(300))

-- 6. From inside pcall, and from an error handler of xpcall.
local function guarded(n)
  local g, acc = 0, 0
  for i = 1, n do
    pcall(setlocal_by_name, 2, "g", i)
    acc = acc + g
    xpcall(error, function(e) setlocal_by_name(4, "g", -i) return e end)
    acc = acc + g
  end
  return g, acc
end
print("guarded", guarded(200))

-- 7. Results written over registers at and above the call base; the locals below stay.
local function multi(...) return ... end
local function results(n)
  local keep, acc = 5, 0
  for i = 1, n do
    local a, b, c = multi(i, i + 1)
    local d, e = keep, select('#', multi(a, b, c))
    acc = acc + a + b + (c or 0) + d + e
  end
  return keep, acc
end
print("results", results(300))
