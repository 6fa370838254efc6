-- assert returns all its arguments on success and raises its message on failure.
print("success returns everything", assert(1, "msg", 3))
print("truthy values pass", assert(0), assert(""), assert({}) ~= nil)
print("false fails", pcall(assert, false))
print("nil fails", pcall(assert, nil))
print("called directly by pcall, no position", pcall(assert, false, "custom message"))
print("inside function", pcall(function() assert(false) end))
print("inside function with message", pcall(function() assert(nil, "why") end))
print("non-string message", pcall(function() assert(false, 42) end))
local msgObj = { reason = "table message" }
print("5.1 assert wants a string message", pcall(function() assert(false, msgObj) end))
print("no arguments", pcall(function() assert() end))
local function checked(x)
  assert(type(x) == "number", "x must be a number")
  return x * 2
end
print("checked ok", checked(21))
print("checked bad", pcall(checked, "21"))
local v = assert(tonumber("12"), "not a number")
print("assert passes values through", v)
print("assert on failed conversion", pcall(function() return assert(tonumber("zz"), "conversion failed") end))
print("extra values after message ignored on failure", pcall(assert, false, "m", "extra"))
