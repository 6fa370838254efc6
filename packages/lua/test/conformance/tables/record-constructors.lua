-- Table constructors with constant string keys reserve their keys (one layout per constructor):
-- fields given nil are still absent, and filling them later behaves as adding a key would.

local function keys(t)
  local ks = {}
  for k, v in pairs(t) do ks[#ks + 1] = tostring(k) .. '=' .. tostring(v) end
  table.sort(ks)
  return table.concat(ks, ' ')
end

-- Nil fields are absent: pairs, next and rawget do not see them.
local function make(a, b, c) return { a = a, b = b, c = c } end
for i = 1, 3 do
  local t = make(nil, i, nil)
  print(i, keys(t), next(t) == 'b', rawget(t, 'a'), t.c)
  t.a = 'x'
  print(i, keys(t))
  t.b = nil
  print(i, keys(t))
end

-- An empty record: next gives nil at once; filling fields in any order.
do
  local t = { p = nil, q = nil }
  print(next(t))
  for i = 1, 3 do
    t.q = i
    t.p = i * 10
  end
  print(keys(t))
end

-- __newindex runs for a field that the constructor left nil, every time, in a warm loop.
do
  local log = {}
  local mt = { __newindex = function(t, k, v) log[#log + 1] = k .. ':' .. tostring(v); rawset(t, k, v) end }
  for i = 1, 40 do
    local t = setmetatable({ x = nil, y = i }, mt)
    t.y = i + 1 -- present: no __newindex
    t.x = i     -- absent: __newindex
    t.x = i + 2 -- present now (rawset stored it): no __newindex
    if i % 10 == 0 then print(i, t.x, t.y, #log, log[#log]) end
  end
end

-- A __newindex table receives the store instead of the record.
do
  local store = {}
  for i = 1, 30 do
    local t = setmetatable({ v = nil }, { __newindex = store })
    t.v = i
    if i % 10 == 0 then print(i, rawget(t, 'v'), store.v) end
  end
end

-- __index applies to fields left nil, and stops once they are filled.
do
  local defaults = { colour = 'red', size = 1 }
  for i = 1, 30 do
    local o = setmetatable({ colour = nil, size = i }, { __index = defaults })
    local before = o.colour
    if i % 2 == 0 then o.colour = 'blue' end
    if i % 10 == 0 then print(i, before, o.colour, o.size) end
  end
end

-- A class built by a constructor and used through __index: methods added later are seen.
do
  local Base = { greet = nil, name = 'base' }
  Base.__index = Base
  local obj = setmetatable({ id = nil }, Base)
  for i = 1, 30 do
    if i == 10 then Base.greet = function(self) return 'hello ' .. self.name end end
    if i == 20 then Base.greet = nil end
    if i % 5 == 0 then print(i, obj.greet ~= nil and obj:greet() or 'no greet', obj.id) end
  end
end

-- Duplicate keys: the last one wins; a bracketed constant string is the same key.
do
  local t = { k = 1, k = 2, ['k'] = 3, m = nil, ['m'] = 4 }
  print(t.k, t.m, keys(t))
end

-- Clearing and refilling during a traversal.
do
  local t = { a = 1, b = 2, c = 3, d = 4, e = nil }
  for k in pairs(t) do t[k] = nil end
  print(next(t), keys(t))
  t.e = 5
  t.a = 6
  print(keys(t))
end

-- Many keys: a literal map.
do
  local src = { 'local t = {' }
  for i = 1, 40 do src[#src + 1] = 'k' .. i .. ' = ' .. (i % 3 == 0 and 'nil' or i) .. ',' end
  src[#src + 1] = '} return t'
  local t = assert(loadstring(table.concat(src)))()
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  print(n, t.k1, t.k3, t.k40)
end

-- Records keep their own array part.
do
  local t = { 1, 2, 3, name = nil, n = 3 }
  print(#t, t.n, t.name, keys(t))
end
