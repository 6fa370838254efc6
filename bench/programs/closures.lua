-- Closures and upvalues: creates many closures that share and update upvalues (counters,
-- accumulators, composed functions, iterators), then calls them in loops.

local ROUNDS = 180000

local function counter()
  local n = 0
  return function() n = n + 1; return n end, function() return n end
end

local function compose(f, g) return function(x) return f(g(x)) end end
local function adder(k) return function(x) return x + k end end

-- A stateful iterator closure: the numbers from..to in steps, with a running sum in an upvalue.
local function range(from, to, stepSize)
  local i, sum = from - stepSize, 0
  return function()
    i = i + stepSize
    if i > to then return nil end
    sum = sum + i
    return i, sum
  end
end

-- Closures created in a loop each capture their own copy of the loop variable.
local function makeBank(n)
  local fns = {}
  for i = 1, n do fns[i] = function(x) return x * i end end
  return fns
end

local total = 0
for round = 1, ROUNDS do
  local inc, get = counter()
  for _ = 1, 50 do inc() end
  total = total + get()

  local f = adder(round % 7)
  for k = 1, 10 do f = compose(f, adder(k)) end
  total = total + f(1) -- 1 + round % 7 + 55

  local lastSum = 0
  for _, s in range(1, 100, 3) do lastSum = s end
  total = total + lastSum

  local bank = makeBank(20)
  for i = 1, #bank do total = total + bank[i](2) end
end

-- Every term is known: 50, 56 + round % 7, sum of 1,4,...,100 = 1717, and 2 * (1 + ... + 20).
local want = 0
for round = 1, ROUNDS do want = want + 50 + 56 + round % 7 + 1717 + 420 end
if total ~= want then error(string.format('closures: total %d, want %d', total, want)) end
print(string.format('closures(%d rounds): total %d', ROUNDS, total))
