-- The gmatch iterator can be called directly; it ignores its arguments and keeps its own state.
local it = string.gmatch("one two three", "%a+")
print("first", it())
print("second", it("ignored", 123))
print("third", it())
print("done", it())
print("still done", it())
print("done count", select("#", it()))

-- independent iterators over the same string
local a = string.gmatch("1 2 3", "%d")
local b = string.gmatch("1 2 3", "%d")
print("interleaved", a(), a(), b(), a(), b())

-- captures come back as several values
local kv = string.gmatch("x=1 y=2", "(%a)=(%d)")
print("kv 1", kv())
print("kv 2", kv())
print("kv end", kv())

-- position captures are numbers
local pc = string.gmatch("abc", "()(.)")
local p, c = pc()
print("position capture", type(p), p, c)

-- errors raised by the iterator come from the iterator call
local bad = string.gmatch("abc", "[a")
print("bad pattern", pcall(bad))
local ok, err = pcall(function()
  for x in string.gmatch("abc", "%") do end
end)
print("in loop", ok, err)

-- iterators used with generic for and break
local first
for w in string.gmatch("alpha beta gamma", "%a+") do
  first = w
  break
end
print("break", first)

-- nested iteration over lines and words
local text = "a b\nc d e\nf"
local summary = {}
for line in string.gmatch(text, "[^\n]+") do
  local n = 0
  for _ in string.gmatch(line, "%a") do n = n + 1 end
  summary[#summary + 1] = n
end
print("nested", table.concat(summary, ","))
