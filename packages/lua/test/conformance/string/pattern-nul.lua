-- Zero bytes: ordinary in subjects, %z in patterns; a pattern ends at its first zero byte.
local function show(s)
  if s == nil then return "nil" end
  return (string.gsub(s, "%z", "\\0"))
end
local subject = "ab\0cd\0\0ef"
print("length", #subject)
print("find zero class", string.find(subject, "%z"))
print("all zeros", select(2, string.gsub(subject, "%z", "")))
print("zero runs", string.find(subject, "%z+", 4))
print("not zero", show(string.match(subject, "%Z+", 3)))
print("zero in set", string.find(subject, "[%z]"))
print("dot matches zero", show(string.match(subject, "b.c")))
print("split on zero", (function()
  local out = {}
  for part in string.gmatch(subject, "%Z+") do out[#out + 1] = part end
  return table.concat(out, "|")
end)())

-- plain searches use the whole pattern, zero bytes included
print("plain zero", string.find(subject, "\0", 1, true))
print("plain zero pair", string.find(subject, "\0\0", 1, true))
print("no specials before zero", string.find(subject, "\0c"))
print("special after zero", string.find("a\0b.", "\0."))

-- for matching, the pattern stops at its first zero byte
print("match stops at zero", "[" .. show(string.match(subject, "\0")) .. "]")
print("match prefix", show(string.match(subject, "cd\0zz")))
print("gsub stops at zero", show((string.gsub("abc", "b\0x", "-"))))
print("find with specials and zero", string.find("xa.y", "a.\0q"))

-- replacement strings keep their zero bytes
print("repl with zero", show((string.gsub("abc", "b", "<\0>"))))
print("repl trailing percent", show((string.gsub("abc", "b", "%"))))
print("captures with zeros", show(string.match("k\0=v\0", "(.-)=(.*)")))

-- byte and char with zeros
print("bytes", string.byte("\0a\0", 1, -1))
print("upper keeps zeros", show(string.upper("a\0b")))
print("rep zeros", #string.rep("\0", 10), show(string.rep("a\0", 3)))
