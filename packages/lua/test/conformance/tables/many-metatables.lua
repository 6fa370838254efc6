-- One method-call site and one field-read site meeting objects of twelve classes, more than a
-- site's polymorphic cache holds; the classes change while the sites keep running: a method
-- redefined in a base class, an override added and removed, a field added to a base class, an
-- __index replaced by a function, a metatable swapped.

local Base = {}
Base.__index = Base
function Base.name(self) return 'base' .. self.id end
Base.kind = 'plain'

local classes = {}
for i = 1, 12 do
  local c = setmetatable({}, { __index = Base })
  c.__index = c
  if i % 3 == 0 then c.name = function(self) return 'own' .. self.id end end
  classes[i] = c
end

local objects = {}
for i = 1, 24 do objects[i] = setmetatable({ id = i }, classes[(i - 1) % 12 + 1]) end

local function sweep(label)
  local parts = {}
  for i = 1, #objects do
    local o = objects[i]
    parts[#parts + 1] = o:name() .. ':' .. tostring(o.kind) .. ':' .. tostring(o.extra)
  end
  print(label, table.concat(parts, ' '))
end

for round = 1, 3 do sweep('start' .. round) end

function Base.name(self) return 'BASE' .. self.id end
sweep('base redefined')

classes[2].name = function(self) return 'two' .. self.id end
sweep('override added')

classes[3].name = nil
sweep('override removed')

Base.extra = 'x'
sweep('base field added')

classes[5].extra = 'five'
sweep('class field shadows')

getmetatable(classes[7]).__index = function(t, k) return k == 'name' and function(self) return 'fn' .. self.id end or nil end
sweep('index function')

setmetatable(objects[1], classes[12])
sweep('metatable swapped')

Base.kind = nil
sweep('base field removed')

-- The same sites, hot, so that compiled code meets the changes too.
local count = 0
for i = 1, 2000 do
  local o = objects[i % 24 + 1]
  if i == 1000 then function Base.name(self) return 'late' .. self.id end end
  local n = o:name()
  if n:sub(1, 4) == 'late' then count = count + 1 end
end
print('late names', count)
