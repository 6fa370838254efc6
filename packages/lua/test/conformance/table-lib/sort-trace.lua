-- The exact sequence of comparisons table.sort makes is observable through the comparator.
local function traced(label, t)
  local log = {}
  table.sort(t, function(a, b)
    log[#log + 1] = a .. "<" .. b
    return a < b
  end)
  print(label, table.concat(t, " "))
  print("  " .. #log .. " calls: " .. table.concat(log, " "))
end

traced("two", {2, 1})
traced("three", {3, 1, 2})
traced("four", {4, 3, 2, 1})
traced("five", {1, 5, 2, 4, 3})
traced("sorted7", {1, 2, 3, 4, 5, 6, 7})
traced("reverse7", {7, 6, 5, 4, 3, 2, 1})
traced("equal6", {5, 5, 5, 5, 5, 5})
traced("pipe9", {1, 3, 5, 7, 9, 8, 6, 4, 2})
traced("dups10", {3, 1, 3, 2, 1, 2, 3, 1, 2, 3})

-- swaps can be watched through the positions of distinguishable equal keys
local items = {}
local keys = {2, 1, 2, 1, 2, 1, 2, 1, 3, 0, 3, 0}
for i = 1, #keys do items[i] = {key = keys[i], id = i} end
table.sort(items, function(a, b) return a.key < b.key end)
local out = {}
for i = 1, #items do out[i] = items[i].key .. ":" .. items[i].id end
print("ties", table.concat(out, " "))

-- the same with <= (not a strict order, but this input does not trip it)
local le = {}
for i = 1, 5 do le[i] = {key = (i % 2), id = i} end
local ok, err = pcall(table.sort, le, function(a, b) return a.key <= b.key end)
out = {}
for i = 1, #le do out[i] = le[i].key .. ":" .. le[i].id end
print("le", ok, err, table.concat(out, " "))
