-- __gc runs for unreachable proxies, in reverse order of creation
local order = {}
local function make(name)
  local p = newproxy(true)
  getmetatable(p).__gc = function() order[#order + 1] = name end
  return p
end
local a, b, c = make("a"), make("b"), make("c")
local keep = make("kept")
a, b, c = nil, nil, nil
collectgarbage()
print("finalized", table.concat(order, ","))
print("proxy type", type(keep), type(newproxy()), getmetatable(newproxy()) == nil)
local shared = newproxy(keep)
print("shares metatable", getmetatable(shared) == getmetatable(keep))
print(pcall(newproxy, {}))
print(pcall(newproxy, 1))
-- a finalizer sees its object and may touch other state
local seen
do
  local p = newproxy(true)
  getmetatable(p).__gc = function(u) seen = (u ~= nil) end
end
collectgarbage()
print("finalizer got its object", seen)
