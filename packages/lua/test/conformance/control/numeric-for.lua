-- Numeric for: start, limit and step are evaluated once; the step may be negative or fractional.
local function collect(from, to, step)
  local s, n = "", 0
  if step then
    for i = from, to, step do s = s .. i .. " "; n = n + 1 end
  else
    for i = from, to do s = s .. i .. " "; n = n + 1 end
  end
  return n, s
end
print("1..5", collect(1, 5))
print("5..1 no step runs zero times", collect(5, 1))
print("1..1 runs once", collect(1, 1))
print("10..1 step -3", collect(10, 1, -3))
print("1..5 step -1 runs zero times", collect(1, 5, -1))
print("0..2 step 0.5", collect(0, 2, 0.5))
print("1..2 step 0.25", collect(1, 2, 0.25))
print("2..0 step -0.5", collect(2, 0, -0.5))
print("fractional bounds", collect(0.5, 3.2))
print("negative range", collect(-3, -1))
print("step larger than range", collect(1, 3, 10))
local tenths = 0
for x = 0, 1, 0.1 do tenths = tenths + 1 end
print("0..1 step 0.1 iterations", tenths)
local evalCount = 0
local function limit() evalCount = evalCount + 1 return 3 end
for i = 1, limit() do end
print("limit evaluated once", evalCount)
local seen = ""
for i = 1, 3 do
  seen = seen .. i
  i = i * 10
  seen = seen .. "(" .. i .. ")"
end
print("assigning loop variable does not affect iteration", seen)
local v = "outer"
for v = 1, 2 do end
print("loop variable is local to loop", v)
local total = 0
for i = 1, 100000 do total = total + i end
print("large loop", total)
local big = 0
for i = 2 ^ 53 - 3, 2 ^ 53 - 1 do big = big + 1 end
print("near 2^53", big)
local strs = 0
for i = "1", "3" do strs = strs + i end
print("numeric strings accepted by 5.1 for", strs)
print("table start errors", pcall(function() for i = {}, 2 do end end))
print("nil limit errors", pcall(function() local lim for i = 1, lim do end end))
print("bool step errors", pcall(function() for i = 1, 2, true do end end))
local inf = 1 / 0
local hits = 0
for i = 1, inf do hits = hits + 1 if hits == 5 then break end end
print("infinite limit with break", hits)
local down = 0
for i = 0, -inf, -1 do down = down + 1 if down == 3 then break end end
print("negative infinite limit", down)
