-- Any value can be an error object; non-strings get no position prefix.
local obj = { code = 42 }
local ok, err = pcall(function() error(obj) end)
print("table error is the same object", ok, err == obj, err.code)
print("number error", pcall(function() error(7) end))
print("number error with level", pcall(function() error(7, 1) end))
print("boolean error", pcall(function() error(false) end))
print("true error", pcall(function() error(true) end))
print("nil error", pcall(function() error(nil) end))
print("no argument error", pcall(function() error() end))
print("count with nil error", select("#", pcall(function() error() end)))
local fn = function() end
local _, got = pcall(function() error(fn) end)
print("function error object", got == fn)
print("empty string error", pcall(function() error("") end))
local mt = { __tostring = function(e) return "E(" .. e.code .. ")" end }
local custom = setmetatable({ code = 5 }, mt)
local _, e2 = pcall(function() error(custom) end)
print("error object with __tostring", tostring(e2), e2 == custom)
local function classify(e)
  if type(e) == "table" then return "table:" .. tostring(e.kind) end
  return type(e) .. ":" .. tostring(e)
end
local results = {}
for _, thrown in ipairs({ { kind = "io" }, 3, "text", true }) do
  local _, caught = pcall(error, thrown, 0)
  results[#results + 1] = classify(caught)
end
print("classified", results[1], results[2], results[3], results[4])
print("numeric string keeps position", pcall(function() error("12") end))
