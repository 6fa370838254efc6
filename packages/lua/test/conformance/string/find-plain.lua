-- string.find with plain substrings, with and without the plain flag.
local s = "the quick brown fox jumps over the lazy dog"
print("word", string.find(s, "quick"))
print("first the", string.find(s, "the"))
print("second the", string.find(s, "the", 2))
print("missing", string.find(s, "cat"))
print("empty", string.find(s, ""))
print("whole", string.find(s, s))
print("longer than subject", string.find("ab", "abc"))

-- specials are literal with the plain flag
local path = "a.b*c+d?e[f]g(h)i%j-k^l$m"
print("dot plain", string.find(path, ".", 1, true))
print("dot pattern", string.find(path, "."))
print("star plain", string.find(path, "*", 1, true))
print("bracket plain", string.find(path, "[f]", 1, true))
print("bracket pattern", string.find(path, "[f]"))
print("paren plain", string.find(path, "(h)", 1, true))
print("percent plain", string.find(path, "%j", 1, true))
print("caret plain", string.find(path, "^l", 1, true))
print("dollar plain", string.find(path, "$m", 1, true))

-- the flag is any true value; nil and false mean patterns
print("flag 1", string.find("a+b", "+", 1, 1))
print("flag string", string.find("a+b", "a+", 1, "yes"))
print("flag false", string.find("aab", "a+", 1, false))
print("flag nil", string.find("aab", "a+", 1, nil))

-- patterns without specials are searched plainly anyway
print("closing paren", string.find("f(x)", ")"))
print("closing bracket", string.find("a]b", "]"))

-- repeated search
local count, pos = 0, 1
while true do
  local i, j = string.find(s, "o", pos, true)
  if not i then break end
  count = count + 1
  pos = j + 1
end
print("count o", count)
print("number args", string.find(12345, 34), string.find(3.25, ".", 1, true))
