-- type() reports one of the eight basic type names.
print("nil:", type(nil))
print("boolean:", type(true), type(false))
print("number:", type(0), type(-1.5), type(1e300), type(0x10))
print("string:", type(""), type("abc"), type([[long]]))
print("table:", type({}), type({1, 2}), type(_G))
print("function:", type(print), type(type), type(function() end))
local function localFn() end
print("local function:", type(localFn))
print("type of type result:", type(type(1)))
print("coercible string stays string:", type("10"), type("0x10"))
print("arithmetic result:", type("10" + 1), type(10 .. ""))
local t = { n = nil, b = false }
print("missing field:", type(t.n), type(t.missing), "false field:", type(t.b))
print("type of no value:", pcall(type))
print("type of no value named:", pcall(function() local r = type() return r end))
local values = { 1, "s", true, {}, print }
local names = {}
for i = 1, #values do names[i] = type(values[i]) end
print("list:", names[1], names[2], names[3], names[4], names[5])
print("type names are strings equal to literals:", type(1) == "number", type(nil) == "nil")
print("multiple args ignored:", type(1, "x", nil))
