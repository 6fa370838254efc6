-- Trigonometric functions on common and awkward arguments (printed with 14 digits).
local pi = math.pi
local angles = {0, pi / 6, pi / 4, pi / 3, pi / 2, pi, 3 * pi / 2, 2 * pi, -pi / 4, 1, -1, 0.1,
  10, 100, 1e6, 1e-8}
for i, a in ipairs(angles) do
  print(i, a, math.sin(a), math.cos(a), math.tan(a))
end

local ratios = {-1, -0.5, 0, 0.25, 0.5, 0.70710678118655, 0.9, 1}
for i, r in ipairs(ratios) do
  print("inverse", r, math.asin(r), math.acos(r), math.atan(r))
end
print("atan large", math.atan(1e10), math.atan(-1e10), math.atan(math.huge), math.atan(-math.huge))

-- atan2 picks the quadrant
local points = {{1, 1}, {1, -1}, {-1, -1}, {-1, 1}, {0, 1}, {0, -1}, {1, 0}, {-1, 0}, {0, 0},
  {3, 4}, {math.huge, 1}, {1, math.huge}, {math.huge, math.huge}, {-math.huge, -math.huge}}
for _, p in ipairs(points) do
  print("atan2", p[1], p[2], math.atan2(p[1], p[2]))
end
print("atan2 -0", math.atan2(0, -1), math.atan2(-1 / math.huge, -1), math.atan2(-1 / math.huge, 1))

-- out-of-domain arguments give NaN
local function isnan(x) return x ~= x end
print("domain", isnan(math.asin(2)), isnan(math.acos(-1.5)), isnan(math.sin(math.huge)),
  isnan(math.cos(-math.huge)), isnan(math.tan(math.huge)))

-- identities, checked loosely
local okIdentity = true
for i = -20, 20 do
  local x = i / 3
  local s, c = math.sin(x), math.cos(x)
  if math.abs(s * s + c * c - 1) > 1e-15 then okIdentity = false end
end
print("sin^2+cos^2", okIdentity)

print("strings", math.sin("0"), math.cos("0"), math.atan2("1", "1") == pi / 4)
print(pcall(math.sin))
print(pcall(math.atan2, 1))
print(pcall(math.acos, "x"))
