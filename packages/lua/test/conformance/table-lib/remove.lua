-- table.remove takes the last element or the one at a position, shifting the rest down.
local function show(label, t, ...)
  local out = {}
  for i = 1, #t do out[i] = tostring(t[i]) end
  print(label, "#" .. #t, table.concat(out, " "), select("#", ...), ...)
end

local t = {"a", "b", "c", "d", "e"}
show("last", t, table.remove(t))
show("first", t, table.remove(t, 1))
show("middle", t, table.remove(t, 2))
show("at #t", t, table.remove(t, #t))
show("only", t, table.remove(t))
show("empty", t, table.remove(t))
show("empty again", t, table.remove(t, 1))

-- positions outside 1..#t remove nothing and return nothing
local u = {10, 20, 30}
show("pos 0", u, table.remove(u, 0))
show("pos 4", u, table.remove(u, 4))
show("pos -1", u, table.remove(u, -1))
show("pos 99", u, table.remove(u, 99))
show("pos nil", u, table.remove(u, nil))
show("pos 2.7", u, table.remove(u, 2.7))
show("pos '1'", u, table.remove(u, "1"))

-- removing nil-valued positions inside the sequence
local w = {1, 2, 3}
w[2] = false
show("false element", w, table.remove(w, 2))

-- a queue: push at the end, pop from the front
local q = {}
for i = 1, 6 do table.insert(q, i) end
local popped = {}
while #q > 0 do popped[#popped + 1] = table.remove(q, 1) end
print("queue order", table.concat(popped, ","))

-- a stack
local s = {}
for i = 1, 6 do s[#s + 1] = i * i end
local out = {}
while true do
  local v = table.remove(s)
  if v == nil then break end
  out[#out + 1] = v
end
print("stack order", table.concat(out, ","))

-- errors
print(pcall(table.remove))
print(pcall(table.remove, nil))
print(pcall(table.remove, {1}, "x"))
print(pcall(table.remove, {1}, {}))
local function caller() return table.remove(7) end
print(pcall(caller))

-- hash keys stay
local h = {1, 2, 3, key = "v"}
table.remove(h, 1)
show("hash kept " .. h.key, h)
