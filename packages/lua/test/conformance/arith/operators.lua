-- The six binary arithmetic operators and unary minus on integers and fractions.
local a, b = 17, 5
print("add", a + b, 1.5 + 2.25, -3 + 3)
print("sub", a - b, 0.5 - 1, 10 - -10)
print("mul", a * b, 2.5 * 4, -3 * -3, 0 * -5)
print("div", a / b, 10 / 2, 1 / 8, -9 / 4)
print("mod", a % b, 10 % 3, 9 % 3, 2.5 % 1)
print("pow", 2 ^ 10, 9 ^ 0.5, 10 ^ -2, 2 ^ 0)
print("unm", -a, -(-a), -0.5, -(2 - 5))
local x = 3
x = x + 1; print("increment", x)
x = x * x; print("square", x)
x = x - 16; print("back to zero", x)
x = x / 4; print("zero divided", x)
print("chain", 1 + 2 + 3 + 4 + 5, 100 - 50 - 25, 2 * 3 * 4, 256 / 4 / 4)
local sum = 0
for i = 1, 100 do sum = sum + i end
print("sum 1..100", sum)
local prod = 1
for i = 1, 15 do prod = prod * i end
print("15 factorial", prod)
local half = 1
for _ = 1, 10 do half = half / 2 end
print("halved ten times", half)
print("float results that are whole:", 0.5 + 0.5, 1.5 * 2, 7.5 - 0.5)
print("results of different signs:", 3 - 5, -3 * 2, -6 / -2)
