-- setmetatable and getmetatable basics.
local t = {}
local mt = {}
print("no metatable", getmetatable(t))
print("setmetatable returns its first argument", setmetatable(t, mt) == t)
print("getmetatable returns it", getmetatable(t) == mt)
print("metatable can be shared", getmetatable(setmetatable({}, mt)) == mt)
print("a table can be its own metatable", (function() local s = {} setmetatable(s, s) return getmetatable(s) == s end)())
print("remove with nil", getmetatable(setmetatable(t, nil)))
print("non-table metatable errors", pcall(setmetatable, {}, 5))
print("non-table target errors", pcall(setmetatable, 5, {}))
print("missing metatable argument errors", pcall(setmetatable, {}))
print("getmetatable of nil", getmetatable(nil))
print("getmetatable of number", getmetatable(5))
print("getmetatable of boolean", getmetatable(true))
print("getmetatable of function", getmetatable(print))
print("getmetatable with no argument", pcall(getmetatable))
local log = {}
local dynamic = setmetatable({}, {})
getmetatable(dynamic).__index = function(_, k) return "late " .. k end
print("metamethod added after setmetatable", dynamic.x)
getmetatable(dynamic).__index = nil
print("metamethod removed", dynamic.x)
local metaOfMeta = setmetatable({}, { __index = { __index = function() return "from meta-meta" end } })
local user = setmetatable({}, metaOfMeta)
print("metamethods are looked up raw in the metatable", user.anything)
