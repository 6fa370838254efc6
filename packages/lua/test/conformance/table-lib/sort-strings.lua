-- Strings sort bytewise, shorter prefixes first.
local function show(label, t)
  local out = {}
  for i = 1, #t do out[i] = "[" .. t[i] .. "]" end
  print(label, table.concat(out, " "))
end

local words = {"pear", "apple", "fig", "banana", "cherry", "date", "apple", "Apple", "APPLE"}
table.sort(words)
show("words", words)

local prefixes = {"abc", "ab", "a", "abcd", "", "b", "abd"}
table.sort(prefixes)
show("prefixes", prefixes)

-- punctuation, digits and letters in byte order
local mixed = {"z", "Z", "0", "9", " ", "~", "_", "a", "!"}
table.sort(mixed)
show("ascii", mixed)

-- bytes above 127 come after ASCII
local high = {"\200", "a", "\128", "\255", "\127"}
table.sort(high)
local bytes = {}
for i = 1, #high do
  local s = high[i]
  bytes[i] = s == "a" and "a" or (s == "\127" and "127" or (s == "\128" and "128" or (s == "\200" and "200" or "255")))
end
print("high bytes", table.concat(bytes, " "))

-- embedded zeros compare as the smallest byte
local zeros = {"a\0b", "a", "a\0a", "a\1", "a\0"}
table.sort(zeros)
local names = {}
for i = 1, #zeros do
  local z = zeros[i]
  if z == "a" then names[i] = "a"
  elseif z == "a\0" then names[i] = "a.0"
  elseif z == "a\0a" then names[i] = "a.0.a"
  elseif z == "a\0b" then names[i] = "a.0.b"
  else names[i] = "a.1" end
end
print("zeros", table.concat(names, " "))

-- a comparator on length, then content
local byLength = {"ccc", "a", "bb", "aaa", "b", "cc"}
table.sort(byLength, function(x, y)
  if #x ~= #y then return #x < #y end
  return x < y
end)
show("by length", byLength)

-- mixing strings and numbers is an error
print(pcall(table.sort, {"a", 1}))
print(pcall(table.sort, {1, "a", 2}))
