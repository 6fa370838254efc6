-- while loops test the condition before each iteration.
local i, sum = 1, 0
while i <= 10 do sum = sum + i; i = i + 1 end
print("sum", sum, "i", i)
local never = 0
while false do never = never + 1 end
print("zero iterations", never)
local n = 27
local steps = 0
while n ~= 1 do
  if n % 2 == 0 then n = n / 2 else n = 3 * n + 1 end
  steps = steps + 1
end
print("collatz 27 steps", steps)
local found
local k = 0
while true do
  k = k + 1
  if k * k > 200 then found = k break end
end
print("first square over 200", found)
local stack = { 1, 2, 3, 4, 5 }
local popped = ""
while #stack > 0 do
  popped = popped .. stack[#stack]
  stack[#stack] = nil
end
print("drain stack", popped)
local a, b = 0, 1
local fibs = 0
while b < 1000 do a, b = b, a + b; fibs = fibs + 1 end
print("fibs below 1000", fibs, b)
local outer, inner = 0, 0
local x = 0
while x < 5 do
  x = x + 1
  local y = 0
  while y < x do y = y + 1; inner = inner + 1 end
  outer = outer + 1
end
print("nested while", outer, inner)
local cond = 3
while cond do
  cond = cond - 1
  if cond == 0 then cond = nil end
end
print("loop until condition becomes nil", cond)
