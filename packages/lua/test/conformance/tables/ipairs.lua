-- ipairs walks 1, 2, 3, ... until the first nil, ignoring everything else.
local t = { "a", "b", "c", x = "hash", [0] = "zero" }
for i, v in ipairs(t) do print("pair", i, v) end
local holes = { 1, 2, nil, 4 }
local n = 0
for i in ipairs(holes) do n = i end
print("stops before first nil", n)
local empty = 0
for _ in ipairs({}) do empty = empty + 1 end
print("empty table", empty)
local noOne = { [2] = "two", [3] = "three" }
local c = 0
for _ in ipairs(noOne) do c = c + 1 end
print("no index 1", c)
local f, s, i0 = ipairs(t)
print("ipairs triple", type(f), s == t, i0)
print("iterator step", f(t, 0))
print("iterator step 2", f(t, 2))
print("iterator end", f(t, 3))
local mt = setmetatable({}, { __index = function(_, k) if k <= 3 then return k * 10 end end })
local seen = 0
for _ in ipairs(mt) do seen = seen + 1 end
print("ipairs in 5.1 reads raw, ignoring __index", seen)
local grow = { 1 }
local steps = 0
for i, v in ipairs(grow) do
  steps = steps + 1
  if i < 5 then grow[i + 1] = v + 1 end
end
print("sees elements appended during loop", steps)
local fl = { 1.5, "s", true, false, "after false" }
local types = ""
for _, v in ipairs(fl) do types = types .. type(v) .. " " end
print("false does not stop ipairs", types)
print("ipairs of nil errors", pcall(ipairs))
