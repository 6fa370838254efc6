-- __tostring controls tostring() and print(); __metatable-free tables print their address (not shown).
local P = {}
P.__tostring = function(p) return "Point(" .. p.x .. ", " .. p.y .. ")" end
local p = setmetatable({ x = 1, y = 2 }, P)
print(p)
print("tostring", tostring(p))
print("several", p, setmetatable({ x = 3, y = 4 }, P))
print("type of result", type(tostring(p)))
print("concat does not use __tostring", pcall(function() return "p=" .. p end))
local nonString = setmetatable({}, { __tostring = function() return 42 end })
print("tostring returns whatever the metamethod returns", tostring(nonString), type(tostring(nonString)))
print("print accepts a number from __tostring", pcall(print, nonString))
local boolText = setmetatable({}, { __tostring = function() return true end })
print("print rejects other results", pcall(print, boolText))
print("tostring passes them through", tostring(boolText))
local erroring = setmetatable({}, { __tostring = function() error("no text") end })
print("error inside __tostring", pcall(tostring, erroring))
local counter = 0
local counted = setmetatable({}, { __tostring = function() counter = counter + 1 return "#" .. counter end })
print(counted, counted, counted)
print("called once per conversion", counter)
local withName = setmetatable({}, { __tostring = function(self) return self.name or "unnamed" end })
print(withName)
withName.name = "named later"
print(withName)
