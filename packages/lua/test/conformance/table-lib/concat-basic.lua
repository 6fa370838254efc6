-- table.concat joins strings and numbers with an optional separator over a range.
local words = {"alpha", "beta", "gamma", "delta"}
print("plain", table.concat(words))
print("comma", table.concat(words, ", "))
print("range 2..3", table.concat(words, "-", 2, 3))
print("from 3", table.concat(words, "+", 3))
print("single", table.concat(words, "!", 4, 4))
print("empty range", "[" .. table.concat(words, ",", 3, 2) .. "]")
print("empty table", "[" .. table.concat({}) .. "]")
print("empty with sep", "[" .. table.concat({}, "xyz") .. "]")

-- numbers are written the way tostring writes them
local nums = {1, 2.5, -3, 1e100, 0.1, 1/3, 2^53, 100000000000000}
print("numbers", table.concat(nums, " "))

-- a number separator is converted to a string
print("number sep", table.concat({"a", "b", "c"}, 0))
print("float sep", table.concat({"a", "b"}, 1.5))

-- nil separator and nil bounds mean the defaults
print("nil sep", table.concat({"x", "y"}, nil))
print("nil bounds", table.concat({"p", "q", "r"}, ":", nil, nil))

-- indices are arbitrary integers, including zero and negative ones
local t = {[-1] = "m1", [0] = "z", [1] = "one", [2] = "two"}
print("negative start", table.concat(t, ",", -1, 2))
print("float bounds", table.concat(words, "/", 1.9, 3.7))

-- strings with embedded zeros and high bytes survive
local s = table.concat({"a\0b", "\255"}, "\0")
print("length with zeros", #s)

-- separators only between elements
local parts = {}
for i = 1, 10 do parts[i] = i * i end
print("squares", table.concat(parts, ";"))

-- long result
local many = {}
for i = 1, 1000 do many[i] = "ab" end
local joined = table.concat(many, "-")
print("long length", #joined)

-- the table is not modified
print("words intact", #words, words[1], words[4])
