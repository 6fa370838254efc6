-- a % b is a - floor(a/b)*b: the result takes the sign of the divisor.
print("positive", 5 % 3, 6 % 3, 0 % 3)
print("negative dividend", -5 % 3, -6 % 3, -1 % 3)
print("negative divisor", 5 % -3, 6 % -3, 1 % -3)
print("both negative", -5 % -3, -6 % -3, -1 % -3)
print("floats", 5.5 % 2, -5.5 % 2, 5.5 % -2, -5.5 % -2)
print("fractional divisor", 1 % 0.25, 1 % 0.3 < 0.1001, 7 % 2.5)
print("small over large", 3 % 10, -3 % 10, 3 % -10)
print("results are in range", 123 % 7, -123 % 7, 123 % -7)
print("float mod one gives fraction", 3.75 % 1, -3.75 % 1)
local zero = 0
local r = 5 % zero
print("mod by zero is nan", r ~= r)
local inf = 1 / 0
local p = 5 % inf
print("positive mod inf is nan in 5.1", p ~= p)
local q = inf % 2
print("inf mod two is nan", q ~= q)
print("string operands coerce", "10" % 3, 10 % "4", "-7" % "2")
for a = -4, 4 do
  print("a=" .. a, a % 3, a % -3)
end
print("identity holds:", (17 - (17 % 5)) / 5, (-17 - (-17 % 5)) / 5)
