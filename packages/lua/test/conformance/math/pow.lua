-- math.pow is the ^ operator as a function.
local cases = {
  {2, 10}, {2, 0.5}, {2, -1}, {10, -2}, {-2, 3}, {-2, 2}, {0, 0}, {0, 5}, {0, -1}, {5, 0},
  {1, 1e300}, {1, math.huge}, {-1, math.huge}, {2, 1023}, {2, 1024}, {2, -1074}, {2, -1075},
  {10, 22}, {10, 23}, {1.5, 2.5}, {9, 0.5}, {27, 1 / 3}, {math.huge, 0}, {math.huge, -1},
  {-math.huge, 3}, {-math.huge, 2}, {0.5, math.huge}, {2, math.huge}, {2, -math.huge}, {3, 40},
}
for i, c in ipairs(cases) do
  local x, y = c[1], c[2]
  print(i, x, y, math.pow(x, y), math.pow(x, y) == x ^ y)
end
print("negative zero base", math.pow(-1 / math.huge, 3), math.pow(-1 / math.huge, -3), math.pow(-1 / math.huge, 2))

local function isnan(x) return x ~= x end
print("nan", isnan(math.pow(-8, 1 / 3)), isnan(math.pow(-2, 0.5)))

print("strings", math.pow("2", "8"), math.pow(" 3 ", 2))
print(pcall(math.pow))
print(pcall(math.pow, 2))
print(pcall(math.pow, "two", 2))
