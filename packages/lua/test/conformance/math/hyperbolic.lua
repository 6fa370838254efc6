-- sinh, cosh and tanh.
local values = {0, 0.5, -0.5, 1, -1, 2, 5, -5, 10, 20, 0.001, 1e-10, 700, -700, 710, -710}
for i, x in ipairs(values) do
  print(i, x, math.sinh(x), math.cosh(x), math.tanh(x))
end
print("infinities", math.sinh(math.huge), math.sinh(-math.huge), math.cosh(-math.huge),
  math.tanh(math.huge), math.tanh(-math.huge))
print("negative zero", math.sinh(-1 / math.huge), math.tanh(-1 / math.huge))

-- cosh^2 - sinh^2 = 1, loosely
local ok = true
for i = -10, 10 do
  local x = i / 4
  local c, s = math.cosh(x), math.sinh(x)
  if math.abs(c * c - s * s - 1) > 1e-12 then ok = false end
end
print("identity", ok)
print("tanh = sinh/cosh", math.abs(math.tanh(0.7) - math.sinh(0.7) / math.cosh(0.7)) < 1e-15)
print(pcall(math.sinh))
print(pcall(math.cosh, {}))
print(pcall(math.tanh, "1e"))
