-- error(message, level): level 1 names the function calling error, level 2 its caller, level 0 adds nothing.
local function levelOne() error("level one") end
local function levelOneExplicit() error("explicit one", 1) end
local function levelTwo() error("level two", 2) end
local function levelZero() error("level zero", 0) end
local function callsLevelTwo()
  levelTwo()
end
local function deeper()
  local function inner() error("level three", 3) end
  local function middle()
    inner()
  end
  middle()
end
print(pcall(levelOne))
print(pcall(levelOneExplicit))
print(pcall(callsLevelTwo))
print(pcall(levelZero))
print(pcall(deeper))
local function validate(x)
  if type(x) ~= "number" then
    error("expected a number, got " .. type(x), 2)
  end
  return x
end
local function user()
  local v = validate("oops")
  return v
end
print("level 2 names the caller's line", pcall(user))
local function tailUser()
  return validate("tail")
end
print("a tail call leaves no caller line", pcall(tailUser))
print(pcall(function()
  local v = validate(5)
  return v
end))
print("direct pcall of error", pcall(error, "direct"))
print("direct pcall with level 2", pcall(error, "level two from main", 2))
print("message without position", pcall(function() error("plain", 0) end))
local function rethrow()
  local ok, err = pcall(levelOne)
  error(err, 0)
end
print("rethrown unchanged", pcall(rethrow))
local function rethrowAdds()
  local ok, err = pcall(levelZero)
  error(err)
end
print("rethrown with position", pcall(rethrowAdds))
