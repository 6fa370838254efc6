-- Arithmetic and comparisons whose operands are constants on the left or on both sides: each
-- shape is its own bytecode variant (and its own stencil), so each is run here at least once.
local x, y = 3, 0.5
print(2 ^ x, 2 ^ y, 10 - x, 10 / x, 10 % x, 2 * x, 1 + x)
print(1 == x, 3 == x, 'a' == x, nil == x)
if 1 == x then print('one') else print('not one') end
if 3 == x then print('three') else print('not three') end
if 1 <= 2 then print('1 <= 2') else print('not 1 <= 2') end
if 2 <= 1 then print('2 <= 1') else print('not 2 <= 1') end
if 1 < 2 then print('1 < 2') end
if not (2 < 1) then print('not 2 < 1') end
local t = {}
for i = 1, 3 do t[i] = (2 <= i) and 'ge2' or 'lt2' end
print(t[1], t[2], t[3])
print(pcall(function() return 2 ^ {} end))
