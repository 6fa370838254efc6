-- floor, abs, min, max and sqrt in tight loops, with numbers and the occasional string.
local sumFloor, sumAbs, sumMin, sumMax, sumSqrt = 0, 0, 0, 0, 0
for i = -5000, 5000 do
  local x = i / 7
  sumFloor = sumFloor + math.floor(x)
  sumAbs = sumAbs + math.abs(x)
  sumMin = sumMin + math.min(x, 100 - x)
  sumMax = sumMax + math.max(x, -x, 3)
  sumSqrt = sumSqrt + math.sqrt(math.abs(i))
end
print("floor", sumFloor)
print("abs", sumAbs)
print("min", sumMin)
print("max", sumMax)
print("sqrt", sumSqrt)

-- the same through locals, as benchmarks write it
local floor, abs, min, max, sqrt = math.floor, math.abs, math.min, math.max, math.sqrt
local acc = 0
for i = 1, 20000 do
  acc = acc + floor(sqrt(i)) - abs(min(i, 50) - max(i % 13, 6))
end
print("locals", acc)

-- strings mixed in every so often
local mixed = 0
for i = 1, 1000 do
  local v = (i % 10 == 0) and tostring(i / 4) or (i / 4)
  mixed = mixed + math.floor(v) + math.max(v, 100) + math.abs(v)
end
print("mixed", mixed)

-- integer square roots of perfect squares are exact
local exact = true
for i = 0, 3000 do
  if sqrt(i * i) ~= i then exact = false end
end
print("perfect squares", exact)

-- min/max with two arguments in both orders
local pairsOk = true
for i = 1, 500 do
  local a, b = i % 17, i % 11
  local lo, hi = min(a, b), max(a, b)
  if lo > hi or (lo ~= a and lo ~= b) or min(b, a) ~= lo or max(b, a) ~= hi then pairsOk = false end
end
print("pairs", pairsOk)

-- floor to an integer-valued float within a table index
local buckets = {}
for i = 1, 100 do
  local k = floor(i / 10) + 1
  buckets[k] = (buckets[k] or 0) + 1
end
print("buckets", table.concat(buckets, " "))
