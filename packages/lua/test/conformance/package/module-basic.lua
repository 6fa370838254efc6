-- Lua 5.1's module(): the module table, _NAME/_M/_PACKAGE, and package.seeall.
package.path = "./modules/?.luam"
package.cpath = ""

local g = require("geometry")
print("same table", g == geometry, g == package.loaded.geometry)
print("fields", g._NAME, g._M == g, "[" .. g._PACKAGE .. "]")
print("area", g.area(2))
print("describe", g.describe())
print("globals untouched", pi_ish, area)
print("sees globals", getmetatable(g).__index == _G)

local s = require("sealed")
print("sealed", s.visible_print, s.hidden_string, s.get())
print("no metatable", getmetatable(s))
