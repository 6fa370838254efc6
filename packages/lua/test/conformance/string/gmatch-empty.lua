-- gmatch with empty matches advances one byte at a time; ^ is an ordinary character.
local function collect(s, p)
  local out = {}
  for a, b in string.gmatch(s, p) do
    out[#out + 1] = "<" .. tostring(a) .. (b ~= nil and ("," .. tostring(b)) or "") .. ">"
  end
  return table.concat(out)
end
print("empty pattern", collect("abc", ""))
print("star", collect("abc", "x*"))
print("star mixed", collect("aab", "a*"))
print("lazy", collect("abc", ".-"))
print("optional", collect("abc", "b?"))
print("positions", collect("abc", "()"))
print("empty subject", collect("", ""))
print("empty subject star", collect("", "a*"))
print("caret literal", collect("a^b^^c", "^"))
print("caret pattern", collect("^ab^cd", "^%a"))
print("dollar", collect("abc", "$"))
print("dollar after", collect("abc", "c$"))
print("frontier", collect("hi there", "%f[%a]"))
print("gfind alias", (function()
  local out = {}
  for w in string.gfind("x y z", "%a") do out[#out + 1] = w end
  return table.concat(out)
end)())
print("pos after match", collect("aXbXc", "()X()"))
print("overlapping not found", collect("aaaa", "aa"))
