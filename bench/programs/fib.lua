-- Recursive Fibonacci: nothing but calls, returns, a comparison and additions.

local N = 35
-- fib(36) alone is a little under a second on lua5.1 and fib(37) over 1.5 s, so the size is
-- reached by computing fib(35) a few times over instead.
local REPEATS = 2

local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end

-- Checked against the iterative definition.
local a, b = 0, 1
for _ = 1, N do a, b = b, a + b end
local result
for _ = 1, REPEATS do
  result = fib(N)
  if result ~= a then error(string.format('fib(%d): got %d, want %d', N, result, a)) end
end
print(string.format('fib(%d) = %d, computed %d times', N, result, REPEATS))
