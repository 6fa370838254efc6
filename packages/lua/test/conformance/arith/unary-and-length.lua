-- Unary minus, not and # on every kind of operand.
print("minus numbers", -1, -(-1), -0.25, - -5)
print("minus numeric strings", -"5", -" 6 ", -"1e1")
print("minus bad string", pcall(function() return -"x" end))
print("minus table", pcall(function() return -{} end))
print("minus boolean", pcall(function() return -true end))
print("not values", not 1, not nil, not false, not "", not not "x")
print("length of strings", #"", #"a", #"hello world", #"\0\0")
print("length of arrays", #{}, #{ 1 }, #{ 1, 2, 3 }, #{ nil })
local t = { "a", "b", "c", "d" }
print("length after append", #t)
t[#t + 1] = "e"
print("length after push", #t)
t[#t] = nil
print("length after pop", #t)
print("length of number errors", pcall(function() local n = 5 return #n end))
print("length of nil errors", pcall(function() local v return #v end))
print("length of boolean errors", pcall(function() local b = true return #b end))
local s = "abc"
print("length of concatenation", #(s .. s), #s + #s)
