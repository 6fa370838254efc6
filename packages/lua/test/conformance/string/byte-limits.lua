-- string.byte with extreme positions and very long slices.
local function count(...) return select("#", ...) end
local s = "abcdef"

-- huge positions behave as lua5.1's C cast makes them behave
print("huge start", count(string.byte(s, math.huge)))
print("minus huge start", string.byte(s, -math.huge))
print("huge end", count(string.byte(s, 1, math.huge)))
print("2^53 start", count(string.byte(s, 2^53)))
print("-2^53 start", string.byte(s, -2^53))
print("2^31 end", count(string.byte(s, 1, 2^31)))
print("-2^31 start", string.byte(s, -2^31, 2))

-- a long slice within the limit
local long = string.rep("ab", 3000)
print("slice of 6000", count(string.byte(long, 1, -1)))
local long2 = string.rep("x", 7997)
print("slice of 7997", count(string.byte(long2, 1, -1)))

-- a slice too long for the stack is an error
local big = string.rep("y", 9000)
local ok, err = pcall(string.byte, big, 1, -1)
print("too long", ok, err)
ok, err = pcall(function() return string.byte(big, 1, 8500) end)
print("too long positioned", ok, err)
ok, err = pcall(function() local a = string.byte(big, 100, 8200) return a end)
print("too long from 100", ok, err)

-- sums over a long slice
local total = 0
local t = {string.byte(string.rep("\1\2", 100), 1, -1)}
for i = 1, #t do total = total + t[i] end
print("sum", #t, total)
