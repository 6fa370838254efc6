-- Insert, remove, reverse and sort arrays with plain Lua code.
local function insertAt(t, pos, v)
  for i = #t, pos, -1 do t[i + 1] = t[i] end
  t[pos] = v
end
local function removeAt(t, pos)
  local v = t[pos]
  local n = #t
  for i = pos, n - 1 do t[i] = t[i + 1] end
  t[n] = nil
  return v
end
local function show(label, t)
  local s = ""
  for i = 1, #t do s = s .. tostring(t[i]) .. (i < #t and "," or "") end
  print(label, "[" .. s .. "]", #t)
end
local t = { 1, 2, 3, 4, 5 }
insertAt(t, 1, 0); show("insert front", t)
insertAt(t, #t + 1, 6); show("insert back", t)
insertAt(t, 4, 2.5); show("insert middle", t)
print("removed", removeAt(t, 4)); show("after remove", t)
print("removed", removeAt(t, 1)); show("after remove front", t)
print("removed", removeAt(t, #t)); show("after remove back", t)
local function reverse(a)
  local i, j = 1, #a
  while i < j do a[i], a[j] = a[j], a[i]; i = i + 1; j = j - 1 end
end
reverse(t); show("reversed", t)
local function quicksort(a, lo, hi, less)
  if lo >= hi then return end
  local p = a[hi]
  local i = lo
  for j = lo, hi - 1 do
    if less(a[j], p) then a[i], a[j] = a[j], a[i]; i = i + 1 end
  end
  a[i], a[hi] = a[hi], a[i]
  quicksort(a, lo, i - 1, less)
  quicksort(a, i + 1, hi, less)
end
local nums = { 5, 3, 9, 1, 7, 2, 8, 6, 4, 0, -1, 3 }
quicksort(nums, 1, #nums, function(x, y) return x < y end); show("sorted", nums)
quicksort(nums, 1, #nums, function(x, y) return x > y end); show("sorted desc", nums)
local words = { "pear", "Apple", "fig", "banana", "cherry", "apple" }
quicksort(words, 1, #words, function(x, y) return x < y end); show("words", words)
local seq = {}
local seed = 7
for i = 1, 200 do seed = (seed * 31 + 11) % 1009; seq[i] = seed end
quicksort(seq, 1, #seq, function(x, y) return x < y end)
local okSorted = true
for i = 2, #seq do if seq[i - 1] > seq[i] then okSorted = false end end
print("200 pseudo-random sorted", okSorted, seq[1], seq[200])
local function concatList(a, sep)
  local s = ""
  for i = 1, #a do s = s .. a[i] .. (i < #a and sep or "") end
  return s
end
print("joined", concatList({ "a", "b", "c" }, "-"), concatList({}, "-"))
