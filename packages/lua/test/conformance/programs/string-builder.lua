-- A string builder that merges pieces like a binary counter to avoid quadratic copying,
-- plus padding, repetition and joining helpers written with '..' alone.
local Builder = {}
Builder.__index = Builder
function Builder.new() return setmetatable({ stack = {}, count = 0 }, Builder) end
function Builder:add(piece)
  local stack = self.stack
  stack[#stack + 1] = tostring(piece)
  -- Merge while the newer piece is at least as long as the one below it.
  while #stack > 1 and #stack[#stack] >= #stack[#stack - 1] do
    stack[#stack - 1] = stack[#stack - 1] .. stack[#stack]
    stack[#stack] = nil
  end
  self.count = self.count + 1
  return self
end
function Builder:result()
  local s = ""
  for i = #self.stack, 1, -1 do s = self.stack[i] .. s end
  return s
end
local function rep(s, n, sep)
  local b = Builder.new()
  for i = 1, n do
    if sep and i > 1 then b:add(sep) end
    b:add(s)
  end
  return b:result()
end
local function padLeft(s, width, ch)
  s = tostring(s)
  while #s < width do s = (ch or " ") .. s end
  return s
end
local function padRight(s, width, ch)
  s = tostring(s)
  while #s < width do s = s .. (ch or " ") end
  return s
end
local function join(list, sep)
  local b = Builder.new()
  for i = 1, #list do
    if i > 1 then b:add(sep) end
    b:add(list[i])
  end
  return b:result()
end
print(rep("ab", 5))
print(rep("x", 3, ", "))
print("[" .. rep("-", 0) .. "]")
print(join({ "alpha", "beta", "gamma" }, " | "))
print(join({}, ","), join({ 1 }, ","), join({ 1, 2.5, true }, ";"))
local b = Builder.new()
for i = 1, 1000 do b:add(i % 10) end
local s = b:result()
print("thousand digits", #s, "pieces kept", #b.stack, "adds", b.count)
local table1 = {
  { "name", "qty", "price" },
  { "apple", 3, 0.5 },
  { "watermelon", 1, 3.25 },
  { "fig", 12, 0.2 },
}
local widths = {}
for _, row in ipairs(table1) do
  for c, cell in ipairs(row) do
    local w = #tostring(cell)
    if not widths[c] or w > widths[c] then widths[c] = w end
  end
end
for r, row in ipairs(table1) do
  local cells = {}
  for c, cell in ipairs(row) do
    cells[c] = c == 1 and padRight(cell, widths[c]) or padLeft(cell, widths[c])
  end
  print("|" .. join(cells, "|") .. "|")
  if r == 1 then
    local rules = {}
    for c = 1, #widths do rules[c] = rep("-", widths[c]) end
    print("+" .. join(rules, "+") .. "+")
  end
end
print(padLeft(42, 6, "0"), padRight("left", 8, ".") .. "|")
local words = {}
for i = 1, 26 do words[i] = rep("z", i % 4 + 1) end
print(join(words, " "))
