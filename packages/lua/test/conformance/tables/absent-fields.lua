-- One method site and one field site over objects of many layouts: most lack the name (found
-- through the metatable, or nil), some hold it themselves, some are in dictionary mode, and
-- objects gain and lose the name while the sites run.

local Base = {}
Base.__index = Base
function Base:who() return "base" end
Base.kind = "inherited"

local names = { "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p" }
local objs = {}
for i = 1, 40 do
  local o = {}
  -- Layouts differ in which keys they have and in their order.
  for j = 1, (i % 7) + 1 do o[names[((i * 3 + j) % #names) + 1]] = j end
  if i % 5 == 0 then o.who = function() return "own" .. i end end
  if i % 6 == 0 then o.kind = "own kind " .. i end
  if i % 9 == 0 then
    -- Dictionary mode: many keys added and removed.
    for j = 1, 80 do o["x" .. j] = j end
    for j = 1, 80 do o["x" .. j] = nil end
  end
  objs[i] = setmetatable(o, Base)
end

local function round(tag)
  local out = {}
  for i = 1, #objs do
    local o = objs[i]
    out[#out + 1] = o:who() .. "/" .. tostring(o.kind) .. "/" .. tostring(o.missing)
  end
  print(tag, table.concat(out, " "))
end

round("first")
round("again")
-- Gaining the names: every object, then a few at a time.
for i = 1, #objs, 4 do objs[i].who = function() return "late" .. i end end
for i = 2, #objs, 3 do objs[i].missing = i end
round("gained")
for i = 1, #objs, 4 do objs[i].who = nil end
for i = 2, #objs, 3 do objs[i].missing = nil end
round("lost")
-- The class itself changes.
Base.missing = "class default"
function Base:who() return "base2" end
round("class changed")
Base.missing = nil
round("class cleared")

-- Strings take the method path through the string metatable.
local strs = { "abc", "hello", "x" }
local outs = {}
for r = 1, 3 do
  for i = 1, #strs do outs[#outs + 1] = strs[i]:upper() .. strs[i]:len() end
end
print("strings", table.concat(outs, " "))

-- Keys that hash alike: absent from some layouts, present in others.
local probe = {}
for i = 1, 200 do probe[i] = "k" .. i end
local holders = {}
for i = 1, 30 do
  local t = {}
  for j = 1, (i % 5) + 1 do t[probe[(i * 7 + j * 13) % 200 + 1]] = j end
  holders[i] = t
end
local sum, hits = 0, 0
for _ = 1, 3 do
  for i = 1, #holders do
    local t = holders[i]
    local v = t.k42
    if v then sum = sum + v; hits = hits + 1 end
    local w = t.k7
    if w then sum = sum + w; hits = hits + 1 end
  end
end
print("probes", sum, hits)
