-- Method and field lookups through __index chains several levels deep, while the chain changes
-- under call sites that have already looked the same key up many times.

local Base = {}
Base.__index = Base
function Base.kind() return 'base' end
function Base:name() return 'Base:' .. self.id end
Base.legs = 4

local Mid = setmetatable({}, Base)
Mid.__index = Mid
function Mid:describe() return 'mid ' .. self:name() end

local Leaf = setmetatable({}, Mid)
Leaf.__index = Leaf

local function new(id) return setmetatable({ id = id }, Leaf) end

local objs = {}
for i = 1, 5 do objs[i] = new(i) end

-- One call site each for a method three levels up, a method two levels up and a field.
local function probe(label)
  local out = {}
  for round = 1, 3 do
    for i = 1, #objs do
      local o = objs[i]
      out[#out + 1] = o:name() .. '/' .. o:describe() .. '/' .. tostring(o.legs) .. '/' .. o.kind()
    end
  end
  -- Every round must agree: print the first and say whether the rest matched it.
  local same = true
  for i = #objs + 1, #out do
    if out[i] ~= out[(i - 1) % #objs + 1] then same = false end
  end
  print(label, out[1], out[#objs], same)
end

probe('initial')

-- A nearer class gains the key: it now shadows the base class.
function Mid:name() return 'Mid:' .. self.id end
probe('override in middle')

Leaf.legs = 6
probe('field added in leaf')

-- Removing the override uncovers the base class again.
Mid.name = nil
Leaf.legs = nil
probe('override removed')

-- Replacing the method's value where it lives (no new key anywhere).
function Base:name() return 'Base2:' .. self.id end
probe('value replaced')

-- Re-pointing a metatable's __index in the middle of the chain.
local Other = { name = function(self) return 'Other:' .. self.id end, describe = function() return 'other' end,
  legs = 8, kind = function() return 'other' end }
Leaf.__index = Other
probe('leaf __index replaced')
Leaf.__index = Leaf
probe('leaf __index restored')

-- Changing the metatable of a class in the middle of the chain.
local Alt = { __index = { name = function(self) return 'Alt:' .. self.id end, legs = 3, kind = function() return 'alt' end } }
setmetatable(Mid, Alt)
probe('middle metatable replaced')
setmetatable(Mid, Base)
probe('middle metatable restored')

-- rawset bypasses __newindex but is still a new key.
rawset(Leaf, 'kind', function() return 'leaf' end)
probe('rawset in leaf')
rawset(Leaf, 'kind', nil)

-- A class with so many keys that it stops using shapes.
for i = 1, 300 do Base['extra' .. i] = i end
probe('base with many keys')
print(objs[2].extra150, objs[3].extra300, objs[4].extra301)
Base.extra150 = nil
print(objs[2].extra150)

-- An __index function at the end of the chain.
setmetatable(Base, { __index = function(t, k) return 'from function: ' .. k end })
print(objs[1].missing, objs[1].legs)

-- A chain that loops through tables without the key.
local A, B = {}, {}
A.__index = B
B.__index = A
setmetatable(A, A)
setmetatable(B, B)
local looped = setmetatable({}, A)
print(pcall(function() return looped.nothing end))
print(pcall(function() return looped:nothing() end))
