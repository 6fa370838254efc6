-- insert and remove as stack and queue operations, mixed with sort and concat.
local stack = {}
for i = 1, 10 do table.insert(stack, i) end
local popped = {}
for i = 1, 4 do popped[i] = table.remove(stack) end
print("popped", table.concat(popped, " "), "left", table.concat(stack, " "))

-- a deque using both ends
local dq = {}
table.insert(dq, "m")
table.insert(dq, 1, "l1")
table.insert(dq, "r1")
table.insert(dq, 1, "l2")
table.insert(dq, "r2")
print("deque", table.concat(dq, ","))
print("ends", table.remove(dq, 1), table.remove(dq), table.concat(dq, ","))

-- a priority queue kept sorted after each insert
local pq = {}
local seed = 7
for i = 1, 15 do
  seed = (seed * 31 + 11) % 97
  table.insert(pq, seed)
  table.sort(pq, function(a, b) return a > b end)
end
local served = {}
while #pq > 0 do served[#served + 1] = table.remove(pq) end
print("served", table.concat(served, " "))

-- insertion sort with table.insert at computed positions
local sorted = {}
for _, v in ipairs({5, 2, 8, 1, 9, 3, 7, 4, 6, 0}) do
  local pos = #sorted + 1
  for i = 1, #sorted do
    if v < sorted[i] then pos = i break end
  end
  table.insert(sorted, pos, v)
end
print("insertion", table.concat(sorted, " "))

-- remove every other element from the front
local every = {}
for i = 1, 12 do every[i] = i end
local i = 1
while i <= #every do
  table.remove(every, i)
  i = i + 1
end
print("every other", table.concat(every, " "))

-- grow and shrink many times
local t = {}
for round = 1, 50 do
  for k = 1, round do table.insert(t, k) end
  for k = 1, round - 1 do table.remove(t, 1) end
end
print("final", #t, table.maxn(t), t[1], t[#t])
