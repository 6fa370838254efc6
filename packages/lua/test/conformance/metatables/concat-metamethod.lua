-- __concat is used when either operand is not a string or number.
local mt = {}
mt.__concat = function(a, b)
  local function part(v) if type(v) == "table" then return "<" .. v.name .. ">" end return tostring(v) end
  return part(a) .. part(b)
end
local x = setmetatable({ name = "x" }, mt)
local y = setmetatable({ name = "y" }, mt)
print("table .. string", x .. "s")
print("string .. table", "s" .. x)
print("number .. table", 1 .. x)
print("table .. table", x .. y)
print("chain", "a" .. x .. "b" .. y .. "c")
local order = {}
local tracer = setmetatable({}, { __concat = function(a, b)
  order[#order + 1] = (type(a) == "table" and "T" or tostring(a)) .. "|" .. (type(b) == "table" and "T" or tostring(b))
  return "r"
end })
local _ = "1" .. "2" .. tracer .. "3" .. "4"
print("adjacent strings join first, one metamethod call", #order, order[1])
local plain = {}
print("no __concat errors", pcall(function() return "a" .. plain end))
print("boolean beside a table uses the metamethod", x .. true)
local other = setmetatable({ name = "other" }, { __concat = function() return "other wins" end })
print("left operand metamethod first", other .. x, x .. other)
print("concat with nil uses metamethod", x .. nil)
local counting = setmetatable({ n = 0 }, { __concat = function(a, b)
  if type(a) == "table" then a.n = a.n + 1 return a end
  b.n = b.n + 1 return b
end })
local r = counting .. 1 .. 2
print("result can be a table", r == counting, counting.n)
