-- Unbounded recursion raises a catchable "stack overflow" error, after which execution continues.
local function infinite(n) return 1 + infinite(n + 1) end
local ok, err = pcall(infinite, 1)
print("caught", ok, err)
local function mutualA(n) return 1 + mutualB(n) end
function mutualB(n) return 1 + mutualA(n) end
print("mutual", pcall(mutualA, 0))
local function truncated(n) return (truncated(n + 1)) end
print("parenthesised call is not a tail call", pcall(truncated, 1))
local function fine(n) if n == 0 then return 0 end return 1 + fine(n - 1) end
print("recursion works again afterwards", fine(1000))
local again = pcall(infinite, 1)
print("second overflow also caught", again)
local deepest = 0
local function probe(n)
  deepest = n
  return 1 + probe(n + 1)
end
pcall(probe, 1)
print("went deeper than 15000 levels", deepest > 15000)
local obj = setmetatable({}, {})
getmetatable(obj).__index = function(t, k) return t[k] end
local okIdx, errIdx = pcall(function() return obj.x end)
print("through __index", okIdx)
print("tail recursion never overflows", pcall(function()
  local function loop(n) if n == 0 then return "done" end return loop(n - 1) end
  return loop(300000)
end))
