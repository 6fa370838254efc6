-- math.fmod (and its old name math.mod): C's fmod, the sign follows the dividend.
local pairsList = {
  {7, 3}, {-7, 3}, {7, -3}, {-7, -3}, {6, 3}, {-6, 3}, {5.5, 2}, {-5.5, 2}, {5.5, -2},
  {1, 0.1}, {0.3, 0.1}, {1e300, 3}, {3, 1e300}, {-3, 1e300}, {2^53, 7}, {1, 2^-1074},
  {0, 5}, {7, math.huge}, {-7, math.huge}, {7, -math.huge}, {123.456, 0.001},
}
for _, p in ipairs(pairsList) do
  print("fmod", p[1], p[2], math.fmod(p[1], p[2]))
end

-- zero results keep the dividend's sign
print("signs", math.fmod(-6, 3), math.fmod(6, -3), math.fmod(-1 / math.huge, 2))

-- NaN results
local function isnan(x) return x ~= x end
print("nan", isnan(math.fmod(1, 0)), isnan(math.fmod(math.huge, 2)), isnan(math.fmod(-math.huge, 1)),
  isnan(math.fmod(0 / 0, 1)), isnan(math.fmod(1, 0 / 0)), isnan(math.fmod(0, 0)))

-- math.mod is the same function
print("mod", math.mod == math.fmod, math.mod(10, 4), math.mod(-10, 4))

-- compare with the % operator, which floors instead
for _, p in ipairs({{7, 3}, {-7, 3}, {7, -3}, {-7, -3}}) do
  print("fmod vs %", p[1], p[2], math.fmod(p[1], p[2]), p[1] % p[2])
end

-- strings
print("strings", math.fmod("10", "3"), math.fmod(" 9 ", 4))

-- errors
print(pcall(math.fmod))
print(pcall(math.fmod, 1))
print(pcall(math.fmod, 1, "a"))
print(pcall(math.mod, nil, 1))
local function caller() return math.fmod({}, 1) end
print(pcall(caller))
