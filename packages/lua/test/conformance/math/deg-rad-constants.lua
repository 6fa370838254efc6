-- math.deg, math.rad, math.pi and math.huge.
print("pi", math.pi, math.pi == 3.141592653589793, type(math.pi))
print("huge", math.huge, -math.huge, math.huge == 1 / 0, math.huge > 1e308)
for _, d in ipairs({0, 1, 30, 45, 90, 180, 270, 360, -90, 720, 0.5, 1e10}) do
  print("rad", d, math.rad(d))
end
for _, r in ipairs({0, 1, -1, math.pi, math.pi / 2, 2 * math.pi, 0.001, 100}) do
  print("deg", r, math.deg(r))
end
print("round trip", math.deg(math.rad(33)), math.rad(math.deg(2)), math.deg(math.rad(1e-300)))
print("infinite", math.rad(math.huge), math.deg(-math.huge))
print("strings", math.rad("180"), math.deg("0"))
print(pcall(math.rad))
print(pcall(math.deg, false))
-- the constants are ordinary fields and can be replaced
local saved = math.pi
math.pi = 3
print("changed", math.pi)
math.pi = saved
print("restored", math.pi)
