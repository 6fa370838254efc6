-- Local variable scope: blocks, shadowing, and the difference between local function forms.
local x = "outer"
do
  local x = "inner"
  print("inside do", x)
  do
    local x = "innermost"
    print("nested do", x)
  end
  print("back to inner", x)
end
print("back to outer", x)
local y = 1
local y = y + 1
print("redeclared local sees previous", y)
local a, b = 1, 2
do
  local a, b = b, a
  print("swapped in block", a, b)
end
print("outer unchanged", a, b)
for i = 1, 2 do
  local x = "loop " .. i
  print(x)
end
print("after loop", x)
if true then local x = "in if" print(x) end
print("after if", x)
local function selfRef(n)
  if n == 0 then return "done" end
  return selfRef(n - 1)
end
print("local function sees itself", selfRef(3))
selfRefGlobal = function() return "global version" end
local selfRefGlobal = function(n)
  if n == 0 then return "local version" end
  return selfRefGlobal(n - 1)
end
print("local f = function sees the global", selfRefGlobal(2))
local z = 10
local function readZ() return z end
z = 20
print("function reads current value", readZ())
local function shadowParam(z) return z end
print("parameter shadows", shadowParam(5), z)
local count = 0
for _ = 1, 3 do local fresh; if fresh == nil then count = count + 1 end; fresh = 1 end
print("loop body locals start as nil each time", count)
