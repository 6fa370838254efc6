-- tostring on the types whose text is specified.
print(tostring(nil), tostring(true), tostring(false))
print(tostring(0), tostring(-7), tostring(2.5), tostring(1e20))
print(tostring("already a string"), tostring(""))
print("result types:", type(tostring(nil)), type(tostring(12)), type(tostring(true)))
print("string identity:", tostring("abc") == "abc")
print("number text:", tostring(10) == "10", tostring(10.0) == "10", tostring(-0.25) == "-0.25")
print("hex literal prints as decimal:", tostring(0xff))
print("no argument:", pcall(tostring))
print("no argument named:", pcall(function() return tostring() end))
print("explicit nil:", tostring(nil) == "nil")
-- The text of tables and functions contains an address, so only its prefix shape is checked here
-- through comparison with itself.
local t = {}
print("table text stable:", tostring(t) == tostring(t))
print("different tables differ:", tostring({}) ~= tostring(t))
print("function text stable:", tostring(print) == tostring(print))
local mt = { __tostring = function() return "custom" end }
print("metamethod text:", tostring(setmetatable({}, mt)))
print("print uses tostring:", setmetatable({}, mt))
print("tostring extra args ignored:", tostring(5, 6))
