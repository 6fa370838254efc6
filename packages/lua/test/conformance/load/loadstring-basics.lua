-- loadstring compiles a string into a function without running it.
local f = loadstring("return 1 + 2")
print("type", type(f))
print("result", f())
print("again", f())

-- Chunks are vararg functions.
local g = loadstring("local a, b = ... return b, a, select('#', ...)")
print("varargs", g("x", "y", "z"))
print("no args", g())

-- A chunk that returns nothing, and one that returns many values.
print("nothing", select("#", loadstring("local x = 1")()))
print("many", loadstring("return 1, 2, 3, nil, 5")())

-- Globals written by a chunk are globals.
loadstring("made_by_chunk = 'yes'")()
print("global", made_by_chunk)

-- Each call of the chunk is fresh; each loadstring makes a new function.
local counter = loadstring("count = (count or 0) + 1 return count")
counter(); counter()
print("count", count, counter == loadstring("return 1"))

-- The empty string and comments compile to functions returning nothing.
print("empty", select("#", loadstring("")()), select("#", loadstring("-- just a comment")()))

-- Numbers are strings here.
print("number source", loadstring(42))
print(loadstring("return 10", 99)())

-- Chunks can define functions and closures.
local mk = loadstring([[
  local n = 0
  return function() n = n + 1 return n end
]])
local inc = mk()
print("closure", inc(), inc(), mk()())

-- Building code at run time.
local ops = { "+", "-", "*", "/" }
for _, op in ipairs(ops) do
  local fn = loadstring("return function(a, b) return a " .. op .. " b end")()
  io.write(op, "=", fn(12, 4), " ")
end
print()
