-- Concatenating nil is an error; tostring makes nil printable.
local missing
print("tostring(nil) concatenates", "value: " .. tostring(missing))
print("nil upvalue", pcall(function() return "value: " .. missing end))
print("nil local", pcall(function() local m; return "value: " .. m end))
local t = {}
print("nil field", pcall(function() return "value: " .. t.field end))
print("nil global", pcall(function() return "value: " .. notDefined end))
print("nil on the left", pcall(function() return missing .. "!" end))
print("nil in a longer chain", pcall(function() return "a" .. "b" .. missing .. "c" end))
local function describe(name, age)
  return name .. " is " .. tostring(age)
end
print(describe("ann", 30), describe("bob", nil))
print("missing name", pcall(describe, nil, 1))
local parts = { "a", nil, "c" }
local ok, err = pcall(function()
  local s = ""
  for i = 1, 3 do s = s .. parts[i] end
  return s
end)
print("nil hole while joining", ok, err)
local safe = ""
for i = 1, 3 do safe = safe .. tostring(parts[i]) end
print("joined with tostring", safe)
print("boolean needs tostring too", pcall(function() return "flag " .. true end))
print("with tostring", "flag " .. tostring(true))
