-- Arithmetic metamethods on a small vector type.
local V = {}
V.__index = V
local function vec(x, y) return setmetatable({ x = x, y = y }, V) end
local function show(v)
  if type(v) == "table" then return "(" .. v.x .. "," .. v.y .. ")" end
  return tostring(v)
end
V.__add = function(a, b) return vec(a.x + b.x, a.y + b.y) end
V.__sub = function(a, b) return vec(a.x - b.x, a.y - b.y) end
V.__mul = function(a, b)
  if type(a) == "number" then return vec(a * b.x, a * b.y) end
  if type(b) == "number" then return vec(a.x * b, a.y * b) end
  return a.x * b.x + a.y * b.y
end
V.__div = function(a, b) return vec(a.x / b, a.y / b) end
V.__mod = function(a, b) return vec(a.x % b, a.y % b) end
V.__pow = function(a, b) return vec(a.x ^ b, a.y ^ b) end
V.__unm = function(a) return vec(-a.x, -a.y) end
local a, b = vec(1, 2), vec(3, 4)
print("add", show(a + b))
print("sub", show(b - a))
print("dot", show(a * b))
print("scale right", show(a * 3))
print("scale left", show(2 * b))
print("div", show(b / 2))
print("mod", show(vec(7, -7) % 3))
print("pow", show(b ^ 2))
print("unm", show(-a))
print("chained", show(a + b * 2 - -a))
local argLog = {}
local logger = setmetatable({}, {
  __add = function(x, y) argLog[#argLog + 1] = type(x) .. "+" .. type(y) return "added" end,
  __unm = function(...) argLog[#argLog + 1] = "unm args " .. select("#", ...) .. " same " .. tostring(select(1, ...) == select(2, ...)) return "negated" end,
})
local results = { logger + 1 }
results[2] = 1 + logger
results[3] = "s" + logger
results[4] = logger + logger
results[5] = -logger
print(results[1], results[2], results[3], results[4], results[5])
for i = 1, #argLog do print("log", argLog[i]) end
print("numeric string with table uses metamethod", ("10" + logger))
print("missing __concat errors", pcall(function() return a .. b end))
local onlyLeft = setmetatable({}, { __sub = function() return "left sub" end })
local onlyRight = setmetatable({}, { __sub = function() return "right sub" end })
print("left operand's metamethod wins", onlyLeft - onlyRight, onlyRight - onlyLeft)
print("falls back to right operand", 5 - onlyRight, {} - onlyLeft)
print("no metamethods errors", pcall(function() return {} * {} end))
print("metamethod result can be anything", setmetatable({}, { __div = function() return nil end }) / 1)
