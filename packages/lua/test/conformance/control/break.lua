-- break exits the innermost loop only; in Lua 5.1 it must be the last statement of its block.
local out = ""
for i = 1, 10 do
  if i == 4 then break end
  out = out .. i
end
print("numeric for break", out)
local pairsFound = ""
for i = 1, 3 do
  for j = 1, 3 do
    if j > i then break end
    pairsFound = pairsFound .. i .. j .. " "
  end
end
print("inner break only", pairsFound)
local w = 0
while true do
  w = w + 1
  if w >= 7 then break end
end
print("while true break", w)
local r = 0
repeat
  r = r + 1
  if r == 3 then break end
until r > 100
print("repeat break", r)
local found
for _, v in ipairs({ 5, 8, 13, 21 }) do
  if v % 2 == 0 then found = v break end
end
print("generic for break", found)
local n = 0
for i = 1, 5 do
  n = n + 1
  do break end
end
print("do break end idiom", n)
local outerDone = false
local hits = 0
for i = 1, 5 do
  for j = 1, 5 do
    if i * j == 6 then outerDone = true break end
    hits = hits + 1
  end
  if outerDone then break end
end
print("flag to leave both loops", hits, outerDone)
local after = "not set"
for i = 1, 3 do
  local x = i
  if x == 2 then after = "broken at " .. x break end
end
print(after)
local function firstNegative(t)
  for i = 1, #t do
    if t[i] < 0 then return i end
  end
  return nil
end
print("return from loop", firstNegative({ 3, 1, -4, 1, -5 }), firstNegative({ 1 }))
local count = 0
for i = 1, 3 do
  while true do
    count = count + 1
    break
  end
end
print("break in while inside for", count)
