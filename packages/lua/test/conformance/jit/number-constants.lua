-- Number constants of every kind as operands (compiled code writes numbers into its text as
-- literals; strings stay in the constant pool): negative zero, infinities, the smallest
-- subnormal, integers past 2^53, negative and fractional values, and strings that look like
-- numbers, in loops so that every tier runs them compiled.
local function show(...)
  local out = {}
  for i = 1, select('#', ...) do out[#out + 1] = string.format('%.17g', (select(i, ...))) end
  print(table.concat(out, ' '))
end

local acc = 0
for i = 1, 3 do
  acc = acc + 0.1
  acc = acc - -2.5
  acc = acc * 1.5
  acc = acc / -4
end
show(acc)

local negzero = -0
show(1 / negzero, 1 / (negzero * 3), 1 / (0 * -1))
local z = 0
for _ = 1, 2 do z = z * -0 end
show(1 / z)

local big, tiny = 1e400, 5e-324
show(big, -big, 1e400 - 1e300, tiny, tiny / 2, tiny * 2 ^ 1074)
show(9007199254740993, 9007199254740993 - 9007199254740992, 2 ^ 53 + 1)
show(1e21 + 1, -1e21 - 1, 123456789012345678)

local s = 0
for i = 1, 10 do
  if i < 2.5 then s = s + 1 end
  if -i <= -8 then s = s + 100 end
  if i == 4 then s = s + 10000 end
  if 7.0 == i then s = s + 1000000 end
end
show(s)

local coerced = 0
for _ = 1, 3 do coerced = coerced + '10' - '0x10' * '2' end
show(coerced)
print(pcall(function() return 1 + 'one' end))
print(10 .. '', -0.5 .. '', 1e400 .. '', 2 ^ 63 .. '')
local t = {}
t[1.5], t[-0], t[2 ^ 53] = 'a', 'b', 'c'
print(t[1.5], t[0], t[-0], t[2 ^ 53])
