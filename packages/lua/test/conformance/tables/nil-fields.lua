-- Assigning nil to fields by constant name: objects with and without metatables, keys present
-- and absent, __newindex on absent keys only, and class tables that instances inherit from.

local function keys(t)
  local ks = {}
  for k in pairs(t) do ks[#ks + 1] = tostring(k) end
  table.sort(ks)
  return table.concat(ks, ",")
end

-- A plain record: clearing, refilling, clearing again.
local r = { a = 1, b = 2, c = 3 }
for round = 1, 3 do
  r.b = nil
  print("plain", round, r.a, r.b, r.c, keys(r))
  r.b = round * 10
  print("plain", round, r.a, r.b, r.c, keys(r))
end
r.a = nil; r.c = nil; r.b = nil
print("plain empty", next(r))

-- Objects with a metatable: nil stores to present keys are raw, to absent keys go to __newindex.
local log = {}
local Class = {}
Class.__index = Class
Class.__newindex = function(t, k, v) log[#log + 1] = k .. "=" .. tostring(v); rawset(t, k, v) end
function Class.new(x) return setmetatable({ x = x, link = false }, Class) end
function Class:clear() self.link = nil end
function Class:relink(v) self.link = v end

local objs = {}
for i = 1, 6 do objs[i] = Class.new(i) end
for pass = 1, 3 do
  for i = 1, #objs do
    local o = objs[i]
    o:clear()
    if (i + pass) % 2 == 0 then o:relink(pass) end
  end
end
for i = 1, #objs do print("obj", i, objs[i].x, objs[i].link, keys(objs[i])) end
print("newindex calls", #log, table.concat(log, " "))

-- nil to an absent key: no __newindex without one, __newindex with one.
local plain = setmetatable({ y = 1 }, {})
for _ = 1, 3 do plain.z = nil end
print("absent nil", plain.y, plain.z, keys(plain))
local seen = 0
local guarded = setmetatable({ y = 1 }, { __newindex = function(t, k, v) seen = seen + 1 end })
for _ = 1, 3 do guarded.y = nil; guarded.y = nil end
print("guarded", guarded.y, seen, keys(guarded))

-- Class tables are watched by the caches of their instances' lookups: clearing a method must be
-- seen at once, and so must putting it back.
local Base = {}
Base.__index = Base
function Base:name() return "base" end
local Derived = setmetatable({}, Base)
Derived.__index = Derived
function Derived:name() return "derived" end
local obj = setmetatable({}, Derived)
local out = {}
for i = 1, 6 do
  out[#out + 1] = obj:name()
  if i == 2 then Derived.name = nil end
  if i == 4 then Derived.name = function() return "again" end end
end
print("methods", table.concat(out, " "))
-- Clearing __index itself on a class: instances stop inheriting.
local P = { v = "from P" }
P.__index = P
local inst = setmetatable({}, P)
local got = {}
for i = 1, 4 do
  got[#got + 1] = tostring(inst.v)
  if i == 2 then P.__index = nil end
end
print("index cleared", table.concat(got, " "))
