-- Loops long enough for the engine to tick many times (the register array may be replaced
-- between ticks): open upvalues, coroutines and nested runs must keep seeing the same registers.

-- A local written by the frame and by closures over it, in turns, across many ticks.
local function shared()
  local n, fl = 0, 0.5
  local function bump(k) n = n + k; fl = fl * 1.0000001 end
  local function get() return n, fl end
  for i = 1, 300000 do
    if i % 3 == 0 then bump(2) else n = n + 1 end
    fl = fl + 0.25
  end
  local a, b = get()
  return a, string.format('%.6f', b)
end
print('shared', shared())

-- Many open upvalues at once (closures made in a loop, each over its own local), read after the run.
local function many()
  local getters = {}
  for i = 1, 200 do
    local v = i * 0.5
    getters[i] = function(d) v = v + d; return v end
  end
  local total = 0
  for round = 1, 1000 do
    for i = 1, 200, 7 do total = total + getters[i](round % 3) end
  end
  return string.format('%.1f', total), getters[1](0), getters[200](0)
end
print('many', many())

-- A coroutine whose locals are captured, resumed across long loops on both sides.
local function coro()
  local log = {}
  local co = coroutine.create(function(limit)
    local acc = 0
    local function add(x) acc = acc + x end
    for i = 1, limit do
      add(i % 7)
      if i % 50000 == 0 then limit = coroutine.yield(acc) or limit end
    end
    return 'done', acc
  end)
  local ok, v = coroutine.resume(co, 200000)
  while coroutine.status(co) ~= 'dead' do
    log[#log + 1] = tostring(v)
    local spin = 0
    for j = 1, 40000 do spin = spin + j % 3 end
    ok, v = coroutine.resume(co)
  end
  return table.concat(log, ','), ok, v
end
print('coro', coro())

-- Nested runs (a sort comparator, gsub with a function) doing long loops of their own.
local function nested()
  local t = {}
  for i = 1, 60 do t[i] = (i * 37) % 61 end
  local calls = 0
  table.sort(t, function(a, b)
    calls = calls + 1
    local w = 0
    for k = 1, 2000 do w = w + k % 5 end
    return a + w * 0 < b
  end)
  local s = string.gsub('abcabc', '%a', function(c)
    local x = 0
    for k = 1, 30000 do x = x + 1 end
    return c:upper() .. (x == 30000 and '' or '?')
  end)
  return t[1], t[60], calls > 0, s
end
print('nested', nested())

-- An error raised deep in a long loop, caught, with the upvalue state intact after it.
local function caught()
  local count = 0
  local function step(i)
    count = count + 1
    if i == 250000 then error('stop at ' .. i) end
  end
  local ok, err = pcall(function()
    for i = 1, 1000000 do step(i) end
  end)
  return ok, err, count
end
print('caught', caught())
