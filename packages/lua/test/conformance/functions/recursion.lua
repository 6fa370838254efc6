-- Direct and mutual recursion.
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
print("factorials", fact(0), fact(1), fact(5), fact(10), fact(20))
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print("fibonacci", fib(0), fib(1), fib(10), fib(20))
local function ack(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ack(m - 1, 1) end
  return ack(m - 1, ack(m, n - 1))
end
print("ackermann", ack(0, 0), ack(1, 2), ack(2, 3), ack(3, 3))
local isEven, isOdd
function isEven(n) if n == 0 then return true end return isOdd(n - 1) end
function isOdd(n) if n == 0 then return false end return isEven(n - 1) end
print("mutual", isEven(10), isOdd(10), isEven(7), isOdd(7))
function globalA(n) if n <= 0 then return "A" end return globalB(n - 1) end
function globalB(n) if n <= 0 then return "B" end return globalA(n - 1) end
print("mutual globals", globalA(4), globalA(5))
local function hanoi(n, from, to, via, moves)
  if n == 0 then return moves end
  moves = hanoi(n - 1, from, via, to, moves)
  moves = moves + 1
  return hanoi(n - 1, via, to, from, moves)
end
print("hanoi moves", hanoi(1, "a", "c", "b", 0), hanoi(10, "a", "c", "b", 0))
local function sumTree(t)
  if type(t) == "number" then return t end
  local s = 0
  for i = 1, #t do s = s + sumTree(t[i]) end
  return s
end
print("tree sum", sumTree({ 1, { 2, 3 }, { { 4 }, { 5, { 6, 7 } } } }))
local function power(set, i, acc, out)
  if i > #set then out[#out + 1] = acc return out end
  power(set, i + 1, acc, out)
  power(set, i + 1, acc .. set[i], out)
  return out
end
local subsets = power({ "a", "b", "c" }, 1, "", {})
local line = ""
for i = 1, #subsets do line = line .. "[" .. subsets[i] .. "]" end
print("subsets", #subsets, line)
local function gcd(a, b) if b == 0 then return a end return gcd(b, a % b) end
print("recursive gcd", gcd(1071, 462), gcd(17, 0))
local depth = 0
local function measure(n) depth = depth + 1 if n > 0 then measure(n - 1) end end
measure(1000)
print("calls made", depth)
