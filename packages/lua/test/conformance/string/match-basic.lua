-- string.match returns captures, or the whole match when there are none.
print("whole", string.match("hello world", "o w"))
print("word", string.match("  indented", "%a+"))
print("digits", string.match("abc 123 def", "%d+"))
print("capture", string.match("name: Lua", "name: (%a+)"))
print("two", string.match("2024-05-17", "(%d+)-(%d+)"))
print("three", string.match("2024-05-17", "(%d+)-(%d+)-(%d+)"))
print("position", string.match("hello", "()ll()"))
print("none", string.match("hello", "xyz"))
print("empty pattern", "[" .. string.match("hello", "") .. "]")
print("empty capture", "[" .. string.match("hello", "(h?)x*") .. "]")
print("from init", string.match("one two three", "%a+", 5))
print("negative init", string.match("one two three", "%a+", -5))
print("number subject", string.match(3.14159, "%d+$"), string.match(1e300, "e(.*)"))
print("number pattern", string.match("a123b", 23))

-- literal patterns
print("literal", string.match("foo bar", "bar"), string.match("foo bar", "baz"))
print("literal bracket", string.match("a]b", "]b"))

-- key/value parsing
local line = "width=640 height=480 depth=24"
local w, h = string.match(line, "width=(%d+) height=(%d+)")
print("parsed", w + 0, h * 2)
print("types", type(w), type(string.match("ab", "()b")))

-- leftmost match wins, then longest for greedy items
print("leftmost", string.match("aaa bbb aaa", "b+"))
print("greedy", string.match("<a><b>", "<.*>"))
print("lazy", string.match("<a><b>", "<.->"))
print("optional", string.match("color colour", "colou?r", 2))
