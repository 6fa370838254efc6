-- One read site and one write site meeting tables of many shapes: the same field at the same
-- slot (several "classes" that set their common fields first), at other slots, absent, removed
-- (a nil in a constructor's reserved key, an assignment of nil), and behind __index/__newindex.

local function make(kind, i)
  if kind == 1 then return { x = i, y = 1 } end
  if kind == 2 then return { x = i, y = 2, z = 3 } end
  if kind == 3 then local t = { x = i } t.w = 4 return t end
  if kind == 4 then return { y = 5, x = i } end            -- x at another slot
  if kind == 5 then return { y = 6 } end                   -- no x at all
  if kind == 6 then return { x = nil, y = 7 } end          -- x reserved, absent
  if kind == 7 then local t = { x = i, y = 8 } t.x = nil return t end
  if kind == 8 then return setmetatable({ y = 9 }, { __index = { x = -i } }) end
  if kind == 9 then
    return setmetatable({ y = 10 }, { __index = function(_, k) return #k * 1000 + i end,
      __newindex = function(t, k, v) rawset(t, k, v * 100) end })
  end
  return { x = i, y = 11, q = 12 }
end

local objs = {}
for i = 1, 40 do objs[i] = make(i % 10 + 1, i) end

local function readx(o) return o.x end
local function bump(o, d) o.x = (o.x or 0) + d end

for round = 1, 3 do
  local parts = {}
  for i = 1, #objs do parts[#parts + 1] = tostring(readx(objs[i])) end
  print(round, table.concat(parts, ' '))
  for i = 1, #objs do bump(objs[i], round) end
end

-- The same sites after a shape change of a table they have seen (a key removed, others added).
local o = objs[1]
o.y = nil
o.extra = 1
print(readx(o), rawget(o, 'x'))
bump(o, 1000)
print(readx(o))
local keys = {}
for k in pairs(objs[9]) do keys[#keys + 1] = k end
table.sort(keys)
for _, k in ipairs(keys) do print(k, objs[9][k]) end
