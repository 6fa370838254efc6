-- After math.randomseed the sequence repeats exactly.
local function draw(n)
  local out = {}
  for i = 1, n do out[i] = math.random(1000) end
  return table.concat(out, ",")
end

math.randomseed(42)
local a = draw(20)
local a2 = {}
for i = 1, 5 do a2[i] = math.random() end
math.randomseed(42)
local b = draw(20)
local b2 = {}
for i = 1, 5 do b2[i] = math.random() end
print("same sequence", a == b)
local same = true
for i = 1, 5 do if a2[i] ~= b2[i] then same = false end end
print("same floats", same)

math.randomseed(43)
print("other seed differs", draw(20) ~= a)

-- the seed is truncated to an integer
math.randomseed(7.9)
local c = draw(10)
math.randomseed(7)
print("fraction ignored", draw(10) == c)

-- numeric strings work, and a seed returns nothing
print("results", select("#", math.randomseed("5")))
local d = draw(5)
math.randomseed(5)
print("string seed", draw(5) == d)

-- negative and zero seeds are valid
math.randomseed(0)
local z = draw(5)
math.randomseed(0)
print("zero seed", draw(5) == z)
math.randomseed(-123)
local n = math.random(10)
print("negative seed", n >= 1 and n <= 10)

-- errors
print(pcall(math.randomseed))
print(pcall(math.randomseed, "x"))
print(pcall(math.randomseed, {}))
