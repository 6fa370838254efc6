-- Identifier rules: letters, digits, underscores; case matters; keywords are only reserved as names.
local _ = "underscore"
local _a1 = 1
local A = "upper"
local a = "lower"
local __x__ = "dunders"
print(_, _a1, A, a, __x__)
local goto = "goto is an ordinary name in 5.1"
print(goto)
local continue = "so is continue"
print(continue)
local t = {}
t["end"] = "end key"
t["while"] = "while key"
t["nil"] = "nil key"
print(t["end"], t["while"], t["nil"])
local And, OR, Not = 1, 2, 3
print("capitalised keywords are names", And, OR, Not)
local longIdentifierNameWithManyCharacters_1234567890 = 99
print(longIdentifierNameWithManyCharacters_1234567890)
local r = { self = "self key", _ENV = "just a name" }
print(r.self, r._ENV)
_G.globalName = "set through _G"
print(globalName)
local x1, x2, x3 = "x1", "x2", "x3"
print(x1 .. x2 .. x3)
