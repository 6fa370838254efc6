-- Closures capture variables, not values: closures made in the same scope share them.
local function makePair()
  local n = 0
  local function inc() n = n + 1 return n end
  local function get() return n end
  return inc, get
end
local inc, get = makePair()
inc(); inc()
print("shared after two incs", get())
local inc2, get2 = makePair()
inc2()
print("separate instances", get(), get2())
local x = 1
local function readX() return x end
local function writeX(v) x = v end
writeX(42)
print("write seen by read and outer scope", readX(), x)
x = 7
print("outer write seen by closure", readX())
local function outer()
  local v = "level1"
  return function()
    local w = "level2"
    return function()
      v = v .. "!"
      return v .. " " .. w
    end
  end
end
local deep = outer()()
print("two levels up", deep())
print("state kept", deep())
local fns = {}
do
  local shared = 0
  for i = 1, 3 do
    fns[i] = function() shared = shared + i return shared end
  end
end
local r1 = fns[1]()
local r2 = fns[2]()
local r3 = fns[3]()
local r4 = fns[1]()
print("closures over one block variable", r1, r2, r3, r4)
local function counterFactory(start, step)
  return function()
    local current = start
    start = start + step
    return current
  end
end
local c = counterFactory(10, 5)
local c1 = c()
local c2 = c()
local c3 = c()
print("parameters are captured too", c1, c2, c3)
local a, b
do
  local hidden = "secret"
  a = function() return hidden end
  b = function(v) hidden = v end
end
b("changed")
print("block closed but variable lives", a())
