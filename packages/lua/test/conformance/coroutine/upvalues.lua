-- closures created inside a coroutine keep working after it yields and dies
local getters = {}
local co = coroutine.create(function()
  for i = 1, 3 do
    local x = i * 10
    getters[i] = function() x = x + 1 return x end
    coroutine.yield()
  end
end)
for i = 1, 4 do coroutine.resume(co) end
print(getters[1](), getters[1](), getters[2](), getters[3]())
print(coroutine.status(co))

local shared = 0
local a = coroutine.wrap(function() while true do shared = shared + 1 coroutine.yield(shared) end end)
local b = coroutine.wrap(function() while true do shared = shared * 2 coroutine.yield(shared) end end)
print(a(), b(), a(), b(), a())
