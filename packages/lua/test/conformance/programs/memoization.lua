-- Memoization of recursive functions, including keys built from several arguments.
local function memoize(f)
  local cache = {}
  local hits, misses = 0, 0
  local function wrapped(...)
    local key = ""
    for i = 1, select("#", ...) do key = key .. tostring((select(i, ...))) .. "|" end
    local v = cache[key]
    if v ~= nil then hits = hits + 1 return v end
    misses = misses + 1
    v = f(...)
    cache[key] = v
    return v
  end
  return wrapped, function() return hits, misses end
end
local fib, fibStats
fib, fibStats = memoize(function(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end)
print("fib 70", fib(70))
print("fib hits and misses", fibStats())
local binom, binomStats
binom, binomStats = memoize(function(n, k)
  if k == 0 or k == n then return 1 end
  return binom(n - 1, k - 1) + binom(n - 1, k)
end)
print("C(30,15)", binom(30, 15), "C(50,3)", binom(50, 3))
print("binom stats", binomStats())
local function editDistance(a, b)
  local memo = {}
  local function d(i, j)
    if i == 0 then return j end
    if j == 0 then return i end
    local key = i * 1000 + j
    if memo[key] then return memo[key] end
    local cost = a[i] == b[j] and 0 or 1
    local best = d(i - 1, j) + 1
    local alt = d(i, j - 1) + 1
    if alt < best then best = alt end
    alt = d(i - 1, j - 1) + cost
    if alt < best then best = alt end
    memo[key] = best
    return best
  end
  return d(#a, #b)
end
local kitten = { "k", "i", "t", "t", "e", "n" }
local sitting = { "s", "i", "t", "t", "i", "n", "g" }
print("edit distance kitten/sitting", editDistance(kitten, sitting))
print("edit distance empty", editDistance({}, { "a", "b" }))
local calls = 0
local slowSquare = function(x) calls = calls + 1 return x * x end
local fastSquare = memoize(slowSquare)
for _ = 1, 5 do for i = 1, 10 do fastSquare(i) end end
print("underlying calls", calls)
local coins = { 1, 5, 10, 25, 50 }
local ways
ways = memoize(function(amount, idx)
  if amount == 0 then return 1 end
  if amount < 0 or idx > #coins then return 0 end
  return ways(amount - coins[idx], idx) + ways(amount, idx + 1)
end)
print("ways to make 100 cents", ways(100, 1))
print("ways to make 300 cents", ways(300, 1))
local nilResult = memoize(function() return nil end)
print("nil results are recomputed", nilResult(1), nilResult(1))
