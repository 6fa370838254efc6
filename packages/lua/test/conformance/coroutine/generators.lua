-- wrap turns a coroutine into a generator function
local function range(n, step)
  return coroutine.wrap(function()
    for i = 1, n, step or 1 do coroutine.yield(i) end
  end)
end
local out = {}
for v in range(10, 3) do out[#out + 1] = v end
print("range", unpack(out))

local function permutations(a, n)
  n = n or #a
  if n <= 1 then coroutine.yield(a) return end
  for i = 1, n do
    a[n], a[i] = a[i], a[n]
    permutations(a, n - 1)
    a[n], a[i] = a[i], a[n]
  end
end
local count = 0
for p in coroutine.wrap(function() permutations({1, 2, 3, 4}) end) do
  count = count + 1
  if count <= 3 then print("perm", p[1], p[2], p[3], p[4]) end
end
print("permutations", count)

-- a producer/consumer pipeline through three coroutines
local function producer()
  return coroutine.create(function()
    for i = 1, 5 do coroutine.yield(i) end
  end)
end
local function filter(src)
  return coroutine.create(function()
    while true do
      local ok, v = coroutine.resume(src)
      if not v then return end
      if v % 2 == 1 then coroutine.yield(v * 10) end
    end
  end)
end
local f = filter(producer())
while true do
  local ok, v = coroutine.resume(f)
  if not v then break end
  print("piped", v)
end
