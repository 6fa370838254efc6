-- repeat ... until runs at least once, and its condition can see locals of the body.
local count = 0
repeat count = count + 1 until true
print("runs once even when condition starts true", count)
local i = 0
repeat
  local doubled = i * 2
  i = i + 1
until doubled >= 10
print("condition sees body local", i)
local digits = {}
local n = 9045
repeat
  local d = n % 10
  digits[#digits + 1] = d
  n = (n - d) / 10
until n == 0
print("digits reversed", digits[1], digits[2], digits[3], digits[4], #digits)
local zero = 0
local zeroDigits = 0
repeat
  local d = zero % 10
  zeroDigits = zeroDigits + 1
  zero = (zero - d) / 10
until zero == 0
print("zero has one digit", zeroDigits)
local tries = 0
repeat
  tries = tries + 1
  local done = tries >= 3
until done
print("tries", tries)
local fns = {}
local j = 0
repeat
  j = j + 1
  local captured = j
  fns[j] = function() return captured end
until captured == 3
print("closures from repeat", fns[1](), fns[2](), fns[3]())
local outer = 0
repeat
  local innerCount = 0
  repeat innerCount = innerCount + 1 until innerCount == 2
  outer = outer + innerCount
until outer >= 6
print("nested repeat", outer)
local m = 0
repeat
  m = m + 1
  if m == 4 then break end
until false
print("break out of repeat", m)
local x = 10
repeat local x = x - 1 until x < 100
print("shadowed local in repeat", x)
