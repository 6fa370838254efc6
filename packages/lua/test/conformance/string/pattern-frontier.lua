-- %f[set] matches the empty position where the previous byte is outside set and the next inside.
local function all(s, p)
  local out = {}
  for a, b in string.gmatch(s, p) do out[#out + 1] = b and (a .. ":" .. b) or a end
  return table.concat(out, ",")
end
local text = "THE (quick) fox, fox2 foxes"
print("words", all(text, "%f[%a]%a+"))
print("whole word fox", all(text, "%f[%a]fox%f[%A]"))
print("word starts", all(text, "()%f[%w]"))
print("word ends", all(text, "%f[%W]()"))
print("upper runs", all("aBCdeFGh", "%f[%u]%u+"))
print("at start", string.find("abc", "%f[%a]"))
print("at end", string.find("abc", "%f[%z]"))
print("end with complement", string.find("abc", "%f[^%a]"))
print("empty subject", string.find("", "%f[%z]"), string.find("", "%f[%a]"))
print("digits", all("a1 22 b333", "%f[%d]%d+%f[%D]"))
print("frontier in middle", string.match("hello world", "o%f[ ].(%a+)"))
print("gsub words", string.gsub("hello big world", "%f[%a]%a", string.upper))
print("complement set", all("aa--bb", "%f[^-]%a+"))
print("with range", all("abc123def", "%f[a-z]%a+"))
print("zero bytes", string.find("a\0b", "%f[%z]"), string.find("a\0b", "%f[^%z]", 2))
print("capture frontier", string.match("THE END", "(%f[%a]%a+)$"))

-- %f must be followed by a set
print("no set", pcall(string.find, "abc", "%f"))
print("not a set", pcall(string.find, "abc", "%fa"))
print("unclosed set", pcall(string.find, "abc", "%f[a"))
