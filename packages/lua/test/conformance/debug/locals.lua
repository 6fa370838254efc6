-- getlocal/setlocal/getupvalue/setupvalue
local function inspect(a, b)
  local c = a * b
  do local inner = "scoped" end
  local names = {}
  local i = 1
  while true do
    local name, value = debug.getlocal(1, i)
    if not name then break end
    if name:sub(1, 1) ~= "(" and type(value) ~= "table" then names[#names + 1] = name .. "=" .. tostring(value) end
    i = i + 1
  end
  return table.concat(names, " ")
end
print(inspect(3, 4))
local function change()
  local x = 1
  local name = debug.setlocal(1, 1, 42)
  return name, x
end
print(change())
local function outer()
  local v = "outer local"
  local function inner() return debug.getlocal(2, 1) end
  return inner()
end
print(outer())
print(pcall(debug.getlocal, 100, 1))
print(debug.getlocal(1, 200))
local a, b = 10, 20
local function sum() return a + b end
print(debug.getupvalue(sum, 1))
print(debug.getupvalue(sum, 2))
print(debug.getupvalue(sum, 3))
print(debug.setupvalue(sum, 2, 5), sum(), b)
print(debug.getupvalue(print, 1))
local counter = 0
local function bump() counter = counter + 1 return counter end
local function peek() return counter end
debug.setupvalue(bump, 1, 100)
print(bump(), peek())
