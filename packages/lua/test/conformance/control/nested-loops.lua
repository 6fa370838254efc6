-- Combinations of loops over numbers and tables.
local primes = {}
for n = 2, 60 do
  local isPrime = true
  for d = 2, n - 1 do
    if d * d > n then break end
    if n % d == 0 then isPrime = false break end
  end
  if isPrime then primes[#primes + 1] = n end
end
local s = ""
for i = 1, #primes do s = s .. primes[i] .. " " end
print("primes below 60", #primes, s)
local table9 = ""
for i = 1, 3 do
  local row = ""
  for j = 1, 3 do row = row .. (i * j) .. "\t" end
  table9 = table9 .. row .. "|"
end
print("multiplication rows", table9)
local triangle = 0
for i = 1, 10 do for j = 1, i do triangle = triangle + 1 end end
print("triangle count", triangle)
local triples = ""
for a = 1, 20 do
  for b = a, 20 do
    for c = b, 20 do
      if a * a + b * b == c * c then triples = triples .. a .. "," .. b .. "," .. c .. " " end
    end
  end
end
print("pythagorean", triples)
local grid = { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } }
local diag, anti = 0, 0
for i = 1, 3 do
  for j = 1, 3 do
    if i == j then diag = diag + grid[i][j] end
    if i + j == 4 then anti = anti + grid[i][j] end
  end
end
print("diagonals", diag, anti)
local transposed = {}
for i = 1, 3 do
  transposed[i] = {}
  for j = 1, 3 do transposed[i][j] = grid[j][i] end
end
print("transposed row 1", transposed[1][1], transposed[1][2], transposed[1][3])
local count = 0
local i = 0
while i < 4 do
  i = i + 1
  local j = 0
  repeat
    j = j + 1
    for k = 1, j do count = count + 1 end
  until j >= i
end
print("mixed loop kinds", count)
