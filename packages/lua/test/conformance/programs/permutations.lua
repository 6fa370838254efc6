-- Generating permutations and combinations in lexicographic order, and counting derangements.
local function nextPermutation(a)
  local i = #a - 1
  while i >= 1 and a[i] >= a[i + 1] do i = i - 1 end
  if i < 1 then return false end
  local j = #a
  while a[j] <= a[i] do j = j - 1 end
  a[i], a[j] = a[j], a[i]
  local l, r = i + 1, #a
  while l < r do a[l], a[r] = a[r], a[l]; l = l + 1; r = r - 1 end
  return true
end
local function str(a) local s = "" for i = 1, #a do s = s .. a[i] end return s end
local p = { 1, 2, 3, 4 }
local all, count = {}, 0
repeat
  count = count + 1
  all[#all + 1] = str(p)
until not nextPermutation(p)
print("permutations of 1234", count)
local line = ""
for i = 1, #all do line = line .. all[i] .. (i % 8 == 0 and "\n" or " ") end
print(line)
local letters = { "a", "b", "b", "c" }
local distinct = 0
repeat distinct = distinct + 1 until not nextPermutation(letters)
print("distinct arrangements of abbc", distinct)
local function combinations(n, k, start, acc, out)
  if #acc == k then out[#out + 1] = str(acc) return out end
  for i = start, n do
    acc[#acc + 1] = i
    combinations(n, k, i + 1, acc, out)
    acc[#acc] = nil
  end
  return out
end
local c = combinations(5, 3, 1, {}, {})
local cl = ""
for i = 1, #c do cl = cl .. c[i] .. " " end
print("5 choose 3", #c, cl)
local function heap(n, a, out)
  if n == 1 then out[#out + 1] = str(a) return end
  for i = 1, n do
    heap(n - 1, a, out)
    if n % 2 == 0 then a[i], a[n] = a[n], a[i] else a[1], a[n] = a[n], a[1] end
  end
end
local hp = {}
heap(3, { "x", "y", "z" }, hp)
local hl = ""
for i = 1, #hp do hl = hl .. hp[i] .. " " end
print("heap's algorithm", #hp, hl)
local derangements = 0
local q = { 1, 2, 3, 4, 5, 6 }
repeat
  local fixed = false
  for i = 1, #q do if q[i] == i then fixed = true break end end
  if not fixed then derangements = derangements + 1 end
until not nextPermutation(q)
print("derangements of 6", derangements)
local total = 0
local r = { 1, 2, 3, 4, 5, 6, 7, 8 }
repeat total = total + 1 until not nextPermutation(r)
print("permutations of 8", total)
