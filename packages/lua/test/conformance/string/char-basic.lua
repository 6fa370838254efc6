-- string.char builds a string from byte values.
print("hello", string.char(104, 101, 108, 108, 111))
print("empty", "[" .. string.char() .. "]", #string.char())
print("single", string.char(65))
print("length with zero", #string.char(0, 0, 0))
print("bytes back", string.byte(string.char(0, 1, 127, 128, 255), 1, -1))

-- arguments are truncated toward zero
print("fraction", string.char(65.99, 66.01))
print("negative fraction", #string.char(-0.9))
print("numeric strings", string.char("72", "105"))

-- integers are narrowed to C ints first, so 2^32 + 65 wraps around to 65
print("wrap 2^32+65", string.char(2^32 + 65))
print("wrap 2^33+66", string.char(2^33 + 66))

-- round trip of every byte
local parts = {}
for i = 0, 255 do parts[#parts + 1] = string.char(i) end
local s = table.concat(parts)
local same = true
for i = 0, 255 do
  if s:byte(i + 1) ~= i then same = false end
end
print("round trip", #s, same)

-- invalid values
local function try(...)
  local ok, err = pcall(string.char, ...)
  print("pcall", ok, err)
end
try(256)
try(-1)
try(65, 66, 300)
try(1e10)
try("x")
try(65, nil)
try({})
local ok, err = pcall(function() return string.char(65, 256) end)
print("positioned", ok, err)
ok, err = pcall(function() return string.char(1, 2, 3, "a") end)
print("positioned type", ok, err)
