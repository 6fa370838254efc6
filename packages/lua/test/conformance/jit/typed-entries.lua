-- Loops entered while they run (on-stack replacement, and again after every tick) with registers
-- that the loop computes numbers into but that hold something else at the entry: strings that
-- read as numbers, booleans, nil, tables, functions, negative zero, NaN and infinities. Compiled
-- code converts such registers to numbers on the way into a loop only where they are numbers.

local function describe(x)
  local t = type(x)
  if t == 'number' then
    if x ~= x then return 'number nan' end
    if x == 0 then return 'number ' .. (1 / x < 0 and '-0' or '0') end
    return 'number ' .. string.format('%.17g', x)
  elseif t == 'string' then
    return 'string [' .. x .. ']'
  elseif t == 'boolean' or t == 'nil' then
    return t .. ' ' .. tostring(x)
  end
  return t
end

-- A string that reads as a number stays a string until the loop's last iteration makes it one.
local v, half = '007', 0
for i = 1, 20000 do
  if i == 20000 then v = v + 0 end
  if i % 5000 == 0 then print(i, describe(v)) end
  half = half + 0.5
end
print(describe(v), describe(half))

-- Each kind of value, held through thousands of iterations by a register that the loop's last
-- iteration assigns a number to (when the value converts to one).
local negzero = 0
negzero = -negzero
local kinds = { '12', '0x10', ' 3 ', '1e2', 'abc', true, false, {}, print, negzero, 0 / 0, 1 / 0, -1 / 0, 2 ^ 53 + 2, 0.1 }
for k = 1, #kinds + 1 do
  local x = kinds[k] -- nil after the last
  local steps = 0.25
  for i = 1, 3000 do
    if i == 3000 and tonumber(x) ~= nil then x = x * 1 end
    steps = steps + 0.25
  end
  print(k, describe(kinds[k]), describe(x), describe(steps))
end

-- Nested loops, entered in the inner one, with the outer loop's registers holding strings.
local outer, inner = '1', '2'
for i = 1, 4 do
  for j = 1, 2500 do
    if j == 2500 then inner = inner * 2 end
  end
  if i == 4 then outer = outer + inner end
  print(i, describe(outer), describe(inner))
end

-- A while loop whose counter starts as a string and an accumulator that stays a table until the end.
local count, acc, s = '0', {}, 0
while s < 30000 do
  s = s + 1
  if s == 30000 then count = count + s; acc = #acc + 1 end
end
print(describe(count), describe(acc), describe(s))
