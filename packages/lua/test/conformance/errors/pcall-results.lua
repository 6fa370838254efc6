-- pcall returns true plus every result, or false plus the error.
print(pcall(function() return 1, 2, 3 end))
print(pcall(function() end))
print("count on success without results", select("#", pcall(function() end)))
print(pcall(function(a, b) return a + b end, 3, 4))
print("arguments passed through", pcall(function(...) return select("#", ...) end, nil, nil, nil))
print("calling nil", pcall(nil))
print("calling a number", pcall(42))
print("calling a table", pcall({}))
print("missing argument", pcall(pcall))
print("pcall of pcall", pcall(pcall, error, "inner"))
print("pcall of builtin", pcall(type, 1))
print("pcall of builtin error", pcall(setmetatable, 1, 2))
local callable = setmetatable({}, { __call = function(self, x) return "called with " .. x end })
print("callable table", pcall(callable, "arg"))
local state = 0
local ok = pcall(function()
  state = 1
  error("stop")
  state = 2
end)
print("side effects before the error remain", ok, state)
local t = {}
pcall(function() t.a = 1; t.b = nil + 1; t.c = 3 end)
print("partial table updates", t.a, t.b, t.c)
local function returnsNil() return nil end
print("nil result", pcall(returnsNil))
print("result count", select("#", pcall(returnsNil)))
for i = 1, 3 do
  local okI, v = pcall(function() if i == 2 then error("two", 0) end return i end)
  print("loop", i, okI, v)
end
