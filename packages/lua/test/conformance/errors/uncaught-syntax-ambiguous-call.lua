-- Lua 5.1 rejects a call whose '(' starts a new line, as the meaning would be ambiguous.
local f = print
local g = f
(g)("never printed")
