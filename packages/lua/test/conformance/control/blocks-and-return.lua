-- do blocks, and return which must be the last statement of a block.
local function early(x)
  if x then return "early" end
  do
    local y = "in block"
    if y then
      return "from nested block"
    end
  end
  return "unreachable"
end
print(early(true), early(false))
local function skip()
  do return "done" end
  print("not printed")
end
print(skip())
local function noValue()
  do return end
end
print("empty return gives", select("#", noValue()))
local function loopReturn()
  for i = 1, 5 do
    while true do
      if i == 3 then return "returned at " .. i end
      break
    end
  end
end
print(loopReturn())
local depth = 0
do
  depth = depth + 1
  do
    depth = depth + 1
    do depth = depth + 1 end
  end
end
print("nested do blocks", depth)
local captured
do
  local secret = "kept alive"
  captured = function() return secret end
end
print("closure outlives block", captured())
local result = (function()
  local t = {}
  for i = 1, 3 do t[i] = i end
  return #t
end)()
print("returning from immediately called function", result)
local function multipleExits(n)
  if n == 1 then return "one" elseif n == 2 then return "two" end
  return "many"
end
print(multipleExits(1), multipleExits(2), multipleExits(3))
