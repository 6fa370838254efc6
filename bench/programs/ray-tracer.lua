-- Ray tracer: renders a small scene of spheres over a checkered plane with shadows and
-- reflections; vector arithmetic on small tables, closures over the scene, floating point.

local WIDTH, HEIGHT = 368, 276
local MAX_DEPTH = 3

local Vec = {}
Vec.__index = Vec
local function vec(x, y, z) return setmetatable({ x = x, y = y, z = z }, Vec) end
function Vec.__add(a, b) return vec(a.x + b.x, a.y + b.y, a.z + b.z) end
function Vec.__sub(a, b) return vec(a.x - b.x, a.y - b.y, a.z - b.z) end
function Vec:scale(k) return vec(self.x * k, self.y * k, self.z * k) end
function Vec:dot(b) return self.x * b.x + self.y * b.y + self.z * b.z end
function Vec:mul(b) return vec(self.x * b.x, self.y * b.y, self.z * b.z) end
function Vec:length() return math.sqrt(self:dot(self)) end
function Vec:normalized() return self:scale(1 / self:length()) end

local function sphere(center, radius, color, reflect)
  return {
    color = color, reflect = reflect,
    intersect = function(origin, dir)
      local oc = origin - center
      local b = oc:dot(dir)
      local c = oc:dot(oc) - radius * radius
      local disc = b * b - c
      if disc < 0 then return nil end
      local root = math.sqrt(disc)
      local t = -b - root
      if t > 1e-6 then return t end
      t = -b + root
      if t > 1e-6 then return t end
      return nil
    end,
    normal = function(p) return (p - center):normalized() end,
    colorAt = function() return color end,
  }
end

local function plane(height, reflect)
  local up = vec(0, 1, 0)
  return {
    reflect = reflect,
    intersect = function(origin, dir)
      if math.abs(dir.y) < 1e-9 then return nil end
      local t = (height - origin.y) / dir.y
      if t > 1e-6 then return t end
      return nil
    end,
    normal = function() return up end,
    colorAt = function(p)
      if (math.floor(p.x) + math.floor(p.z)) % 2 == 0 then return vec(0.9, 0.9, 0.9) end
      return vec(0.1, 0.1, 0.1)
    end,
  }
end

local scene = {
  plane(-1, 0.3),
  sphere(vec(0, 0, 5), 1, vec(0.9, 0.2, 0.2), 0.4),
  sphere(vec(-2, 0.5, 7), 1.5, vec(0.2, 0.9, 0.2), 0.2),
  sphere(vec(2, -0.3, 4), 0.7, vec(0.2, 0.3, 0.9), 0.6),
  sphere(vec(0.5, 2.5, 8), 1, vec(0.9, 0.9, 0.2), 0.0),
}
local lights = { { pos = vec(-5, 8, -2), color = vec(0.8, 0.8, 0.8) }, { pos = vec(6, 5, 1), color = vec(0.4, 0.35, 0.3) } }
local AMBIENT = 0.1

local function closest(origin, dir)
  local best, bestT = nil, math.huge
  for i = 1, #scene do
    local t = scene[i].intersect(origin, dir)
    if t and t < bestT then best, bestT = scene[i], t end
  end
  return best, bestT
end

local function trace(origin, dir, depth)
  local thing, t = closest(origin, dir)
  if not thing then return vec(0.05, 0.05, 0.15) end
  local p = origin + dir:scale(t)
  local n = thing.normal(p)
  local base = thing.colorAt(p)
  local color = base:scale(AMBIENT)
  for _, light in ipairs(lights) do
    local toLight = light.pos - p
    local dist = toLight:length()
    local l = toLight:scale(1 / dist)
    local blocker, bt = closest(p, l)
    if not blocker or bt > dist then
      local diffuse = n:dot(l)
      if diffuse > 0 then color = color + base:mul(light.color):scale(diffuse) end
      local h = (l - dir):normalized()
      local spec = n:dot(h)
      if spec > 0 then
        -- spec^32 by squaring: exact IEEE steps, where pow() may round differently per VM.
        for _ = 1, 5 do spec = spec * spec end
        color = color + light.color:scale(spec)
      end
    end
  end
  if thing.reflect > 0 and depth < MAX_DEPTH then
    local r = dir - n:scale(2 * n:dot(dir))
    color = color + trace(p, r, depth + 1):scale(thing.reflect)
  end
  return color
end

local function clamp(c) if c > 1 then return 255 end if c < 0 then return 0 end return math.floor(c * 255) end

local eye = vec(0, 0.5, -3)
local hash, bright = 0, 0
for y = 0, HEIGHT - 1 do
  for x = 0, WIDTH - 1 do
    local dir = vec((x - WIDTH / 2) / HEIGHT, (HEIGHT / 2 - y) / HEIGHT, 1):normalized()
    local c = trace(eye, dir, 0)
    local r, g, b = clamp(c.x), clamp(c.y), clamp(c.z)
    hash = (hash * 31 + r * 65536 + g * 256 + b) % 1000003
    if r + g + b > 384 then bright = bright + 1 end
  end
end

local WANT_HASH, WANT_BRIGHT = 818471, 22829
if WANT_HASH and (hash ~= WANT_HASH or bright ~= WANT_BRIGHT) then
  error(string.format('ray-tracer: hash %d, %d bright pixels', hash, bright))
end
print(string.format('ray-tracer(%dx%d): hash %d, %d bright pixels', WIDTH, HEIGHT, hash, bright))
