-- How lua5.1 words a statement that is neither a call nor an assignment: a parenthesised
-- expression is a "syntax error" at once, whatever follows it; other expressions wait for '='.
local sources = {
  "(f)", "(f)\n", "(f) x", "(f) = 1", "(f), a = 1", "(f())", "(...)", "(1)", "('s')",
  "local x; (x)", "(f).x", "(f)[1]", "(f)()", "(f):m()", "(f)'s'", "(f){}",
  "a.b", "a.b.c", "a[1]", "f{}.x", "a.b:c", "x", "x y", "a, b", "a, f() = 1", "x, (y) = 1",
  "f() = 1", "f() + 1", "1 = 2", "nil", "a..b", "'s'", "...",
}
for _, s in ipairs(sources) do
  local f, err = loadstring(s)
  print(string.format("%q", s), f and "ok" or err)
end
