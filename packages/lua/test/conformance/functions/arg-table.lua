-- Lua 5.1 compatibility: a vararg function that never mentions '...' gets a local 'arg' table.
local function old(...)
  return arg.n, arg[1], arg[2], arg[3]
end
print("arg table", old("a", "b", "c"))
print("arg table with nils", old(nil, "x", nil))
print("arg table empty", old())
local function withFixed(first, ...)
  return first, arg.n, arg[1]
end
print("fixed params are not in arg", withFixed("f", "v1", "v2"))
local function usesDots(...)
  local n = select("#", ...)
  return n, type(arg)
end
arg = "global arg"
print("a function using ... still declares arg, left nil", usesDots(1, 2))
local function countArg(...)
  local total = 0
  for i = 1, arg.n do
    if arg[i] then total = total + arg[i] end
  end
  return total
end
print("summing through arg", countArg(1, 2, nil, 4))
local function argIsLocal(...)
  arg = "reassigned"
  return arg
end
print("arg is a local", argIsLocal(), arg)
local function nested(...)
  local inner = function() return arg.n end
  return inner()
end
print("closure sees enclosing arg", nested(7, 8, 9))
local function fixedOnly(a, b)
  return arg
end
print("non-vararg function sees the global", fixedOnly(1, 2))
