-- __lt and __le; in Lua 5.1 a missing __le falls back to not __lt(b, a).
local log = {}
local mt = {}
mt.__lt = function(a, b) log[#log + 1] = "lt(" .. a.v .. "," .. b.v .. ")" return a.v < b.v end
local function n(v) return setmetatable({ v = v }, mt) end
local one, two = n(1), n(2)
print("1 < 2", one < two)
print("2 < 1", two < one)
print("2 > 1 swaps operands", two > one)
print("1 <= 2 via not (2 < 1)", one <= two)
print("2 <= 1 via not (1 < 2)", two <= one)
print("1 >= 2", one >= two)
for i = 1, #log do print("call", i, log[i]) end
log = {}
mt.__le = function(a, b) log[#log + 1] = "le(" .. a.v .. "," .. b.v .. ")" return a.v <= b.v end
print("with __le: 1 <= 2", one <= two)
print("with __le: 2 >= 1", two >= one)
print("with __le: 1 <= 1", one <= n(1))
for i = 1, #log do print("call", i, log[i]) end
local weird = setmetatable({}, { __lt = function() return "truthy string" end })
local weird2 = setmetatable({}, getmetatable(weird))
print("__lt result converted to boolean", weird < weird2)
print("fallback negates converted result", weird <= weird2)
local other = setmetatable({ v = 1 }, { __lt = function() return true end })
print("different __lt functions error", pcall(function() return one < other end))
print("table vs number errors", pcall(function() return one < 5 end))
print("number vs table errors", pcall(function() return 5 < one end))
print("no metamethod errors", pcall(function() return {} <= {} end))
local items = { n(5), n(3), n(9), n(1), n(7) }
for i = 2, #items do
  local v = items[i]
  local j = i - 1
  while j >= 1 and v < items[j] do items[j + 1] = items[j]; j = j - 1 end
  items[j + 1] = v
end
local out = ""
for i = 1, #items do out = out .. items[i].v .. " " end
print("sorted with __lt", out)
local onlyLe = setmetatable({ v = 1 }, { __le = function() return true end })
local onlyLe2 = setmetatable({ v = 2 }, getmetatable(onlyLe))
print("__le alone works for <=", onlyLe <= onlyLe2, onlyLe >= onlyLe2)
print("__le alone does not give <", pcall(function() return onlyLe < onlyLe2 end))
