-- Several sorting algorithms checked against each other, including a stability test.
local function copy(t) local r = {} for i = 1, #t do r[i] = t[i] end return r end
local function isSorted(t, less)
  for i = 2, #t do if less(t[i], t[i - 1]) then return false end end
  return true
end
local function insertion(t, less)
  for i = 2, #t do
    local v, j = t[i], i - 1
    while j >= 1 and less(v, t[j]) do t[j + 1] = t[j]; j = j - 1 end
    t[j + 1] = v
  end
  return t
end
local function merge(t, less)
  if #t <= 1 then return t end
  local mid = (#t - #t % 2) / 2
  local left, right = {}, {}
  for i = 1, mid do left[#left + 1] = t[i] end
  for i = mid + 1, #t do right[#right + 1] = t[i] end
  left, right = merge(left, less), merge(right, less)
  local i, j, k = 1, 1, 1
  while i <= #left and j <= #right do
    if less(right[j], left[i]) then t[k] = right[j]; j = j + 1 else t[k] = left[i]; i = i + 1 end
    k = k + 1
  end
  while i <= #left do t[k] = left[i]; i = i + 1; k = k + 1 end
  while j <= #right do t[k] = right[j]; j = j + 1; k = k + 1 end
  return t
end
local function heapSort(t, less)
  local n = #t
  local function sift(start, stop)
    local root = start
    while 2 * root <= stop do
      local child = 2 * root
      if child + 1 <= stop and less(t[child], t[child + 1]) then child = child + 1 end
      if less(t[root], t[child]) then t[root], t[child] = t[child], t[root]; root = child else return end
    end
  end
  for start = (n - n % 2) / 2, 1, -1 do sift(start, n) end
  for stop = n, 2, -1 do
    t[1], t[stop] = t[stop], t[1]
    sift(1, stop - 1)
  end
  return t
end
local function shell(t, less)
  local gap = 1
  while gap < #t / 3 do gap = gap * 3 + 1 end
  while gap >= 1 do
    for i = gap + 1, #t do
      local v, j = t[i], i
      while j > gap and less(v, t[j - gap]) do t[j] = t[j - gap]; j = j - gap end
      t[j] = v
    end
    gap = (gap - gap % 3) / 3
  end
  return t
end
local data, seed = {}, 2024
for i = 1, 400 do seed = (seed * 16807) % 2147483647; data[i] = seed % 1000 end
local lt = function(a, b) return a < b end
local results = {}
for _, entry in ipairs({ { "insertion", insertion }, { "merge", merge }, { "heap", heapSort }, { "shell", shell } }) do
  local sorted = entry[2](copy(data), lt)
  results[#results + 1] = sorted
  print(entry[1], isSorted(sorted, lt), #sorted, sorted[1], sorted[200], sorted[400])
end
local agree = true
for i = 1, #data do
  for r = 2, #results do if results[r][i] ~= results[1][i] then agree = false end end
end
print("all algorithms agree", agree)
local people = {
  { "ann", 30 }, { "bob", 25 }, { "cat", 30 }, { "dan", 25 }, { "eve", 35 }, { "fay", 30 }, { "gus", 25 },
}
local byAge = function(a, b) return a[2] < b[2] end
local function names(t) local s = "" for i = 1, #t do s = s .. t[i][1] .. t[i][2] .. " " end return s end
print("stable merge", names(merge(copy(people), byAge)))
print("stable insertion", names(insertion(copy(people), byAge)))
local desc = merge(copy(data), function(a, b) return a > b end)
print("descending", isSorted(desc, function(a, b) return a > b end), desc[1], desc[400])
local words = { "delta", "Alpha", "charlie", "bravo", "Echo", "alpha" }
print("bytewise word order", names((function()
  local w = {}
  for i = 1, #words do w[i] = { words[i], "" } end
  return shell(w, function(a, b) return a[1] < b[1] end)
end)()))
