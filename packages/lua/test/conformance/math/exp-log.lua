-- exp, log (natural, one argument in Lua 5.1), log10 and sqrt.
local values = {0, 1, -1, 0.5, 2, 10, 100, -100, 709, 710, -745, -746, 1e-5, 3.25}
for i, x in ipairs(values) do
  print("exp", i, x, math.exp(x))
end
local positives = {1, 2, 10, 0.5, 100, 1000, 1e-300, 1e300, 2.718281828459045, 0.1, 4.9e-324, 7}
for i, x in ipairs(positives) do
  print("log", i, x, math.log(x), math.log10(x))
end
print("exact log10", math.log10(1), math.log10(10), math.log10(1e15), math.log10(1e-5), math.log10(1e22))
print("log edges", math.log(0), math.log10(0), math.log(math.huge), math.log(-1 / math.huge))
print("log ignores a base", math.log(8, 2), math.log(100, 10))
print("exp edges", math.exp(math.huge), math.exp(-math.huge))

local function isnan(x) return x ~= x end
print("nan", isnan(math.log(-1)), isnan(math.log10(-10)), isnan(math.sqrt(-1)))

for _, x in ipairs({0, 1, 2, 4, 0.25, 1e-300, 1e300, 2^1023, 9007199254740993, 10, 3}) do
  print("sqrt", x, math.sqrt(x))
end
print("sqrt -0", math.sqrt(-1 / math.huge), "sqrt inf", math.sqrt(math.huge))

-- exp and log undo each other (loosely)
local ok = true
for i = -30, 30 do
  local x = i / 7
  if math.abs(math.log(math.exp(x)) - x) > 1e-14 then ok = false end
end
print("inverse", ok)

print("strings", math.exp("0"), math.log("1"), math.sqrt("16"), math.log10("1000"))
print(pcall(math.exp))
print(pcall(math.log))
print(pcall(math.log10, {}))
print(pcall(math.sqrt, "four"))
