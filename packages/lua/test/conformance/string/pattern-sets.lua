-- Sets: ranges, classes inside sets, complements, and the special positions of ] - ^.
local function all(s, p)
  local out = {}
  for m in string.gmatch(s, p) do out[#out + 1] = m end
  return table.concat(out, ",")
end
local text = "Hello World 42 - [x] ^caret^ a-z_9"
print("lower range", all(text, "[a-z]+"))
print("two ranges", all(text, "[A-Za-z]+"))
print("digits and letters", all(text, "[%d%a]+"))
print("complement", all(text, "[^%s]+"))
print("complement range", all(text, "[^a-z ]+"))
print("close bracket first", all("a]b]]c", "[]]+"))
print("complement close first", all("a]b]]c", "[^]]+"))
print("dash at end", all(text, "[a%-]+"))
print("dash literal end", all("a-b-c", "[b-]+"))
print("dash at start", all("a-b-c", "[-a]+"))
print("caret not first", all(text, "[a^]+"))
print("escaped bracket", all(text, "[%[%]]"))
print("escaped percent", all("50% of 100%", "[%%%d]+"))
print("class in set", all("a1 b2_c3", "[%a_]+"))
print("complement class", all("a1 b2_c3", "[%A]+"))
print("dot in set", all("a.b,c", "[.]"))
print("range with escapes", all("a-z", "[%a-z]"))
print("reversed range", all("abcxyz", "[z-a]"))
print("single char range", all("abcb", "[b-b]+"))
print("range to bracket", all("ab]", "[a-]]"))
print("ranges over bytes", #all("\1\2\3\200\201", "[\1-\3]+"), #all("\1\2\3\200\201", "[\128-\255]+"))
print("zero class in set", #all("a\0b\0", "[%z]"))
print("upper complement", all("aB1", "[%U]"))
-- sets with repetition suffixes
print("set star", string.match("xxabcyy", "x*([abc]*)y+"))
print("set lazy", string.match("[[a]]", "%[([^%]]-)%]"))
print("set optional", string.match("-42", "^[+-]?%d+$"), string.match("42", "^[+-]?%d+$"))
