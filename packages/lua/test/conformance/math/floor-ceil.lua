-- math.floor and math.ceil round toward -inf and +inf.
local values = {0, 1, -1, 0.5, -0.5, 1.5, -1.5, 2.4999, -2.4999, 1e15 + 0.5, -1e15 - 0.5,
  123456789.99, -123456789.99, 2^52 + 0.5, 2^53, 1e300, -1e300, 4.9e-324, -4.9e-324,
  math.huge, -math.huge, 0.9999999999999999, -0.9999999999999999}
for i, v in ipairs(values) do
  print(i, v, math.floor(v), math.ceil(v))
end

-- negative zero survives floor and ceil
local negzero = -1 / math.huge
print("floor -0", math.floor(negzero), "ceil -0.5", math.ceil(-0.5), "ceil -0.1", math.ceil(-0.1))

-- numeric strings are converted
print("strings", math.floor("3.7"), math.ceil("3.2"), math.floor(" -2.5 "), math.ceil("0x10"))
print("results", select("#", math.floor(1.5)), type(math.floor(1.5)))

-- floor of integer-valued floats is the value itself
local same = true
for i = -1000, 1000 do
  if math.floor(i) ~= i or math.ceil(i) ~= i then same = false end
end
print("integers unchanged", same)

-- floor(x + 0.5) rounding
for _, v in ipairs({2.5, 3.5, -2.5, -3.5, 0.49999999999999994}) do
  print("round", v, math.floor(v + 0.5))
end

-- NaN stays NaN
local nan = 0 / 0
local f = math.floor(nan)
print("nan", f ~= f, math.ceil(nan) ~= math.ceil(nan))

-- errors
print(pcall(math.floor))
print(pcall(math.floor, "abc"))
print(pcall(math.ceil, {}))
print(pcall(math.floor, nil))
local function caller() return math.floor(true) end
print(pcall(caller))
