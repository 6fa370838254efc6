-- Strings share a metatable whose __index is the string table, so methods work on them.
local mt = getmetatable("")
print("has metatable", type(mt))
print("index is string", mt.__index == string)
print("same for all", getmetatable("abc") == getmetatable("x"))
print("method call", ("abc"):upper(), ("%d-%d"):format(1, 2))
local s = "chained"
print("chain", s:upper():lower():rep(2, nil):len())
print("index a function", ("x").len == string.len)
print("missing method", ("x").nothing)
print("numbers have none", getmetatable(1), getmetatable(true))

-- numbers are not strings for method calls
local ok, err = pcall(function() local n = 5 return n:rep(2) end)
print("number method", ok, err)

-- a method called on something that is not a string
local fake = {rep = string.rep, upper = string.upper, sub = string.sub}
ok, err = pcall(function() return fake:rep(3) end)
print("bad self", ok, err)
ok, err = pcall(function() return fake:upper() end)
print("bad self upper", ok, err)
ok, err = pcall(function() return ("abc"):sub({}) end)
print("bad method arg", ok, err)
ok, err = pcall(function() return ("abc"):rep() end)
print("missing method arg", ok, err)

-- changing the string table changes what methods see
function string.shout(x) return x:upper() .. "!" end
print("added method", ("hey"):shout())
string.shout = nil
ok = pcall(function() return ("hey"):shout() end)
print("removed method", ok)

-- the library table itself
local names = {}
for k, v in pairs(string) do
  if type(v) == "function" then names[#names + 1] = k end
end
table.sort(names)
print("functions", table.concat(names, " "))
print("gfind is gmatch", string.gfind == string.gmatch)
