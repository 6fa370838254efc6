-- Integer arguments (ldexp's exponent, random's bounds, randomseed's seed) are C ints:
-- fractions are cut off and lua5.1 keeps the low 32 bits of larger values.
print("ldexp fraction", math.ldexp(1, 3.99), math.ldexp(1, -3.99), math.ldexp(3, "2.5"))
print("ldexp 2^32+3", math.ldexp(1, 2^32 + 3))
print("ldexp inf exponent", math.ldexp(1, math.huge), math.ldexp(5, -math.huge))
print("ldexp nan exponent", math.ldexp(7, 0 / 0))

print("random 2^32+1", math.random(2^32 + 1))
print("random -2^32+1", math.random(-2^32 + 1))
print("random 1..2^32+1", math.random(1, 2^32 + 1))
print("random -2^31..-2^31", math.random(-2^31, -2^31))
print("random full width", math.random(-2^31, 2^31 - 1))
print(pcall(math.random, 2^31))
print(pcall(math.random, 1, 2^31))
print(pcall(math.random, math.huge))
print(pcall(math.random, 0 / 0))
print(pcall(math.random, 5, 2^32 + 4))

-- seeds that are equal as C ints give the same sequence
math.randomseed(2^32 + 9)
local a = {math.random(100), math.random(100), math.random(100)}
math.randomseed(9)
local b = {math.random(100), math.random(100), math.random(100)}
print("seed 2^32+9 = 9", a[1] == b[1] and a[2] == b[2] and a[3] == b[3])
math.randomseed(9.75)
local c = {math.random(100), math.random(100), math.random(100)}
print("seed 9.75 = 9", a[1] == c[1] and a[2] == c[2] and a[3] == c[3])
