-- Inconsistent comparators driven by a deterministic generator: the outcome (order or error)
-- depends on every comparison and swap the sort makes.
local state = 1
local function coin()
  state = (state * 69069 + 1) % 4294967296
  return state >= 2147483648
end

-- elements may be lost: reads past either end can swap a nil into the range
local function list(t, n)
  local out = {}
  for i = 1, n do out[i] = tostring(t[i]) end
  return table.concat(out, " ")
end

local function run(n, seed)
  state = seed
  local t = {}
  for i = 1, n do t[i] = i end
  local calls = 0
  local ok, err = pcall(table.sort, t, function(a, b)
    calls = calls + 1
    return coin()
  end)
  if ok then
    print(n, seed, "ok", calls, list(t, n))
  else
    print(n, seed, "error", calls, err)
  end
end

for seed = 1, 12 do run(6, seed) end
for seed = 1, 8 do run(12, seed * 7) end
for seed = 1, 4 do run(30, seed * 101) end

-- a comparator that is consistent most of the time
local function mostly(n, seed)
  state = seed
  local t = {}
  for i = 1, n do t[i] = (i * 37) % n end
  local ok, err = pcall(table.sort, t, function(a, b)
    if coin() and coin() and coin() then return not (a < b) end
    return a < b
  end)
  print("mostly", n, seed, ok, ok and list(t, n) or err)
end
for seed = 3, 9 do mostly(16, seed) end
