-- next and pairs visit every key exactly once; the order is unspecified, so results are summed or sorted.
local function sortList(list, less)
  for i = 2, #list do
    local v = list[i]
    local j = i - 1
    while j >= 1 and less(v, list[j]) do
      list[j + 1] = list[j]
      j = j - 1
    end
    list[j + 1] = v
  end
  return list
end
local function lessAny(a, b)
  if type(a) == type(b) then return a < b end
  return type(a) < type(b)
end
local function keysOf(t)
  local ks = {}
  for k in pairs(t) do ks[#ks + 1] = k end
  return sortList(ks, lessAny)
end
local t = { 10, 20, 30, x = 1, y = 2, z = 3, [100] = "h" }
local ks = keysOf(t)
local line = ""
for i = 1, #ks do line = line .. tostring(ks[i]) .. " " end
print("sorted keys:", line)
local sum = 0
for k, v in pairs({ 1, 2, 3, a = 4, b = 5 }) do sum = sum + v end
print("sum of values", sum)
print("next on empty", next({}))
local one = { only = "v" }
print("next on single", next(one))
print("next after last", next(one, "only"))
local k, v = next({ 5 })
print("next on array", k, v)
local visits = 0
local k2 = next(t)
while k2 ~= nil do
  visits = visits + 1
  k2 = next(t, k2)
end
print("manual traversal visits", visits)
local f, s, init = pairs(t)
print("pairs returns", type(f), s == t, init)
local cnt = 0
for key in f, s, init do cnt = cnt + 1 end
print("loop over pairs triple", cnt)
print("next with bad key", pcall(next, t, "no such key"))
local big = {}
for i = 1, 500 do big["k" .. i] = i end
local total = 0
for _, val in pairs(big) do total = total + val end
print("500 string keys sum", total)
local words = keysOf({ pear = 1, apple = 1, fig = 1, banana = 1 })
print("sorted words", words[1], words[2], words[3], words[4])
