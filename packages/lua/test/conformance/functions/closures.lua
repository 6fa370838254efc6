-- Closures as generators, accumulators and memo tables.
local function range(from, to)
  local cur = from - 1
  return function()
    cur = cur + 1
    if cur <= to then return cur end
  end
end
local parts = {}
for v in range(3, 7) do parts[#parts + 1] = v end
print("generator", #parts, parts[1], parts[5])
local function accumulator()
  local total = 0
  return function(x) total = total + x return total end
end
local acc = accumulator()
acc(10); acc(20)
print("accumulator", acc(12))
local function compose(f, g) return function(...) return f(g(...)) end end
local function double(x) return x * 2 end
local function inc(x) return x + 1 end
print("compose", compose(double, inc)(5), compose(inc, double)(5))
local function map(t, f) local r = {} for i = 1, #t do r[i] = f(t[i]) end return r end
local function filter(t, p) local r = {} for i = 1, #t do if p(t[i]) then r[#r + 1] = t[i] end end return r end
local function reduce(t, f, init) local a = init for i = 1, #t do a = f(a, t[i]) end return a end
local nums = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }
local evens = filter(nums, function(x) return x % 2 == 0 end)
local squares = map(evens, function(x) return x * x end)
print("map filter reduce", #evens, reduce(squares, function(a, b) return a + b end, 0))
local function partial(f, a) return function(...) return f(a, ...) end end
local add3 = function(a, b, c) return a + b + c end
print("partial application", partial(partial(add3, 1), 2)(3))
local function once(f)
  local done, result = false, nil
  return function()
    if not done then done = true; result = f() end
    return result
  end
end
local calls = 0
local cached = once(function() calls = calls + 1 return "value" end)
local firstCall = cached()
local secondCall = cached()
print("once", firstCall, secondCall, calls)
local handlers = {}
for _, name in ipairs({ "alpha", "beta", "gamma" }) do
  handlers[name] = function(x) return name .. ":" .. x end
end
print("closures in table", handlers.alpha(1), handlers.beta(2), handlers.gamma(3))
local function makeStack()
  local items, n = {}, 0
  return {
    push = function(v) n = n + 1; items[n] = v end,
    pop = function() local v = items[n]; items[n] = nil; n = n - 1; return v end,
    size = function() return n end,
  }
end
local s = makeStack()
s.push("a"); s.push("b"); s.push("c")
local top = s.pop()
local sizeAfterOne = s.size()
local second = s.pop()
local third = s.pop()
print("stack", top, sizeAfterOne, second, third, s.size())
local fs = {}
local function recurseClosures(i)
  if i > 3 then return end
  fs[i] = function() return i * i end
  recurseClosures(i + 1)
end
recurseClosures(1)
print("closures from recursion", fs[1](), fs[2](), fs[3]())
