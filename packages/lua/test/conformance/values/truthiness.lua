-- Only nil and false are falsy; everything else, including 0 and "", is truthy.
local function truth(v)
  if v then return "truthy" else return "falsy" end
end
print("nil", truth(nil))
print("false", truth(false))
print("true", truth(true))
print("0", truth(0))
print("-0", truth(-0))
print("empty string", truth(""))
print("string false", truth("false"))
print("empty table", truth({}))
print("function", truth(print))
print("not on each:", not nil, not false, not 0, not "", not {})
print("and/or pick values:", nil or "default", false or nil, 0 and "zero is true")
print("and returns first falsy:", nil and 1, false and 1, 1 and nil)
print("or returns first truthy:", false or 0, nil or false, "" or "x")
local count = 0
for _, v in ipairs({ 0, "", false, true, {} }) do
  if v then count = count + 1 end
end
print("truthy among 0,'',false,true,{}:", count)
local x
print("uninitialised local is nil:", x, x == nil, x == false)
print("nil equals only nil:", nil == false, nil == nil, false == false)
