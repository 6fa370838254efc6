-- errors inside coroutines end them and come back through resume
local co = coroutine.create(function(x)
  coroutine.yield(x)
  error("failed inside")
end)
print(coroutine.resume(co, 1))
print(coroutine.resume(co))
print(coroutine.status(co))
print(coroutine.resume(co))

local co2 = coroutine.create(function() error({code = 7}) end)
local ok, e = coroutine.resume(co2)
print(ok, type(e), e.code)

local co3 = coroutine.create(function() local t = nil; return t.x end)
print(coroutine.resume(co3))

-- wrap raises the error in the caller, with a position for strings
local w = coroutine.wrap(function() error("wrapped failure") end)
print(pcall(w))
local w2 = coroutine.wrap(function() return 1 end)
print(w2())
print(pcall(w2))

print(pcall(coroutine.resume, "nope"))
print(pcall(coroutine.create, print))
print(pcall(coroutine.status))
print(pcall(coroutine.yield, 1))
