-- __index as a table: missing keys are looked up there, following chains.
local base = { greeting = "hello", shared = "from base" }
local middle = setmetatable({ middleOnly = "middle" }, { __index = base })
local top = setmetatable({ own = "top" }, { __index = middle })
print("own field", top.own)
print("one level up", top.middleOnly)
print("two levels up", top.greeting, top.shared)
print("missing everywhere", top.nothing)
print("rawget ignores chain", rawget(top, "greeting"))
top.shared = "overridden"
print("own field shadows", top.shared, middle.shared, base.shared)
base.late = "added later"
print("chain is live", top.late)
top.shared = nil
print("removing own field reveals inherited", top.shared)
local defaults = setmetatable({}, { __index = { x = 0, y = 0 } })
defaults.x = 5
print("defaults", defaults.x, defaults.y)
local counter = setmetatable({}, { __index = { count = 0 } })
counter.count = counter.count + 1
counter.count = counter.count + 1
print("read inherited then write own", counter.count, getmetatable(counter).__index.count)
local numeric = setmetatable({ 1, 2 }, { __index = { [3] = "three", [4] = "four" } })
print("numeric keys", numeric[1], numeric[3], numeric[4], numeric[5], #numeric)
local falseVal = setmetatable({ flag = false }, { __index = { flag = true } })
print("own false value is not missing", falseVal.flag)
local chainLen = 0
local node = {}
local root = node
for i = 1, 50 do
  local parent = { ["level" .. i] = i }
  setmetatable(node, { __index = parent })
  node = parent
end
print("fifty-level chain", root.level1, root.level25, root.level50, root.level51)
