-- Reads of fields absent along an __index chain of tables, from one site that has already given
-- nil many times, while the chain gains and loses the key, is cut, or ends in a function.

local Base = {}
Base.__index = Base
local Mid = setmetatable({}, Base)
Mid.__index = Mid
local Leaf = setmetatable({}, Mid)
Leaf.__index = Leaf

local objs = {}
for i = 1, 4 do objs[i] = setmetatable({ id = i }, Leaf) end

local function probe(label)
  local seen = {}
  for round = 1, 200 do
    for i = 1, #objs do
      local v = objs[i].extra
      seen[tostring(v)] = (seen[tostring(v)] or 0) + 1
    end
  end
  local keys = {}
  for k in pairs(seen) do keys[#keys + 1] = k end
  table.sort(keys)
  local parts = {}
  for _, k in ipairs(keys) do parts[#parts + 1] = k .. '=' .. seen[k] end
  print(label, table.concat(parts, ' '))
end

probe('absent everywhere')
Base.extra = 'from base'
probe('added three levels up')
Mid.extra = 'from mid'
probe('shadowed two levels up')
Mid.extra = nil
Base.extra = nil
probe('removed again')
objs[2].extra = 'own'
probe('one object has its own')
objs[2].extra = nil
-- A holder in dictionary mode (many keys added and removed).
for i = 1, 100 do Base['k' .. i] = i end
for i = 1, 100 do Base['k' .. i] = nil end
probe('base as a dictionary')
Base.extra = 'dictionary'
probe('found in the dictionary')
Base.extra = nil
-- The chain cut: Mid loses its metatable, then Leaf's metatable loses __index.
setmetatable(Mid, nil)
probe('chain cut at mid')
Leaf.__index = nil
probe('no __index')
Leaf.__index = function(t, k) return k .. '@' .. t.id end
probe('__index function')
Leaf.__index = Mid
Mid.extra = false
probe('false is a value')
