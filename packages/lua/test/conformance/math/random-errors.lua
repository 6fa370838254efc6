-- math.random's argument checks.
print(pcall(math.random, 0))
print(pcall(math.random, -5))
print(pcall(math.random, 5, 1))
print(pcall(math.random, 0, -1))
print(pcall(math.random, 1, 2, 3))
print(pcall(math.random, 1, 2, 3, 4))
print(pcall(math.random, "a"))
print(pcall(math.random, {}, 5))
print(pcall(math.random, 5, {}))
print(pcall(math.random, nil))
print(pcall(math.random, 1, nil))
print(pcall(math.random, 0.5))

-- from Lua code, errors carry the caller's position and the called name
local function roll(...) return math.random(...) end
print(pcall(roll, 0))
print(pcall(roll, 3, 2))
print(pcall(roll, 1, 2, 3))
local function aliased()
  local rnd = math.random
  return rnd(10, 1)
end
print(pcall(aliased))

-- a successful call returns exactly one value
print(select("#", math.random()), select("#", math.random(3)), select("#", math.random(2, 3)))
