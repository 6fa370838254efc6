-- table.insert appends or inserts at a position, shifting later elements up.
local function show(label, t, from, to)
  local out = {}
  for i = from or 1, to or #t do out[#out + 1] = tostring(t[i]) end
  -- with holes, # may be any border: print it only for proper sequences
  print(label, from and "-" or #t, table.concat(out, " "))
end

local t = {}
for i = 1, 5 do table.insert(t, i * 10) end
show("appended", t)

table.insert(t, 1, "first")
show("at front", t)
table.insert(t, 4, "mid")
show("in middle", t)
table.insert(t, #t + 1, "last")
show("at end+1", t)
table.insert(t, #t, "before last")
show("at #t", t)

-- a position beyond the end leaves a gap and moves nothing
local g = {1, 2, 3}
table.insert(g, 6, "far")
show("gap", g, 1, 6)

-- position zero and negative positions shift from there
local z = {"a", "b", "c"}
table.insert(z, 0, "zero")
show("pos 0", z, 0, 4)
local n = {"a", "b"}
table.insert(n, -1, "neg")
show("pos -1", n, -1, 3)

-- fractional positions are truncated
local f = {"a", "b", "c"}
table.insert(f, 2.9, "x")
show("pos 2.9", f)
table.insert(f, "3", "s")
show("pos '3'", f)

-- inserting nil
local h = {1, 2, 3}
table.insert(h, 2, nil)
show("nil inserted", h, 1, 4)
local k = {1, 2}
table.insert(k, nil)
show("nil appended", k, 1, 3)

-- the value can be anything
local any = {}
table.insert(any, false)
table.insert(any, any)
table.insert(any, print)
print("kinds", type(any[1]), any[2] == any, any[3] == print, #any)

-- insert returns nothing
print("results", select("#", table.insert({}, 1)), select("#", table.insert({}, 1, 1)))

-- keys in the hash part are not disturbed
local mixed = {1, 2, name = "m"}
table.insert(mixed, 1, 0)
show("mixed", mixed)
print("name kept", mixed.name)

-- many appends
local big = {}
for i = 1, 10000 do table.insert(big, i) end
print("big", #big, big[1], big[5000], big[10000])
