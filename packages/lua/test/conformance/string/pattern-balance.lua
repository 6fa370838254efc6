-- %bxy matches a balanced run from x to the matching y.
print("parens", string.match("f(a(b)c) + g(d)", "%b()"))
print("all parens", string.gsub("f(a(b)c) + g(d)", "%b()", "()"))
print("braces", string.match("x = {1, {2, 3}, 4}; y", "%b{}"))
print("brackets", string.match("[[nested]] rest", "%b[]"))
print("unbalanced", string.match("(((a)", "%b()"))
print("never closed", string.match("(abc", "%b()"))
print("starts elsewhere", string.match("abc(d)", "%b()"))
print("anchored", string.match("abc(d)", "^%b()"))
print("same delimiters", string.match("'a' 'b'", "%b''"))
print("quotes", string.gsub([[say "hi" and "bye"]], '%b""', "Q"))
print("letters", string.match("xaaxbx", "%bax"))
print("with captures", string.match("call(1, 2) end", "(%w+)(%b())"))
print("position", string.find("a(b)c", "%b()"))
print("followed", string.match("(a)(b)", "%b()(%b())"))
print("repeated items", string.match("if (x) then (y) end", "%b().-%b()"))
print("close first", string.match(")(", "%b()"))
print("deep", string.match(string.rep("(", 100) .. string.rep(")", 100) .. "!", "%b()(.)"))
print("balance gmatch", (function()
  local out = {}
  for m in string.gmatch("(a)(b(c))d(e", "%b()") do out[#out + 1] = m end
  return table.concat(out, " ")
end)())

-- %b needs two characters after it
print("missing both", pcall(string.match, "abc", "%b"))
print("missing one", pcall(string.match, "abc", "%b("))
print("find missing", pcall(string.find, "(a)", "x%b("))
