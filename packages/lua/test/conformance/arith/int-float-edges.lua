-- All numbers are doubles: integers are exact up to 2^53, fractions are binary approximations.
print("2^53 is exact", 2 ^ 53 == 9007199254740992)
print("2^53+1 rounds", 2 ^ 53 + 1 == 2 ^ 53, 2 ^ 53 + 2 == 2 ^ 53)
print("2^53-1 exact", 2 ^ 53 - 1 == 9007199254740991)
print("0.1*3", 0.1 * 3 == 0.3, 0.1 * 3)
print("0.5 exact", 0.5 * 3 == 1.5)
print("big sums", 1e15 + 1, 1e15 + 0.5)
print("adding tiny to big", 1e16 + 1 == 1e16)
local counter = 0
for _ = 1, 10 do counter = counter + 0.1 end
print("ten tenths", counter == 1, counter)
print("whole floats print as integers", 4.0, 1e14, -7.0)
print("truncation by subtracting mod", 7.9 - 7.9 % 1, -7.9 - -7.9 % 1)
print("large integer products", 123456789 * 1000, 99999 * 99999)
print("division round trip", 1e10 / 1e5 * 1e5)
print("negative integers", -2 ^ 31, -(2 ^ 53))
print("int in table key stays equal", ({ [1] = "one" })[1.0], ({ [2.0] = "two" })[2])
local t = {}
t[1e0] = "a"
t[0.5 * 4] = "b"
print("float keys normalise", t[1], t[2])
print("hex and decimal same value", 0x7fffffff == 2 ^ 31 - 1)
print("subnormal", 2 ^ -1074 > 0, 2 ^ -1075 == 0)
print("max finite", 2 ^ 1023 * (2 - 2 ^ -52) < 1 / 0)
