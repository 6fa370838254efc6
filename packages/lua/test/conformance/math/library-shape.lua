-- The math library's contents.
local names = {}
for k, v in pairs(math) do names[#names + 1] = k .. ":" .. type(v) end
table.sort(names)
for i = 1, #names, 6 do
  print(table.concat(names, " ", i, math.min(i + 5, #names)))
end
print("count", #names)
print("mod is fmod", math.mod == math.fmod)

-- library functions behave the same under other names
local floor, max = math.floor, math.max
print(floor(2.5), max(1, 9, 3))
print(pcall(function() floor() end))
print(pcall(function() return max(1, "z") end))

-- methods through a metatable
local number = setmetatable({}, {__index = math})
print("via index", number.sqrt(49), number.abs(-2))
