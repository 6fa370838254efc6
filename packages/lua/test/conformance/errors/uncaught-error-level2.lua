-- error at level 2 blames the line that called the failing function.
local function requirePositive(n)
  if n <= 0 then
    error("value must be positive", 2)
  end
  return n
end
print(requirePositive(5))
local result = requirePositive(-1)
print("never printed", result)
