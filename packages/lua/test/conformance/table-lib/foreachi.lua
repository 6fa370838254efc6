-- table.foreachi calls f(i, t[i]) for i = 1..#t and stops at the first non-nil result.
local t = {"one", "two", "three"}
table.foreachi(t, print)
print("result", table.foreachi(t, function(i, v) if i == 2 then return v .. "!" end end))
print("false stops", table.foreachi(t, function(i) if i == 1 then return false end end))
print("none", select("#", table.foreachi(t, function() end)))
print("empty", select("#", table.foreachi({}, function() return 1 end)))

-- only the array part counts
local mixed = {10, 20, x = 99, [0] = 5}
table.foreachi(mixed, function(i, v) print("mixed", i, v) end)

-- the length is measured once, before the loop
local grow = {1, 2, 3}
local visits = 0
table.foreachi(grow, function(i, v)
  visits = visits + 1
  grow[#grow + 1] = v * 10
end)
print("grow", visits, #grow)

local shrink = {1, 2, 3, 4}
table.foreachi(shrink, function(i, v)
  print("shrink", i, v)
  if i == 1 then shrink[3] = nil; shrink[4] = nil end
end)

-- sums and early exit position
local nums = {}
for i = 1, 20 do nums[i] = i * i end
local total = 0
local stop = table.foreachi(nums, function(i, v)
  total = total + v
  if total > 100 then return i end
end)
print("stopped at", stop, total)

-- errors
print(pcall(table.foreachi))
print(pcall(table.foreachi, {}))
print(pcall(table.foreachi, {1}, "f"))
print(pcall(table.foreachi, "t", print))
print(pcall(table.foreachi, {1}, function(i, v) return v + nil end))
