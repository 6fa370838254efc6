-- ^ anchors only at the start of a pattern, $ only at its end.
print("start", string.find("hello", "^he"), string.find("hello", "^el"))
print("end", string.find("hello", "lo$"), string.find("hello", "ll$"))
print("both", string.find("hello", "^hello$"), string.find("hello!", "^hello$"))
print("empty both", string.find("", "^$"), string.find("x", "^$"))
print("caret inside", string.find("a^b", "a^b"))
print("dollar inside", string.find("a$b", "a$b"))
print("double dollar", string.find("x$", "x$$"), string.find("x", "x$$"))
print("double caret", string.find("^x", "^^x"), string.find("x", "^^x"))
print("caret in capture", string.find("^a", "(^a)"))
print("dollar in capture", string.match("a$", "(a$)"), string.match("a", "(a$)"))
print("dollar after capture", string.match("key=val", "=(.*)$"))
print("escaped dollar", string.match("cost $5", "%$(%d)"))
print("anchor with init", string.find("xxhello", "^hello", 3), string.find("xxhello", "^hello", 2))
print("match anchored", string.match("  x", "^%s*(.-)%s*$"))
print("dollar lazy", string.match("abc   ", "^(.-)%s*$"))

-- gsub honours ^ and replaces at most once
print("gsub anchored", string.gsub("aaa", "^a", "b"))
print("gsub anchored miss", string.gsub("baa", "^a", "b"))
print("gsub anchored empty", string.gsub("abc", "^", ">"))
print("gsub end", string.gsub("abc", "$", "<"))
print("gsub both", string.gsub("abc", "^abc$", "X"))
print("gsub start star", string.gsub("aaab", "^a*", "-"))

-- gmatch treats ^ as an ordinary character
local out = {}
for m in string.gmatch("^a^b a", "^%a") do out[#out + 1] = m end
print("gmatch caret", table.concat(out, ","))
out = {}
for m in string.gmatch("ab", "$") do out[#out + 1] = "<" .. m .. ">" end
print("gmatch dollar", table.concat(out, ","))
