-- Errors raised inside metamethods propagate to the caller's pcall.
local function failing(name) return function() error(name .. " failed", 0) end end
local t = setmetatable({}, {
  __index = failing("__index"),
  __newindex = failing("__newindex"),
  __call = failing("__call"),
  __add = failing("__add"),
  __concat = failing("__concat"),
  __unm = failing("__unm"),
  __lt = failing("__lt"),
  __le = failing("__le"),
  __eq = failing("__eq"),
  __tostring = failing("__tostring"),
})
local u = setmetatable({}, getmetatable(t))
print(pcall(function() return t.x end))
print(pcall(function() t.x = 1 end))
print(pcall(function() return t() end))
print(pcall(function() return t + 1 end))
print(pcall(function() return t .. "s" end))
print(pcall(function() return -t end))
print(pcall(function() return t < u end))
print(pcall(function() return t <= u end))
print(pcall(function() return t == u end))
print(pcall(function() return tostring(t) end))
local positioned = setmetatable({}, { __index = function(_, k) error("no key " .. k) end })
print("error position is inside the metamethod", pcall(function() return positioned.missing end))
local level2 = setmetatable({}, { __index = function(_, k) error("bad key " .. k, 2) end })
print("level 2 from a metamethod", pcall(function() return level2.other end))
local runtime = setmetatable({}, { __add = function(a, b) return a.value + b end })
print("runtime error in metamethod", pcall(function() return runtime + 1 end))
local recursive = setmetatable({}, {})
getmetatable(recursive).__index = function(tbl, k) return tbl[k .. "!"] end
local ok, err = pcall(function() return recursive.a end)
print("runaway __index recursion is caught", ok)
