-- string.byte returns the codes of a range of bytes; positions may count from the end.
local s = "Hello, Lua!"
print("first", string.byte(s))
print("third", string.byte(s, 3))
print("range 1..5", string.byte(s, 1, 5))
print("last", string.byte(s, -1))
print("last three", string.byte(s, -3, -1))
print("whole", string.byte(s, 1, -1))
print("method", s:byte(2, 4))

-- empty ranges return nothing at all
print("count empty range", select("#", string.byte(s, 5, 4)))
print("count past end", select("#", string.byte(s, 20)))
print("count empty string", select("#", string.byte("")))
print("count zero start", select("#", string.byte(s, 0)))

-- out-of-range bounds are clamped
print("clamped start", string.byte("abc", -10, 2))
print("clamped end", string.byte("abc", 2, 100))
print("zero and one", string.byte("abc", 0, 1))

-- fractional positions are truncated toward zero
print("fraction", string.byte("abcdef", 2.9, 4.2))
print("negative fraction", string.byte("abcdef", -1.5))

-- numeric strings are accepted for positions, numbers for the subject
print("string positions", string.byte("abcdef", "2", "3"))
print("number subject", string.byte(1234, 2, 3))

-- every byte value comes back unchanged
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
local bytes = table.concat(all)
local ok = true
for i = 1, 256 do
  if string.byte(bytes, i) ~= i - 1 then ok = false end
end
print("all bytes", #bytes, ok)
print("zero and high", string.byte("\0\255\128", 1, 3))

-- nil for the optional arguments means the default
print("nil args", string.byte("xyz", nil, nil))
print("nil end", string.byte("xyz", 2, nil))
