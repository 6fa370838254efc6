-- Heapsort: sorts a large array of pseudo-random floats with a hand-written binary heap;
-- array indexing arithmetic and comparisons of numbers.

local N = 200000
local REPEATS = 4

local seed = 42
local function random()
  seed = (seed * 3877 + 29573) % 139968
  return seed / 139968
end

local function heapsort(a, n)
  local function siftDown(start, stop)
    local root = start
    while true do
      local child = root * 2
      if child > stop then return end
      if child + 1 <= stop and a[child] < a[child + 1] then child = child + 1 end
      if a[root] < a[child] then
        a[root], a[child] = a[child], a[root]
        root = child
      else
        return
      end
    end
  end
  for start = math.floor(n / 2), 1, -1 do siftDown(start, n) end
  for stop = n, 2, -1 do
    a[1], a[stop] = a[stop], a[1]
    siftDown(1, stop - 1)
  end
end

-- Every repeat sorts the same numbers from scratch, so each one must give the same checksum.
local WANT = '1.500350'
local result
for _ = 1, REPEATS do
  seed = 42
  local a = {}
  for i = 1, N do a[i] = random() end
  heapsort(a, N)
  for i = 2, N do
    if a[i - 1] > a[i] then error('heapsort: not sorted at ' .. i) end
  end
  result = string.format('%.6f', a[1] + a[N] + a[math.floor(N / 2)])
  if WANT and result ~= WANT then error('heapsort: checksum ' .. result) end
end
print(string.format('heapsort(%d x %d): checksum %s', N, REPEATS, result))
