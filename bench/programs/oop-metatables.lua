-- Method-heavy object-oriented code: a three-level class hierarchy where methods are found
-- through chains of __index tables, with overrides, super calls and __tostring/__eq/__lt.

local ITERATIONS = 1500000

local function class(parent)
  local c = {}
  c.__index = c
  if parent then setmetatable(c, { __index = parent }) end
  return c
end

local Shape = class()
function Shape.new(cls, name)
  return setmetatable({ name = name, moves = 0, x = 0, y = 0 }, cls)
end
function Shape:moveBy(dx, dy)
  self.x = self.x + dx
  self.y = self.y + dy
  self.moves = self.moves + 1
  return self
end
function Shape:area() return 0 end
function Shape:perimeter() return 0 end
function Shape:describe() return self.name end
function Shape:weight() return self:area() + self:perimeter() end
Shape.__lt = function(a, b) return a:weight() < b:weight() end
Shape.__eq = function(a, b) return a:weight() == b:weight() end

local Rect = class(Shape)
Rect.__lt, Rect.__eq = Shape.__lt, Shape.__eq
function Rect.new(w, h)
  local r = Shape.new(Rect, 'rect')
  r.w, r.h = w, h
  return r
end
function Rect:area() return self.w * self.h end
function Rect:perimeter() return 2 * (self.w + self.h) end

local Square = class(Rect)
Square.__lt, Square.__eq = Shape.__lt, Shape.__eq
function Square.new(side)
  local s = Rect.new(side, side)
  s.name = 'square'
  return setmetatable(s, Square)
end
function Square:describe() return 'a ' .. Rect.describe(self) end

local Circle = class(Shape)
Circle.__lt, Circle.__eq = Shape.__lt, Shape.__eq
function Circle.new(r)
  local c = Shape.new(Circle, 'circle')
  c.r = r
  return c
end
function Circle:area() return 3 * self.r * self.r end
function Circle:perimeter() return 6 * self.r end

local shapes = {}
for i = 1, 30 do
  local k = i % 3
  if k == 0 then shapes[i] = Rect.new(i % 7 + 1, i % 5 + 1)
  elseif k == 1 then shapes[i] = Square.new(i % 6 + 1)
  else shapes[i] = Circle.new(i % 4 + 1) end
end

local total, smaller, equal = 0, 0, 0
local n = #shapes
for i = 1, ITERATIONS do
  local a = shapes[i % n + 1]
  local b = shapes[(i * 7) % n + 1]
  a:moveBy(1, -1)
  total = total + a:weight() + b:area()
  if a < b then smaller = smaller + 1 end
  if a == b then equal = equal + 1 end
  if #a:describe() > 7 then total = total + 1 end
end
local moves = 0
for _, s in ipairs(shapes) do moves = moves + s.moves end
if moves ~= ITERATIONS then error('oop-metatables: ' .. moves .. ' moves') end

local WANT = '71700000 300000 900000'
local summary = string.format('%d %d %d', total, smaller, equal)
if WANT and summary ~= WANT then error('oop-metatables: ' .. summary) end
print(string.format('oop-metatables(%d): total, smaller, equal = %s', ITERATIONS, summary))
