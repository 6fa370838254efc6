-- math.modf splits a number into integral and fractional parts, both with its sign.
local values = {0, 3.75, -3.75, 5, -5, 0.5, -0.5, 1e15 + 0.25, 2^53, 1e300, 0.1, -0.1,
  123.456, -123.456, 4.9e-324, 1 / 3, math.huge, -math.huge}
for i, v in ipairs(values) do
  print(i, v, math.modf(v))
end
print("negative zero", math.modf(-1 / math.huge))
print("results", select("#", math.modf(2.5)))
print("strings", math.modf("7.25"), math.modf("-0x10"))

-- the parts add up to the original
local exact = true
for i = -50, 50 do
  local v = i / 8
  local ip, fp = math.modf(v)
  if ip + fp ~= v or ip ~= (v < 0 and math.ceil(v) or math.floor(v)) then exact = false end
end
print("parts add up", exact)

-- NaN gives NaN twice
local a, b = math.modf(0 / 0)
print("nan", a ~= a, b ~= b)

print(pcall(math.modf))
print(pcall(math.modf, "x"))
