-- lua5.1 formats chunk names into 80 bytes for syntax errors but 60 for runtime positions
-- (error(), runtime errors, tracebacks): the same long name is cut at different lengths.
local long = string.rep("b", 100)

local function show(...) print(select("#", ...), ...) end

-- A source string named by its first line.
show(loadstring("x = = 1 --" .. long))
show(pcall(loadstring("error('e') --" .. long)))
show(pcall(loadstring("local t = nil; t.x = 1 --" .. long)))

-- A first line that ends before the cut, then a second line.
show(pcall(loadstring("error('short')\n--" .. long)))
show(loadstring("x = = 1\n" .. long))

-- `=name` chunks are shown as they are, cut to fit.
show(loadstring("x = = 1", "=" .. long))
show(pcall(loadstring("error('e')", "=" .. long)))

-- `@name` chunks keep their tail.
show(loadstring("x = = 1", "@" .. long .. "/tail.lua"))
show(pcall(loadstring("error('e')", "@" .. long .. "/tail.lua")))
show(pcall(loadstring("local t = nil; t.x = 1", "@" .. long .. "/tail.lua")))

-- Names right at each boundary.
for _, n in ipairs({ 42, 43, 44, 51, 52, 53, 58, 59, 60, 62, 63, 64, 71, 72, 73, 78, 79, 80 }) do
  local name = string.rep("n", n)
  local _, runtime = pcall(loadstring("error('e')", "@" .. name))
  local _, syntax = loadstring("x = = 1", "@" .. name)
  local _, runtime2 = pcall(loadstring("error('e')", "=" .. name))
  local _, syntax2 = loadstring("x = = 1", "=" .. name)
  local src = name:sub(1, n - 10) .. " = nil; x()"
  local _, runtime3 = pcall(loadstring(src))
  local _, syntax3 = loadstring(name:sub(1, n - 4) .. " = =")
  print(n, #runtime, #syntax, #runtime2, #syntax2, #runtime3, #syntax3)
end

-- Tracebacks use the runtime size too.
local f = loadstring("return debug.traceback('tb')", "=" .. long)
print(f())
local g = loadstring("local function inner() return debug.traceback('tb') end return inner()", "@" .. long)
print(g())
