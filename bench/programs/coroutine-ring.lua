-- Coroutine ring: a token is passed around a ring of coroutines, each resuming the next,
-- producer/consumer pipelines built from coroutine.wrap, and many short-lived tasks; the cost of
-- resume/yield switching and of creating, entering and finishing coroutines.

local RING = 500
local LAPS = 9000
local PIPELINES = 330
-- Tasks never yield: a yield costs a peer such as fengari over a hundred times what it costs
-- lua5.1, so a program made only of switches would need minutes there for one second here.
-- For the same reason the program's length is tuned with TASKS rather than with more laps.
local TASKS = 3100000

-- Each member waits for the token, increments it and yields it back to the scheduler loop,
-- which passes it on to the next member.
local ring = {}
for i = 1, RING do
  ring[i] = coroutine.create(function(token)
    while true do token = coroutine.yield(token + 1) end
  end)
end

local token = 0
for _ = 1, LAPS do
  for i = 1, RING do
    local ok, value = coroutine.resume(ring[i], token)
    if not ok then error(value) end
    token = value
  end
end
if token ~= RING * LAPS then error(string.format('coroutine-ring: token %d', token)) end

-- A generator pipeline: numbers -> squares of odd ones -> running sums.
local function numbers(n)
  return coroutine.wrap(function() for i = 1, n do coroutine.yield(i) end end)
end
local function filterMap(source)
  return coroutine.wrap(function()
    for v in source do
      if v % 2 == 1 then coroutine.yield(v * v) end
    end
  end)
end
local pipelineSum = 0
for _ = 1, PIPELINES do
  for v in filterMap(numbers(2000)) do pipelineSum = (pipelineSum + v) % 1000003 end
end

local WANT_PIPELINE = 570006
if WANT_PIPELINE and pipelineSum ~= WANT_PIPELINE then error('coroutine-ring: pipeline ' .. pipelineSum) end

-- Short-lived tasks: each coroutine is created, resumed once with two arguments and returns.
local function task(a, b) return a * 3 + b end
local taskSum = 0
for n = 1, TASKS do
  local co = coroutine.create(task)
  local ok, value = coroutine.resume(co, n % 1000, 7)
  if not ok or coroutine.status(co) ~= 'dead' then error('coroutine-ring: task ' .. n) end
  taskSum = (taskSum + value) % 1000003
end
local wantTasks = 0
for n = 1, TASKS do wantTasks = (wantTasks + (n % 1000) * 3 + 7) % 1000003 end
if taskSum ~= wantTasks then error(string.format('coroutine-ring: tasks %d, want %d', taskSum, wantTasks)) end

print(string.format('coroutine-ring(%d x %d): token %d, pipeline %d, tasks %d', RING, LAPS, token, pipelineSum, taskSum))
