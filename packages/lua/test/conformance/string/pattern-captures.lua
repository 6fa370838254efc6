-- Captures: nested, empty, positional, and their numbering by opening parenthesis.
print("nested", string.match("abcdef", "((a)(b)((c)(d)))"))
print("numbering", string.match("12345", "(1(2(3)))(4)(5)"))
print("empty", "[" .. string.match("abc", "b()") .. "]", "[" .. select(2, string.match("abc", "(a)()")) .. "]")
print("empty string capture", "[" .. string.match("abc", "a(x*)b") .. "]")
print("position start", string.match("abc", "()a"))
print("position end", string.match("abc", "c()"))
print("position empty subject", string.match("", "()"))
print("positions around", string.match("hello world", "()o w()"))
print("position types", type(string.match("x", "()")), type(string.match("x", "(x)")))
print("capture whole", string.match("key=value", "(.-)=(.*)"))
print("captures in loops", string.match("a1b2c3", "(%a)(%d)(%a)(%d)"))
print("adjacent", string.match("abc", "(a)(b)(c)"))
print("capture of optional", string.match("ac", "a(b?)c") == "")
print("capture of lazy", string.match("<tag>body</tag>", "<(%w+)>(.-)</%1>"))

-- captures with backtracking keep the final attempt only
print("backtracked", string.match("aaab", "(a*)(a)b"))
print("backtracked nested", string.match("abab", "((ab)*)$"))

-- many captures
local subject = "abcdefghijklmnopqrstuvwxyzABCDEF"
local pattern = string.rep("(.)", 32)
local t = {string.match(subject, pattern)}
print("32 captures", #t, t[1], t[16], t[32])
print("too many", pcall(string.match, subject, string.rep("(.)", 33)))
print("too many positions", pcall(string.match, subject, string.rep("()", 40)))

-- unclosed and unopened captures
print("unfinished", pcall(string.match, "abc", "(a"))
print("unfinished find", pcall(string.find, "abc", "a(b"))
print("unfinished gsub", pcall(string.gsub, "abc", "(b", "x"))
print("close without open", pcall(string.match, "abc", "a)"))
print("close extra", pcall(string.match, "abc", "(a))"))
print("find close only", string.find("a)", ")"))
