-- Strings are immutable values compared by content.
local a = "hello"
local b = "hel" .. "lo"
print("equal by content:", a == b, rawequal(a, b))
print("length:", #a, #"", #"with space")
print("comparison is bytewise:", "a" < "b", "B" < "a", "abc" < "abd", "ab" < "abc", "" < "a")
print("numbers as strings compare as text:", "10" < "9", "2" > "10")
print("not equal to numbers:", "1" == 1, "1" ~= 1)
local t = {}
t["1"] = "string key"
t[1] = "number key"
print("different keys:", t["1"], t[1])
local s = "abc"
local s2 = s
s = s .. "d"
print("concat makes new string:", s, s2)
print("long concat:", "a" .. "b" .. "c" .. 1 .. 2 .. "d")
print("length of concat:", #("x" .. "yz"))
print("length binds tighter than concat:", #"ab" .. "c")
local parts = {}
for i = 1, 10 do parts[#parts + 1] = i end
local joined = ""
for i = 1, #parts do joined = joined .. parts[i] .. (i < #parts and "," or "") end
print("joined:", joined)
print("strings as table keys hash by content:", ({ [a] = 1 })[b])
print("empty string is a valid key:", ({ [""] = "empty" })[""])
