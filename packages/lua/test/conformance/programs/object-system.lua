-- A small class system with constructors, inheritance, super calls and instance checks.
local function class(parent)
  local c = {}
  c.__index = c
  c.super = parent
  if parent then setmetatable(c, { __index = parent }) end
  c.new = function(...)
    local obj = setmetatable({}, c)
    if obj.init then obj:init(...) end
    return obj
  end
  c.isA = function(self, k)
    local m = getmetatable(self)
    while m do
      if m == k then return true end
      m = m.super
    end
    return false
  end
  return c
end

local Shape = class()
function Shape:init(name) self.name = name; Shape.count = (Shape.count or 0) + 1 end
function Shape:area() return 0 end
function Shape:describe() return self.name .. " with area " .. self:area() end
Shape.__tostring = function(s) return "Shape<" .. s.name .. ">" end

local Rect = class(Shape)
function Rect:init(w, h) Shape.init(self, "rect"); self.w, self.h = w, h end
function Rect:area() return self.w * self.h end
Rect.__tostring = Shape.__tostring

local Square = class(Rect)
function Square:init(side) Rect.init(self, side, side); self.name = "square" end
Square.__tostring = function(s) return "Square[" .. s.w .. "]" end

local Circle = class(Shape)
function Circle:init(r) self.super.init(self, "circle"); self.r = r end
function Circle:area() return 3 * self.r * self.r end

local shapes = { Rect.new(2, 3), Square.new(4), Circle.new(2), Shape.new("blob") }
for i, s in ipairs(shapes) do print(i, s:describe()) end
print("tostring", tostring(shapes[1]), tostring(shapes[2]))
print("instances created", Shape.count)
print("isA", shapes[2]:isA(Square), shapes[2]:isA(Rect), shapes[2]:isA(Shape), shapes[1]:isA(Square), shapes[3]:isA(Rect))
local total = 0
for _, s in ipairs(shapes) do total = total + s:area() end
print("total area", total)
Shape.perimeter = function() return "unknown" end
function Rect:perimeter() return 2 * (self.w + self.h) end
for _, s in ipairs(shapes) do print("perimeter", s.name, s:perimeter()) end

local Stack = class()
function Stack:init() self.items = {} end
function Stack:push(v) self.items[#self.items + 1] = v return self end
function Stack:pop() local v = self.items[#self.items]; self.items[#self.items] = nil; return v end
local Counted = class(Stack)
function Counted:init() Stack.init(self); self.pushes = 0 end
function Counted:push(v) self.pushes = self.pushes + 1 return Stack.push(self, v) end
local cs = Counted.new()
cs:push("a"):push("b"):push("c")
local popped1 = cs:pop()
local popped2 = cs:pop()
print("overridden method with super call", popped1, popped2, cs.pushes, #cs.items)
