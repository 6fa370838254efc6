-- Lua 5.1's standalone interpreter does not use __tostring on an uncaught error object.
local err = setmetatable({}, { __tostring = function() return "custom error text" end })
print("tostring works here:", tostring(err))
error(err)
