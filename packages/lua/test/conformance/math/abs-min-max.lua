-- math.abs, math.min and math.max.
for _, v in ipairs({0, 3, -3, 2.5, -2.5, 1e308, -1e308, math.huge, -math.huge, 4.9e-324}) do
  print("abs", v, math.abs(v))
end
print("abs -0", math.abs(-1 / math.huge))
print("abs string", math.abs("-12"), math.abs("  -1e2 "))

print("min", math.min(3, 1, 2), math.min(1), math.min(-1, -5, 10), math.min(2.5, 2.25))
print("max", math.max(3, 1, 2), math.max(1), math.max(-1, -5, 10), math.max(2.5, 2.25))
print("two", math.min(4, 9), math.max(4, 9), math.min(9, 4), math.max(9, 4))
print("equal", math.min(7, 7), math.max(7, 7, 7))
print("infinities", math.min(math.huge, -math.huge), math.max(-math.huge, math.huge))
print("strings", math.min("10", 9), math.max("10", 9), math.max("0x1F", "3"))
print("types", type(math.max("5")), type(math.min("5", 6)))

-- the first of several zeros wins; a later zero does not replace it
local nz = -1 / math.huge
print("zeros", math.min(0, nz), math.min(nz, 0), math.max(0, nz), math.max(nz, 0))

-- NaN: only the first argument position lets it through
local nan = 0 / 0
local a, b = math.min(nan, 1), math.min(1, nan)
print("nan min", a ~= a, b)
a, b = math.max(nan, 1), math.max(1, nan)
print("nan max", a ~= a, b)
print("nan middle", math.max(1, nan, 3), math.min(5, nan, 3))

-- many arguments
local args = {}
for i = 1, 200 do args[i] = (i * 7919) % 1000 end
print("many", math.min(unpack(args)), math.max(unpack(args)))

-- errors: every argument is checked
print(pcall(math.min))
print(pcall(math.max))
print(pcall(math.min, 1, nil))
print(pcall(math.max, 1, 2, "x"))
print(pcall(math.abs))
print(pcall(math.abs, {}))
local function caller() return math.max(1, {}, 3) end
print(pcall(caller))
local function caller2() local m = math.min; return m() end
print(pcall(caller2))
