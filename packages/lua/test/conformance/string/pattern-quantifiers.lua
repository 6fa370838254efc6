-- Repetition: * and + are greedy, - is lazy, ? is optional; all backtrack.
local s = "aaabbbccc"
print("star", string.match(s, "a*"), "[" .. string.match(s, "x*") .. "]")
print("plus", string.match(s, "b+"), string.match(s, "x+"))
print("lazy", "[" .. string.match(s, "a-") .. "]", string.match(s, "a-b"))
print("optional", string.match(s, "a?a?a?a?b"), string.match("b", "a?b"))
print("greedy backtrack", string.match("abcabc", "(.*)c"))
print("lazy backtrack", string.match("abcabc", "(.-)c"))
print("plus backtrack", string.match("aaaa", "(a+)(a+)"))
print("lazy then greedy", string.match("aaaa", "(a-)(a+)"))
print("star of set", string.match("  x = 1", "^%s*(%a+)%s*=%s*(%d+)$"))
print("optional capture", string.match("+5", "^([+-]?)(%d+)$"))
print("optional missing", string.match("5", "^([+-]?)(%d+)$"))
print("star zero", string.find("abc", "x*"))
print("lazy anchored", string.match("<<a>>", "^<(.-)>"))
print("lazy at end", string.match("abc", "a(.-)$"))
print("many optionals", string.match("ac", "^a?b?c?d?$"))
print("suffix on escaped", string.match("..x", "%.+"), string.match("a%%b", "%%+"))
print("suffix on set", string.match("[[]]", "[%[]+"))

-- quantifier characters without an item before them are literal
print("leading star", string.find("a*b", "*"))
print("leading plus", string.match("+1", "+%d"))
print("leading question", string.match("?x", "?x"))
print("leading dash", string.match("-x", "-x"))

-- repetition applies to a single character only
print("single char", string.match("ababab", "ab*"), string.match("abbb", "ab*"))

-- long subjects
local long = string.rep("a", 5000) .. "b"
print("long greedy", #string.match(long, "a*"), string.find(long, "a*b"))
print("long lazy", string.find(long, "a-b"))
print("long fail", string.find(string.rep("a", 3000), "a*c"))
print("long gsub", select(2, string.gsub(long, "a", "b")))
