-- a yield from deep inside Lua calls suspends the whole chain
local function dive(n)
  if n == 0 then return coroutine.yield("bottom") end
  return 1 + dive(n - 1)
end
local co = coroutine.create(function() return dive(1000) end)
print(coroutine.resume(co))
print(coroutine.resume(co, 5))

-- many coroutines alive at once
local cos = {}
for i = 1, 100 do
  cos[i] = coroutine.create(function(a) local b = coroutine.yield(a * 2) return a + b end)
end
local sum = 0
for i = 1, 100 do local _, v = coroutine.resume(cos[i], i) sum = sum + v end
for i = 1, 100 do local _, v = coroutine.resume(cos[i], 1) sum = sum + v end
print("sum", sum)
