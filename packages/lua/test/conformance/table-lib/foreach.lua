-- table.foreach calls f(key, value) for every entry and stops at the first non-nil result.
local seq = {"a", "b", "c"}
table.foreach(seq, function(k, v) print("visit", k, v) end)

-- the result that stops the loop is returned, false included
print("found", table.foreach(seq, function(k, v) if v == "b" then return k * 10 end end))
print("false stops", table.foreach(seq, function(k, v) return false end))
print("nothing", select("#", table.foreach(seq, function() end)))
print("empty", select("#", table.foreach({}, function() return 1 end)))

-- hash entries: collect and sort, since traversal order is unspecified
local h = {x = 1, y = 2, z = 3, 10, 20}
local keys = {}
table.foreach(h, function(k, v) keys[#keys + 1] = tostring(k) .. "=" .. tostring(v) end)
table.sort(keys)
print("entries", table.concat(keys, " "))

-- only the first result counts
print("first result", table.foreach({1}, function(k, v) return "r1", "r2" end))

-- assigning nil to visited fields during traversal is allowed
local del = {a = 1, b = 2, c = 3, d = 4}
local count = 0
table.foreach(del, function(k) del[k] = nil; count = count + 1 end)
print("cleared", count, next(del))

-- errors
print(pcall(table.foreach))
print(pcall(table.foreach, {}))
print(pcall(table.foreach, {}, 1))
print(pcall(table.foreach, 1, print))
print(pcall(table.foreach, {1}, function() error("inside") end))
local function caller() table.foreach(nil, print) end
print(pcall(caller))

-- nested traversal
local grid = {{1, 2}, {3, 4}}
local sum = 0
table.foreach(grid, function(_, row)
  table.foreach(row, function(_, v) sum = sum + v end)
end)
print("nested sum", sum)

-- print as the function
table.foreach({"p", "q"}, print)
