-- gsub with a table: the first capture (or the whole match) is the key.
local t = {hello = "HI", world = "EARTH", [1] = "one"}
print("lookup", string.gsub("hello world foo", "%w+", t))
print("capture key", string.gsub("$hello $world", "%$(%w+)", t))
print("missing keys", string.gsub("a b c", "%w", {}))
print("false value", string.gsub("a b", "%w", {a = false, b = "B"}))
print("number value", string.gsub("a b", "%w", {a = 1, b = 2.5}))
print("string keys only", string.gsub("1 2", "%d", t))
print("position key", string.gsub("abc", "()b", {[2] = "two"}))
print("second capture ignored", string.gsub("k=v", "(%w)=(%w)", {k = "K", v = "V"}))

-- __index on the table is honoured
local defaults = setmetatable({}, {__index = function(_, k) return "<" .. k .. ">" end})
print("index function", string.gsub("a b", "%w", defaults))
local chain = setmetatable({x = "X"}, {__index = {y = "Y"}})
print("index table", string.gsub("x y z", "%w", chain))
local calls = 0
local counting = setmetatable({}, {__index = function(_, k) calls = calls + 1 return nil end})
print("index nil", string.gsub("abc", "%w", counting), calls)

-- invalid values
print(pcall(string.gsub, "a", "a", {a = {}}))
print(pcall(string.gsub, "a", "a", {a = true}))
print(pcall(string.gsub, "a", "a", {a = print}))
local ok, err = pcall(function() return string.gsub("a", "a", {a = {}}) end)
print("positioned", ok, err)

-- templates
local env = {user = "ana", home = "/home/ana"}
print("template", string.gsub("${user} lives in ${home}, not ${nobody}", "%${(%w+)}", env))
