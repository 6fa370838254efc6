-- Equality across types: primitives by value, tables and functions by identity.
print("numbers:", 1 == 1, 1 == 1.0, 0.1 + 0.2 == 0.3, -0 == 0)
print("strings:", "a" == "a", "a" == "A")
print("booleans:", true == true, true == false, false == nil)
print("mixed types never equal:", 1 == "1", 0 == false, nil == false, "" == nil)
local t1, t2 = {}, {}
print("tables by identity:", t1 == t1, t1 == t2, t1 ~= t2)
local alias = t1
print("alias equal:", alias == t1)
local f1 = function() end
local f2 = function() end
print("functions by identity:", f1 == f1, f1 == f2)
local function maker() return function() end end
print("closures from same source differ:", maker() == maker())
print("builtins equal themselves:", print == print, print == type)
print("rawequal:", rawequal(t1, t1), rawequal(t1, t2), rawequal(1, 1), rawequal("x", "x"))
print("rawequal mixed:", rawequal(1, "1"), rawequal(nil, false), rawequal(nil, nil))
print("inf equal:", 1/0 == 1/0, -1/0 == 1/0)
local nan = 0/0
print("nan not equal to itself:", nan == nan, nan ~= nan, rawequal(nan, nan))
print("large integers:", 2^53 == 2^53 + 1, 2^52 == 2^52 + 1)
print("not-equal operator:", 1 ~= 2, "a" ~= "a", nil ~= false)
