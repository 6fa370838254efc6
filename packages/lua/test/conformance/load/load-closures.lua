-- Functions from loaded chunks behave like any other functions.
local fib = loadstring([[
  local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
  return fib
]])()
print("fib", fib(20))

-- A chunk that loads chunks.
local nested = loadstring([[
  local depth = ...
  if depth == 0 then return "bottom" end
  return loadstring(string.format("return %q, ...", "level " .. depth))(depth)
]])
print(nested(0), nested(3))

-- Recursion through loadstring.
function build(n)
  if n == 0 then return 0 end
  return loadstring("return build(" .. (n - 1) .. ") + " .. n)()
end
print("build", build(10))

-- Varargs, upvalues and tables across the boundary.
local make = loadstring([[
  local t = { ... }
  return function(k) return t[k] end, #t
]])
local get, n = make("a", "b", "c")
print("get", get(1), get(3), n)

-- Methods defined in a chunk.
local obj = loadstring([[
  local obj = { v = 10 }
  function obj:add(x) self.v = self.v + x return self end
  return obj
]])()
print("method", obj:add(1):add(2).v)

-- Many chunks at once.
local sum = 0
for i = 1, 100 do
  sum = sum + loadstring("return " .. i .. " * 2")()
end
print("sum", sum)

-- pcall around a loaded chunk that fails part-way keeps what it did before.
local partial = loadstring("partial_a = 1 error('stop') partial_b = 2")
print(pcall(partial))
print(partial_a, partial_b)
