-- string.sub with extreme numbers, embedded zeros and number subjects.
local s = "abc"
print("huge start", "[" .. s:sub(math.huge) .. "]")
print("minus huge start", "[" .. s:sub(-math.huge) .. "]")
print("huge end", "[" .. s:sub(1, math.huge) .. "]")
print("minus huge end", "[" .. s:sub(1, -math.huge) .. "]")
print("2^53", "[" .. s:sub(2^53) .. "]", "[" .. s:sub(-2^53) .. "]")
print("2^62", "[" .. s:sub(2^62) .. "]", "[" .. s:sub(1, 2^62) .. "]")
print("2^63", "[" .. s:sub(2^63) .. "]", "[" .. s:sub(1, 2^63) .. "]")
print("2^31 and 2^32", "[" .. s:sub(2^31) .. "]", "[" .. s:sub(1, 2^32) .. "]")

-- embedded zeros are ordinary bytes
local z = "a\0b\0c"
print("zero len", #z:sub(2, 4), z:sub(2, 4):byte(1, -1))
print("after zero", z:sub(3, 3), z:sub(-1))

-- numbers are converted to their string form first
print("number subject", string.sub(12345, 2, 4), string.sub(1.5, 2), string.sub(-7, 1, 1))
print("number 1e20", string.sub(1e20, 1, 3), string.sub(2^63, -4))

-- arguments are checked
print(pcall(string.sub))
print(pcall(string.sub, "x"))
print(pcall(string.sub, "x", "a"))
print(pcall(string.sub, "x", 1, {}))
print(pcall(string.sub, nil, 1))
print(pcall(function() return ("x"):sub() end))
print(pcall(function() return string.sub(true, 1) end))
