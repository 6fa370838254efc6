-- if / elseif / else chains choose the first true branch.
local function classify(n)
  if n < 0 then
    return "negative"
  elseif n == 0 then
    return "zero"
  elseif n < 10 then
    return "small"
  elseif n < 100 then
    return "medium"
  else
    return "large"
  end
end
for _, n in ipairs({ -5, 0, 3, 42, 1000 }) do print(n, classify(n)) end
local function truthy(v) if v then return "then" else return "else" end end
print("conditions", truthy(nil), truthy(false), truthy(0), truthy(""), truthy({}))
local log = {}
local function check(tag, result) log[#log + 1] = tag return result end
if check("a", false) then
elseif check("b", true) then
elseif check("c", true) then
end
print("stops at first true", #log, log[1], log[2])
local x = 5
if x > 1 then if x > 3 then print("nested both") else print("nested outer only") end end
if x > 10 then print("no") end
print("if without else skipped")
if x then end
print("empty branches are fine")
local grade
local score = 73
if score >= 90 then grade = "A" elseif score >= 80 then grade = "B"
elseif score >= 70 then grade = "C" else grade = "F" end
print("grade", grade)
local function sign(n)
  if n > 0 then return 1 end
  if n < 0 then return -1 end
  return 0
end
print("signs", sign(9), sign(-9), sign(0))
if nil then print("never") elseif false then print("never") else print("else taken") end
local v = nil
if not v then print("not nil is true") end
if v == nil and not false then print("compound condition") end
