-- Arguments are passed by value; tables and functions are values that refer to shared objects.
local function bump(n) n = n + 1 return n end
local v = 1
print("number argument copied", bump(v), v)
local function append(s) s = s .. "!" return s end
local str = "hi"
print("string argument copied", append(str), str)
local function fill(t) t[#t + 1] = "added" end
local list = {}
fill(list); fill(list)
print("table argument shared", #list, list[2])
local function adjust(a, b, c) return a, b, c end
print("missing become nil", adjust(1))
print("extras dropped", adjust(1, 2, 3, 4))
local function defaults(a, b)
  a = a or "default a"
  if b == nil then b = "default b" end
  return a, b
end
print("defaults", defaults())
print("false keeps b", defaults(nil, false))
local function apply(f, ...) return f(...) end
print("function argument", apply(function(x, y) return x * y end, 6, 7))
local function named(opts)
  return (opts.width or 0) * (opts.height or 0), opts.label or "none"
end
print("named arguments via table", named({ width = 3, height = 4 }))
print("named with label", named({ width = 1, height = 1, label = "unit" }))
local calls = 0
local function side() calls = calls + 1 return calls end
local function ignore() end
ignore(side(), side(), side())
print("extra argument expressions are still evaluated", calls)
local function recurseArgs(n, ...)
  if n == 0 then return select("#", ...) end
  return recurseArgs(n - 1, n, ...)
end
print("accumulating varargs", recurseArgs(50))
local function many(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12)
  return a1 + a12, a6
end
print("twelve parameters", many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))
local big = {}
for i = 1, 200 do big[i] = i end
local function countArgs(...) return select("#", ...) end
print("two hundred arguments via unpack", countArgs(unpack(big)))
local function sumAll(...)
  local s = 0
  local t = { ... }
  for i = 1, #t do s = s + t[i] end
  return s
end
print("sum of two hundred", sumAll(unpack(big)))
