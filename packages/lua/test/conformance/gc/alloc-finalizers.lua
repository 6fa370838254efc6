-- Collections that allocation triggers (no collectgarbage call) finalize unreachable proxies:
-- loops that allocate until a finalizer has run end, in every tier, and a finalizer's writes to
-- the locals of a running function (through upvalues) are seen by that function.

-- 1. Allocating tables until a finalizer has run.
local done = false
do
  local p = newproxy(true)
  getmetatable(p).__gc = function() done = true end
end
local n = 0
while not done do
  local t = {}
  n = n + 1
end
print("tables", done, n > 0)

-- 2. Closures and records allocate too.
local count = 0
do
  local p = newproxy(true)
  getmetatable(p).__gc = function() count = count + 1 end
end
local k = 0
while count == 0 do
  local f = function() return k end
  local r = { x = k, y = f }
  k = k + 1
end
print("closures", count, k > 0)

-- 3. A finalizer writing a captured local of the function that is allocating.
local function allocate()
  local hits = 0
  local p = newproxy(true)
  getmetatable(p).__gc = function() hits = hits + 1 end
  p = nil
  local seen, i = 0, 0
  while seen == 0 do
    local t = { i }
    i = i + 1
    if hits > 0 then seen = i end
  end
  return hits, seen > 0
end
print("captured", allocate())

-- 4. An error in a finalizer is raised in the code that was running, and pcall catches it.
-- (The functions that make proxies clear their register: a collector may mark what a register
-- above the running function's still holds.)
local function failing()
  local p = newproxy(true)
  getmetatable(p).__gc = function() error("from __gc", 0) end
  p = nil
end
local ok, err = pcall(function()
  failing()
  while true do local t = {} end
end)
print("error", ok, err)

-- 5. Finalizers that call functions, run while recursive calls are returning: the results the
--    calls hand back are not disturbed.
local function id(x) return x end
local finalized = 0
local function make()
  local p = newproxy(true)
  getmetatable(p).__gc = function() finalized = finalized + id(1) + id(0) * id(5) end
  p = nil
end
local made = 0
local function r(n)
  if n == 0 then return 0 end
  made = made + 1
  if made % 300 == 0 then make() end
  local t = { n }
  return id(t[1]) - id(n) + 1 + r(n - 1)
end
local s = 0
for i = 1, 300 do s = s + r(150) end
print("recursion", s, finalized > 0)
