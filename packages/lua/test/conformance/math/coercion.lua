-- Math functions accept numeric strings wherever a number is expected.
print("hex", math.floor("0x1A"), math.abs("-0x10"), math.max("0xff", 1))
print("spaces", math.sqrt("  25  "), math.ceil("\t1.2\n"))
print("exponent", math.floor("1e3"), math.floor("2.5E-1"), math.floor("-1e-1"))
print("mixed args", math.min(3, "2", 4), math.max("1", "10", "9"))
print("results are numbers", type(math.abs("5")), math.abs("5") + 1)
print("fmod", math.fmod("7", "2"), math.pow("2", "0.5") == math.sqrt(2))
print("frexp", math.frexp("64"))
print("ldexp", math.ldexp("1.5", "3"))
print("modf", math.modf("-2.5"))
print("trig", math.sin("0") == 0, math.cos("0"))
print("deg", math.deg("3.141592653589793"))

-- strings that are not numbers are rejected with their type
local bad = {"", " ", "abc", "1x", "0x", "1e", "--1", "1 2"}
for _, s in ipairs(bad) do
  local ok, err = pcall(math.floor, s)
  print("[" .. s .. "]", ok, err)
end

-- other types
print(pcall(math.abs, true))
print(pcall(math.abs, print))
print(pcall(math.abs, setmetatable({}, {__tonumber = function() return 1 end})))

-- numeric strings pass through helper functions too
local function area(r) return math.pi * math.pow(r, 2) end
print("area", area("2"))
