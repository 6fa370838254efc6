-- package.seeall gives a table a metatable whose __index is the global table.
local t = {}
print(getmetatable(t))
package.seeall(t)
print(getmetatable(t).__index == _G, t.print == print, rawget(t, "print"))

-- An existing metatable is kept and only __index changes.
local mt = { __index = function() return "old" end, __tostring = function() return "T" end }
local u = setmetatable({}, mt)
print(package.seeall(u))
print(getmetatable(u) == mt, tostring(u), u.type == type)

-- Globals added later are visible too, and assignments stay in the table.
package.seeall(t)
later_global = "late"
t.own = 1
print(t.later_global, rawget(_G, "own"), t.own)
print(select("#", package.seeall({})))
