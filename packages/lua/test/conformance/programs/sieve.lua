-- Sieve of Eratosthenes and some facts about the primes it finds.
local function sieve(limit)
  local composite = {}
  local primes = {}
  for i = 2, limit do
    if not composite[i] then
      primes[#primes + 1] = i
      for j = i * i, limit, i do composite[j] = true end
    end
  end
  return primes
end
local primes = sieve(20000)
print("primes below 20000", #primes)
print("first ten", primes[1], primes[2], primes[3], primes[4], primes[5], primes[6], primes[7], primes[8], primes[9], primes[10])
print("last", primes[#primes])
local sum = 0
for i = 1, #primes do sum = sum + primes[i] end
print("sum", sum)
local twins = 0
for i = 2, #primes do if primes[i] - primes[i - 1] == 2 then twins = twins + 1 end end
print("twin pairs", twins)
local maxGap, gapAt = 0, 0
for i = 2, #primes do
  local g = primes[i] - primes[i - 1]
  if g > maxGap then maxGap, gapAt = g, primes[i - 1] end
end
print("largest gap", maxGap, "after", gapAt)
local isPrime = {}
for i = 1, #primes do isPrime[primes[i]] = true end
local function goldbach(n)
  for i = 1, #primes do
    local p = primes[i]
    if p > n / 2 then break end
    if isPrime[n - p] then return p, n - p end
  end
end
for _, n in ipairs({ 4, 28, 100, 1000, 9998 }) do print("goldbach", n, goldbach(n)) end
local function factor(n)
  local s = ""
  for i = 1, #primes do
    local p = primes[i]
    if p * p > n then break end
    while n % p == 0 do s = s .. p .. "*"; n = n / p end
  end
  if n > 1 then s = s .. n .. "*" end
  return s
end
for _, n in ipairs({ 360, 9973, 123456, 65536, 999999 }) do print("factor", n, factor(n)) end
local lastDigits = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }
for i = 1, #primes do local d = primes[i] % 10; lastDigits[d + 1] = lastDigits[d + 1] + 1 end
print("last digit 1 3 7 9", lastDigits[2], lastDigits[4], lastDigits[8], lastDigits[10])
