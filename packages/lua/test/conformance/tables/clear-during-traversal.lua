-- Assigning nil to fields while traversing with next/pairs is allowed.
local t = {}
for i = 1, 50 do t["key" .. i] = i end
for i = 1, 20 do t[i] = i end
local visited, sum = 0, 0
for k, v in pairs(t) do
  visited = visited + 1
  sum = sum + v
  t[k] = nil
end
print("visited", visited, "sum", sum)
print("now empty", next(t))
local u = {}
for i = 1, 30 do u[i] = i end
for k, v in pairs(u) do
  if v % 2 == 0 then u[k] = nil end
end
local left, leftSum = 0, 0
for _, v in pairs(u) do left = left + 1; leftSum = leftSum + v end
print("odd entries left", left, leftSum)
local w = { a = 1, b = 2, c = 3 }
for k in pairs(w) do w[k] = 10 end
local s = 0
for _, v in pairs(w) do s = s + v end
print("overwriting existing keys during traversal", s)
local big = {}
for i = 1, 200 do big[i * 3] = true end
local removed = 0
local k = next(big)
while k do
  local nk = next(big, k)
  big[k] = nil
  removed = removed + 1
  k = nk
end
print("removed with manual next", removed, next(big))
