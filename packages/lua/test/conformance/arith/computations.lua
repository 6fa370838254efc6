-- Small numeric algorithms written with the operators alone.
local function floor(x) return x - x % 1 end
local function idiv(a, b) return floor(a / b) end
local function gcd(a, b)
  while b ~= 0 do a, b = b, a % b end
  return a
end
local function isqrt(n)
  local x = n
  local y = floor((x + 1) / 2)
  while y < x do
    x = y
    y = floor((x + floor(n / x)) / 2)
  end
  return x
end
local function pow(b, e)
  local r = 1
  while e > 0 do
    if e % 2 == 1 then r = r * b end
    b = b * b
    e = floor(e / 2)
  end
  return r
end
print("floor", floor(3.7), floor(-3.7), floor(5), floor(-0.5))
print("idiv", idiv(17, 5), idiv(-17, 5), idiv(17, -5))
print("gcd", gcd(48, 18), gcd(17, 5), gcd(100, 75), gcd(0, 9))
print("isqrt", isqrt(0), isqrt(1), isqrt(15), isqrt(16), isqrt(1000000), isqrt(99999999))
print("pow", pow(2, 10), pow(3, 13), pow(7, 0), pow(10, 15))
local fib = { 1, 1 }
for i = 3, 78 do fib[i] = fib[i - 1] + fib[i - 2] end
print("fib 30, 50, 78", fib[30], fib[50], fib[78])
local digits = 0
local n = 2 ^ 40
while n >= 1 do n = n / 10; digits = digits + 1 end
print("digits of 2^40", digits)
local function collatz(k)
  local steps = 0
  while k ~= 1 do
    if k % 2 == 0 then k = k / 2 else k = 3 * k + 1 end
    steps = steps + 1
  end
  return steps
end
print("collatz", collatz(1), collatz(6), collatz(27), collatz(97))
local approx = 0
local sign = 1
for k = 0, 99999 do
  approx = approx + sign / (2 * k + 1)
  sign = -sign
end
print("leibniz pi", 4 * approx)
local e, term = 1, 1
for k = 1, 20 do term = term / k; e = e + term end
print("e", e)
