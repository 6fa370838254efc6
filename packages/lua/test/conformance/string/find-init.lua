-- The init argument of string.find and string.match.
local s = "abcabc"
for _, init in ipairs({-100, -6, -4, -1, 0, 1, 2, 4, 6, 7, 8, 100}) do
  print("init " .. init, string.find(s, "b", init), string.find(s, "", init), string.match(s, "(.)", init))
end

-- an empty match at the end of the string, even from beyond it
print("empty at end", string.find("abc", "", 10))
print("empty match at end", "[" .. string.match("abc", "", 10) .. "]")
print("anchored at init", string.find("abcabc", "^abc", 4))
print("anchored not at init", string.find("abcabc", "^bc", 4))
print("anchored beyond", string.find("abc", "^$", 10))
print("end anchor from init", string.find("abc", "c$", 3))

-- fractional and string inits
print("fraction", string.find(s, "c", 3.9))
print("string init", string.find(s, "c", "4"))
print("huge init", string.find(s, "c", math.huge))
print("minus huge init", string.find(s, "c", -math.huge))
print("nil init", string.find(s, "c", nil))

-- init with plain search
print("plain init", string.find("a.b.c", ".", 3, true))
print("plain negative init", string.find("a.b.c", ".", -2, true))
print("plain beyond", string.find("a.b.c", ".", 10, true))

-- bad init
print(pcall(string.find, s, "a", "x"))
print(pcall(string.find, s, "a", {}))
print(pcall(string.match, s, "a", true))
