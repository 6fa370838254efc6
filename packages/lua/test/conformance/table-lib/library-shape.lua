-- The table library's contents.
local names = {}
for k, v in pairs(table) do names[#names + 1] = k .. ":" .. type(v) end
table.sort(names)
print(table.concat(names, " "))
print("type", type(table))

-- functions can be stored and called under other names; messages use the called name
local push, pop, join = table.insert, table.remove, table.concat
local t = {}
push(t, "x")
push(t, "y")
print(join(t, "+"), pop(t), join(t, "+"))
print(pcall(function() push(nil, 1) end))
print(pcall(function() join({{}}) end))
print(pcall(function() local x = {}; x.sort = table.sort; x.sort(1) end))

-- a table whose methods come from the table library
local list = setmetatable({}, {__index = table})
list:insert("c")
list:insert("a")
list:insert("b")
list:sort()
print("methods", list:concat(","), list:getn(), list:maxn())
print("removed", list:remove(1), list:concat(","))
print(pcall(function() list:insert() end))

-- the library table itself can be extended
table.custom = function() return "custom" end
print(table.custom())
table.custom = nil
