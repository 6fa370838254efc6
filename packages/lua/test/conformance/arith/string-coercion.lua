-- Strings convert to numbers in arithmetic; numbers convert to strings in concatenation.
print("add", "10" + 1, 1 + "10", "10" + "10")
print("sub mul div", "10" - 4, "3" * "4", "9" / "2")
print("pow mod", "2" ^ "8", "17" % "5")
print("unary minus", -"2", -"-3", -"0x10")
print("fractions and exponents", "1.5" + 1, "1e2" + 0, ".5" * 2)
print("hex strings", "0x10" + 0, "0xff" * 1)
print("whitespace allowed", " 5 " + 0, "\t7\n" * 1)
print("result type is number", type("1" + 1), type("1" * "1"))
print("concat numbers", 1 .. 2, 1.5 .. "", -3 .. "x", 2 ^ 53 .. "")
print("concat result type", type(1 .. ""), #(12 .. 34))
print("integer-valued float concat", 10 / 2 .. "", 1e3 .. "")
print("concat fractions", 0.1 .. "|" .. 1 / 3)
print("non-numeric string fails", pcall(function() return "abc" + 1 end))
print("partly numeric fails", pcall(function() return "10abc" * 2 end))
print("empty string fails", pcall(function() return "" + 0 end))
print("comparison does not coerce", pcall(function() return "10" < 5 end))
print("equality does not coerce", "10" == 10, 10 == "10")
local s = "5"
local n = s + 0
print("coerced value", n, n == 5, s == 5)
local acc = ""
for i = 1, 5 do acc = acc .. i end
print("built by concat", acc, acc + 1)
print("boolean does not coerce", pcall(function() return true .. "" end))
