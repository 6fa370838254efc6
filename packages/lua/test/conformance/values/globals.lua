-- Globals live in _G; the required base functions are all present.
print("version:", _VERSION)
print("_G._G is _G:", _G._G == _G, _G["_G"] == _G)
x = 10
print("global through _G:", _G.x, _G["x"])
_G.y = 20
print("set through _G:", y)
x = nil
print("assigning nil removes:", _G.x, rawget(_G, "x"))
local names = { "print", "type", "tostring", "tonumber", "pairs", "ipairs", "next", "select",
  "unpack", "rawget", "rawset", "rawequal", "setmetatable", "getmetatable", "assert", "error",
  "pcall", "xpcall" }
for i = 1, #names do
  print(names[i], type(_G[names[i]]))
end
print("undefined global is nil:", undefinedGlobalName)
local print = print
print("local shadows global:", type(print))
local saved = _G.type
_G.type = function() return "replaced" end
print("replaced global:", type(1))
_G.type = saved
print("restored global:", type(1))
local count = 0
for k, v in pairs({ a = 1, b = 2 }) do count = count + v end
print("sum:", count)
