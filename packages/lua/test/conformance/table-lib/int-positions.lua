-- Positions given to insert, remove and concat are C ints: fractions are cut off and only the
-- low 32 bits of larger values count.
local function list(t, from, to)
  local out = {}
  for i = from, to do out[#out + 1] = tostring(t[i]) end
  return table.concat(out, " ")
end

print("concat 2^32+1..2^32+3", table.concat({"a", "b", "c"}, ",", 2^32 + 1, 2^32 + 3))
print("concat 1.9..2.9", table.concat({"a", "b", "c"}, ",", 1.9, 2.9))
print(pcall(table.concat, {"a", "b"}, ",", 0 / 0, 2))
print(pcall(table.concat, {"a", "b"}, ",", math.huge))
print(pcall(table.concat, {"a", "b"}, ",", -math.huge, 1))
print("concat to 2^32", "[" .. table.concat({"a", "b"}, ",", 1, 2^32) .. "]")

local t = {1, 2, 3}
table.insert(t, 2^32 + 2, "x")
print("insert at 2^32+2", list(t, 1, 4))
t = {1, 2, 3}
table.insert(t, 1.99, "y")
print("insert at 1.99", list(t, 1, 4))
t = {1, 2, 3}
table.insert(t, 0 / 0, "z")
print("insert at nan", list(t, 0, 4))

t = {"a", "b", "c"}
print("remove 2^32+1", table.remove(t, 2^32 + 1), list(t, 1, 3))
t = {"a", "b", "c"}
print("remove 2.5", table.remove(t, 2.5), list(t, 1, 3))
t = {"a", "b", "c"}
print("remove nan", select("#", table.remove(t, 0 / 0)), list(t, 1, 3))
t = {"a", "b", "c"}
print("remove huge", select("#", table.remove(t, math.huge)), list(t, 1, 3))
