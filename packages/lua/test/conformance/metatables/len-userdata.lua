-- `#` on values other than strings and tables: a userdata's __len is called with the value (and
-- a second nil argument, as lua5.1 passes), its first result is the length; without a handler,
-- or on other types, the error names the variable.
local u = newproxy(true)
local seen = 0
getmetatable(u).__len = function(self, other)
  seen = seen + 1
  return self == u and 7 or -1, "ignored"
end

local function len(x) return #x end

-- In a loop, so that the function is hot enough to be compiled.
local total = 0
for i = 1, 3000 do total = total + len(u) + #"abc" + #{ 1, 2 } end
print("total", total, "calls", seen)

-- Arguments the handler receives.
getmetatable(u).__len = function(...) return select('#', ...), (select(2, ...)) end
print("handler arguments", #u)

-- A handler returning nothing gives nil.
getmetatable(u).__len = function() end
print("no results", #u)

-- A handler that errors: the error passes through.
getmetatable(u).__len = function() error("len failed", 0) end
print(pcall(len, u))

-- No handler, and other types: the message names what was measured.
local plain = newproxy(false)
print(pcall(function() return #plain end))
print(pcall(function() local n = 5; return #n end))
print(pcall(function() return #undefinedGlobal end))
print(pcall(function() local t = {}; return #t.field end))
for i = 1, 3 do
  local ok, err = pcall(len, i % 2 == 0 and plain or true)
  print(i, ok, err)
end
