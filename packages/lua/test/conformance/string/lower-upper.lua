-- string.lower and string.upper change only ASCII letters (the C locale).
print("lower", string.lower("Hello, World! 123"))
print("upper", string.upper("Hello, World! 123"))
print("method", ("MiXeD"):lower(), ("MiXeD"):upper())
print("empty", "[" .. string.lower("") .. "]", "[" .. string.upper("") .. "]")
print("numbers", string.lower(123), string.upper(1e100), string.upper(0.5))

-- bytes above 127 are never changed
local high = {}
for i = 128, 255 do high[#high + 1] = string.char(i) end
high = table.concat(high)
print("high lower", string.lower(high) == high, #string.lower(high))
print("high upper", string.upper(high) == high, #string.upper(high))
print("mixed high", string.upper("a\224b\255c\181"):byte(1, -1))
print("mixed high lower", string.lower("A\192B\222C"):byte(1, -1))

-- every ASCII byte
local ascii = {}
for i = 0, 127 do ascii[#ascii + 1] = string.char(i) end
ascii = table.concat(ascii)
local changedLower, changedUpper = 0, 0
for i = 1, 128 do
  if string.lower(ascii):byte(i) ~= ascii:byte(i) then changedLower = changedLower + 1 end
  if string.upper(ascii):byte(i) ~= ascii:byte(i) then changedUpper = changedUpper + 1 end
end
print("changed", changedLower, changedUpper)
print("letters", string.lower(ascii):sub(66, 91), string.upper(ascii):sub(98, 123))
print("boundaries", string.lower("@[`{"), string.upper("@[`{"))
print("zeros kept", #string.upper("a\0b"), string.upper("a\0b"):byte(1, -1))

print(pcall(string.lower))
print(pcall(string.upper, nil))
print(pcall(string.lower, {}))
