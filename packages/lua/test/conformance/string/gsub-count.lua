-- The fourth argument of gsub limits the number of replacements; the count is returned.
local s = "a a a a a"
for _, n in ipairs({0, 1, 2, 4, 5, 6, 100, -1, -100}) do
  print("limit " .. n, string.gsub(s, "a", "b", n))
end
print("no limit", string.gsub(s, "a", "b"))
print("nil limit", string.gsub(s, "a", "b", nil))
print("fraction", string.gsub(s, "a", "b", 2.9))
print("negative fraction", string.gsub(s, "a", "b", -0.5))
print("string limit", string.gsub(s, "a", "b", "3"))
print("huge limit", string.gsub(s, "a", "b", math.huge))
print("2^31 limit", string.gsub(s, "a", "b", 2^31))
print("2^32 + 2", string.gsub(s, "a", "b", 2^32 + 2))

-- empty matches count too
print("empty limit", string.gsub("abc", "", "-", 2))
print("empty count", select(2, string.gsub("abcdef", "", "")))
print("star count", select(2, string.gsub("aaa", "a*", "x")))

-- the count of replacements when the function keeps the original
print("kept count", string.gsub("abc", "%w", function() return nil end))
print("false count", string.gsub("abc", "%w", function() return false end))

-- counting occurrences with gsub
local text = "the cat sat on the mat with the hat"
print("count the", select(2, string.gsub(text, "the", "")))
print("count at", select(2, string.gsub(text, "at", "%0")))
print("count words", select(2, string.gsub(text, "%a+", "")))

-- limit with a function: it is not called past the limit
local calls = 0
local r = string.gsub("xxxxx", "x", function(c) calls = calls + 1 return "y" end, 3)
print("function limit", r, calls)

-- bad limits
print(pcall(string.gsub, s, "a", "b", "many"))
print(pcall(string.gsub, s, "a", "b", {}))
print(pcall(string.gsub, s, "a", nil, "x"))
