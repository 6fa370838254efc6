-- Proper tail calls run in constant stack space.
local function loop(n)
  if n == 0 then return "done" end
  return loop(n - 1)
end
print("one million tail calls", loop(1000000))
local ping, pong
function ping(n) if n == 0 then return "ping" end return pong(n - 1) end
function pong(n) if n == 0 then return "pong" end return ping(n - 1) end
print("mutual tail calls", ping(1000000), ping(999999))
local function accumulate(n, acc)
  if n == 0 then return acc end
  return accumulate(n - 1, acc + n)
end
print("accumulator", accumulate(1000000, 0))
local obj = { count = 0 }
function obj:step(n)
  if n == 0 then return self.count end
  self.count = self.count + 1
  return self:step(n - 1)
end
print("method tail calls", obj:step(300000))
local function returnsMany(n)
  if n == 0 then return 1, 2, 3 end
  return returnsMany(n - 1)
end
print("tail call keeps all results", returnsMany(100000))
local function viaVararg(n, ...)
  if n == 0 then return select("#", ...) end
  return viaVararg(n - 1, ...)
end
print("tail call forwarding varargs", viaVararg(200000, "a", "b", nil))
local function deep(n)
  if n == 0 then return 0 end
  return deep(n - 1)
end
local ok, v = pcall(deep, 500000)
print("tail calls inside pcall", ok, v)
