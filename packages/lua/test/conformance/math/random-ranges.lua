-- math.random: the sequence is up to the implementation, the ranges are not.
local okUnit, okInt, okPair = true, true, true
local seenLow, seenHigh = false, false
for i = 1, 5000 do
  local r = math.random()
  if not (r >= 0 and r < 1) then okUnit = false end
  local n = math.random(6)
  if n < 1 or n > 6 or n ~= math.floor(n) then okInt = false end
  local m = math.random(-3, 3)
  if m < -3 or m > 3 or m ~= math.floor(m) then okPair = false end
  if m == -3 then seenLow = true end
  if m == 3 then seenHigh = true end
end
print("unit interval", okUnit)
print("1..6", okInt)
print("-3..3", okPair, seenLow, seenHigh)

-- every value of a small range turns up, roughly evenly
local counts = {0, 0, 0, 0}
for i = 1, 8000 do
  local k = math.random(4)
  counts[k] = counts[k] + 1
end
local even = true
for k = 1, 4 do if counts[k] < 1600 or counts[k] > 2400 then even = false end end
print("all values", counts[1] > 0 and counts[2] > 0 and counts[3] > 0 and counts[4] > 0, "even", even)

-- degenerate and fractional ranges
print("one value", math.random(1), math.random(5, 5), math.random(-7, -7))
local frac = true
for i = 1, 200 do
  local v = math.random(2.9)
  if v ~= 1 and v ~= 2 then frac = false end
end
print("upper 2.9 truncates", frac)
print("string bounds", math.random("1", "1"), math.random("3") <= 3)

-- the mean of many uniform draws is near one half
local sum = 0
for i = 1, 20000 do sum = sum + math.random() end
print("mean", math.abs(sum / 20000 - 0.5) < 0.02)

-- large ranges stay in range
local big = true
for i = 1, 1000 do
  local v = math.random(1, 2000000000)
  if v < 1 or v > 2000000000 or v ~= math.floor(v) then big = false end
end
print("large range", big)
