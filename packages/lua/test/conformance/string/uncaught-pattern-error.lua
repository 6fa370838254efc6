-- An uncaught pattern error ends the program with the caller's position in the message.
local function parse(s)
  return string.match(s, "(%d+)[")
end
print("before")
print(parse("123"))
print("not reached")
