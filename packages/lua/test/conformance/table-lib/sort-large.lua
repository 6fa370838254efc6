-- Larger sorts: results, and how many comparisons lua5.1's quicksort makes for each input shape.
local seed = 42
local function rand(n)
  seed = (seed * 16807) % 2147483647
  return seed % n
end

local function check(label, t, cmp)
  local calls = 0
  local counted = cmp or function(a, b) return a < b end
  table.sort(t, function(a, b)
    calls = calls + 1
    return counted(a, b)
  end)
  local ok = true
  for i = 2, #t do
    if counted(t[i], t[i - 1]) then ok = false end
  end
  local sum = 0
  for i = 1, #t do sum = (sum * 31 + t[i] * i) % 1000000007 end
  print(label, #t, ok, calls, sum)
end

local shapes = {
  random = function(i, n) return rand(n) end,
  sorted = function(i, n) return i end,
  reversed = function(i, n) return n - i end,
  constant = function(i, n) return 7 end,
  organ = function(i, n) if i <= n / 2 then return i else return n - i end end,
  sawtooth = function(i, n) return i % 10 end,
  fewvalues = function(i, n) return rand(3) end,
}
local order = {"random", "sorted", "reversed", "constant", "organ", "sawtooth", "fewvalues"}
for _, size in ipairs({10, 100, 1000, 5000}) do
  for _, name in ipairs(order) do
    local t = {}
    for i = 1, size do t[i] = shapes[name](i, size) end
    check(name .. " " .. size, t)
  end
end

-- descending with a comparator
local d = {}
for i = 1, 2000 do d[i] = rand(100000) end
check("descending", d, function(a, b) return a > b end)

-- without a comparator (the fast path for numbers) the result is the same
local a, b = {}, {}
for i = 1, 3000 do
  local v = rand(50000) / 7
  a[i], b[i] = v, v
end
table.sort(a)
table.sort(b, function(x, y) return x < y end)
local same = true
for i = 1, #a do if a[i] ~= b[i] then same = false end end
print("same result", same, a[1] <= a[2], a[#a] >= a[#a - 1])
