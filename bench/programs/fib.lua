-- Recursive Fibonacci: nothing but calls, returns, a comparison and additions.

local N = 36

local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end

-- Checked against the iterative definition.
local a, b = 0, 1
for _ = 1, N do a, b = b, a + b end
local result = fib(N)
if result ~= a then error(string.format('fib(%d): got %d, want %d', N, result, a)) end
print(string.format('fib(%d) = %d', N, result))
