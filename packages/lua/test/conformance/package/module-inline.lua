-- module() called from functions in this file: it changes the environment of its caller only.
local print, pcall, getfenv, type = print, pcall, getfenv, type

local function define()
  module("inline.util")
  helper = function() return "helper" end
  return getfenv(1)
end

local m = define()
print("returned env", m == inline.util, m._NAME, m._PACKAGE)
print("helper", inline.util.helper())
print("main env unchanged", getfenv(1) == _G, helper)

-- Calling module again for the same name reuses the table and keeps its fields.
local function again()
  module("inline.util", function(t) t.extra = true end)
  return _NAME, extra
end
print("again", again())
print("same", package.loaded["inline.util"] == m)

-- A tail call of module still sets the environment of the Lua caller.
local function tail() return module("inline.tail") end
tail()
print("tail", package.loaded["inline.tail"]._NAME)
