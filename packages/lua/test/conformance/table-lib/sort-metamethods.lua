-- Without a comparator, sort uses < and so the __lt metamethod of tables.
local mt = {}
mt.__lt = function(a, b) return a.v < b.v end
local function box(v) return setmetatable({v = v}, mt) end
local function show(label, t)
  local out = {}
  for i = 1, #t do out[i] = tostring(t[i].v) end
  print(label, table.concat(out, " "))
end

local boxes = {box(5), box(2), box(9), box(1), box(7), box(3)}
table.sort(boxes)
show("boxes", boxes)

-- the metamethod sees each comparison
local calls = 0
local counting = {__lt = function(a, b) calls = calls + 1; return a.v < b.v end}
local c = {}
for i = 1, 10 do c[i] = setmetatable({v = (i * 7) % 10}, counting) end
table.sort(c)
show("counted", c)
print("metamethod calls", calls)

-- __le is not used by sort
local onlyLe = {__le = function(a, b) return a.v <= b.v end}
print(pcall(table.sort, {setmetatable({v = 1}, onlyLe), setmetatable({v = 2}, onlyLe)}))

-- different __lt functions cannot compare
local other = {__lt = function(a, b) return a.v < b.v end}
print(pcall(table.sort, {box(1), setmetatable({v = 2}, other)}))

-- a shared handler in two metatables is fine
local shared = function(a, b) return a.v > b.v end
local m1, m2 = {__lt = shared}, {__lt = shared}
local s = {setmetatable({v = 1}, m1), setmetatable({v = 3}, m2), setmetatable({v = 2}, m1)}
table.sort(s)
show("shared", s)

-- plain tables, booleans and functions have no order
print(pcall(table.sort, {{}, {}}))
print(pcall(table.sort, {true, false}))
print(pcall(table.sort, {print, print}))
print(pcall(table.sort, {1, {}}))
print(pcall(table.sort, {box(1), 1}))

-- a metamethod returning non-booleans: only nil and false are false
local truthy = {__lt = function(a, b) if a.v < b.v then return 0 else return nil end end}
local tr = {}
for i = 1, 6 do tr[i] = setmetatable({v = 7 - i}, truthy) end
table.sort(tr)
show("truthy", tr)

-- an error inside the metamethod propagates
local bad = {__lt = function() error("no order here") end}
print(pcall(table.sort, {setmetatable({}, bad), setmetatable({}, bad)}))

-- with a comparator, metamethods are not consulted
table.sort(boxes, function(a, b) return a.v > b.v end)
show("comparator wins", boxes)
