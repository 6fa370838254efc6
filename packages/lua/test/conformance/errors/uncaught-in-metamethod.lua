-- An error raised inside a metamethod escapes to the top level.
local strict = setmetatable({}, {
  __index = function(_, key)
    error("undeclared variable '" .. key .. "'", 2)
  end,
})
strict.declared = true
print("declared:", strict.declared)
print("undeclared:", strict.undeclared)
