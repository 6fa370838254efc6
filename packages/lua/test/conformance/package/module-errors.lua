-- How module() fails.
print(pcall(module))
print(pcall(module, {}))

-- From a builtin (here pcall) there is no Lua function to give the environment to; the
-- module table is still created first.
print(pcall(module, "from_c"))
print(type(from_c), type(package.loaded.from_c))

-- A global in the way of the dotted path.
taken = 1
print(pcall(function() module("taken.sub") end))
print(pcall(function() module("taken") end))
other = { sub = "string" }
print(pcall(function() module("other.sub.deeper") end))
print(type(package.loaded["taken.sub"]), type(package.loaded.taken))

-- Options must be callable; they run after the environment is set.
local log = {}
print(pcall(function()
  module("opts", function(m) log[#log + 1] = m._NAME end, 5)
end))
print(log[1], opts._NAME)
print(pcall(function()
  module("opts2", setmetatable({}, { __call = function(self, m) log[#log + 1] = "callable " .. m._NAME end }))
end))
print(log[2])
print(pcall(function() module("opts3", function() error("option failed") end) end))
