-- Every error a malformed pattern raises, and when it is raised.
local function try(f, ...)
  local ok, err = pcall(f, ...)
  print(ok, err)
end
try(string.find, "abc", "%")
try(string.find, "abc", "a%")
try(string.match, "abc", "[a")
try(string.match, "abc", "[")
try(string.match, "abc", "[^")
try(string.match, "abc", "[]")
try(string.match, "abc", "[^]")
try(string.match, "abc", "[%")
try(string.match, "abc", "[a%]")
try(string.match, "abc", "(")
try(string.match, "abc", "(()")
try(string.match, "abc", ")")
try(string.match, "abc", "%1")
try(string.match, "abc", "(a)%2")
try(string.match, "abc", "%b")
try(string.match, "abc", "%f")
try(string.match, "abc", "%fx")
try(string.gsub, "abc", "(", "")
try(string.gmatch("abc", "%"))
try(string.match, "abc", string.rep("(", 33))

-- errors appear only when the matcher reaches the bad part
print("not reached", string.match("abc", "x%"))
print("not reached set", string.match("abc", "x[a"))
print("reached later", pcall(string.match, "abc", "c%"))
print("unfinished not reached", string.match("abc", "x("))

-- the plain flag avoids pattern errors entirely
print("plain", string.find("a%b", "%", 1, true), string.find("a[b", "[", 1, true))

-- errors raised by the library carry the caller's position
local ok, err = pcall(function()
  return string.find("abc", "[a")
end)
print("positioned", ok, err)
ok, err = pcall(function()
  for w in string.gmatch("abc", "(") do end
end)
print("positioned gmatch", ok, err)
ok, err = pcall(function()
  return string.gsub("abc", "%f", "")
end)
print("positioned gsub", ok, err)
