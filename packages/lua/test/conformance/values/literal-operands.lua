-- nil, true and false as operands of comparisons, table reads and writes, and arithmetic: the
-- compiler makes them constants of the instruction (no register load), as lua5.1 does.
local t = {}
t[1] = true
t[2] = false
t[3] = nil
t[true] = 'yes'
t[false] = 'no'
print(t[1], t[2], t[3], t[true], t[false], t[1 == 1], t[1 ~= 1])
print(t[1] == true, t[2] == false, t[3] == nil, nil == t[3], true ~= t[1], false ~= t[2])
print(t[4] ~= nil, nil ~= nil, true == true, false == nil, nil == false)

-- A loop that fills and tests flags by constant booleans (a sieve).
local flags, n = {}, 200
for i = 2, n do flags[i] = true end
for i = 2, n do
  if flags[i] == true then
    for j = i * i, n, i do flags[j] = false end
  end
end
local primes = 0
for i = 2, n do if flags[i] ~= false then primes = primes + 1 end end
print('primes', primes)

-- A linked list walked until a field is nil, with nil stores.
local head
for i = 1, 5 do head = { value = i, next = head } end
local node, sum = head, 0
while node ~= nil do
  sum = sum + node.value
  local nxt = node.next
  node.next = nil
  node = nxt
end
print('sum', sum, head.next == nil)

-- Records with nil and boolean fields in the constructor.
local r = { a = nil, b = true, c = false, [true] = 1, [false] = 0 }
print(r.a, r.b, r.c, r[true], r[false])

-- Errors with a constant operand name no variable, as in lua5.1.
print(pcall(function() return 1 + nil end))
print(pcall(function() return nil .. 'x' end))
print(pcall(function() return true < 1 end))
print(pcall(function() return 1 <= false end))
print(pcall(function() return -nil end))
print(pcall(function() t[nil] = 1 end))
print(pcall(function() return t[nil] end))
print(pcall(function() local u; return u[true] end))

-- Loops whose branches end in jumps to jumps: each iteration must still take the right path.
local i, evens, odds = 0, 0, 0
while true do
  i = i + 1
  if i > 20 then break end
  if i % 2 == 0 then evens = evens + 1 else odds = odds + 1 end
end
print('evens', evens, 'odds', odds)
local k, found = 0, nil
repeat
  k = k + 1
  if k == 7 then found = k else found = nil end
until found ~= nil or k > 100
print('found', found)
local function sift(a, n)
  local root = 1
  while true do
    local child = root * 2
    if child > n then return root end
    if a[child] ~= nil then root = child else return -root end
  end
end
print('sift', sift({ 1, 2, 3, 4, 5, 6, 7, 8 }, 8), sift({ 1, nil, 3 }, 3))
