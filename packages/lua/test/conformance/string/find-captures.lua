-- string.find returns the match's positions followed by its captures.
print("no captures", string.find("hello world", "o w"))
print("one capture", string.find("hello world", "(o)"))
print("two captures", string.find("key = value", "(%w+)%s*=%s*(%w+)"))
print("position capture", string.find("hello", "()ll()"))
print("mixed", string.find("x=10, y=20", "(%a)=()(%d+)", 5))
print("empty capture", string.find("abc", "()(x*)()"))
print("nested", string.find("abcd", "((a)(b(c)))"))
print("no match", string.find("abc", "(x)"))

-- counts of results
print("count no captures", select("#", string.find("abc", "b")))
print("count three captures", select("#", string.find("abc", "(a)(b)(c)")))
print("count failure", select("#", string.find("abc", "(z)")))

-- many captures at once
local pat = string.rep("(.)", 20)
local r = {string.find(string.rep("xy", 15), pat)}
print("twenty captures", #r, r[1], r[2], r[3], r[22])
local r32 = {string.find(string.rep("a", 40), string.rep("(a)", 32))}
print("thirty-two captures", #r32)
